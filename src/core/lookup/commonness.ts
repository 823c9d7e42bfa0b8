/**
 * The errors on-call engineers meet every week, most common first. Used to break ties between
 * equally good text matches and to fill an empty autocomplete.
 */
export const COMMON_ERROR_IDS = [
  '10054',
  '10061',
  '10060',
  '11001',
  '10053',
  '10048',
  '10049',
  '10065',
  '11002',
  'EPIPE',
  '10013',
  '10024',
  '10051',
  '10055',
  '11004',
  '10035',
] as const;

const RANK = new Map<string, number>(COMMON_ERROR_IDS.map((id, i) => [id, i]));

/** Lower is more common; uncommon errors all rank last. */
export function commonness(id: string): number {
  return RANK.get(id) ?? COMMON_ERROR_IDS.length;
}
