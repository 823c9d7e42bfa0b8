/** The workspace the fake pretends to be. */
export const FAKE_TEAM = { id: 'T0FAKE', botUserId: 'U0SOCKERR', botId: 'B0SOCKERR' } as const;
