/** The message an ack carried (Bolt answers `ack(message)` with JSON), or undefined for an empty ack. */
export function readAckMessage(ack: unknown): Record<string, unknown> | undefined {
  let value = ack;
  if (typeof ack === 'string') {
    if (ack.trim() === '') return undefined;
    try {
      value = JSON.parse(ack);
    } catch {
      return { text: ack };
    }
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const message = value as Record<string, unknown>;
  return message.text !== undefined || message.blocks !== undefined ? message : undefined;
}
