/**
 * Slack ids allowed to change settings besides workspace admins and owners: users (`U…`, or `W…`
 * in Enterprise Grid) and user groups (`S…`), separated by commas or spaces.
 */
export function readSettingsUsers(
  raw: string | undefined,
  problems: string[],
  shown: (value: string) => string,
): string[] {
  const ids = (raw ?? '').split(/[\s,]+/).filter(Boolean);
  const bad = ids.filter((id) => !/^[UWS][A-Z0-9]{2,}$/.test(id));
  if (bad.length > 0) {
    problems.push(
      `SOCKERR_SETTINGS_USERS must list Slack user ids (U…, W…) or user-group ids (S…), separated by commas (not ${bad.slice(0, 5).map(shown).join(', ')}${bad.length > 5 ? ', …' : ''}): copy a member's id from their profile (⋯ → Copy member ID)`,
    );
  }
  return [...new Set(ids)];
}
