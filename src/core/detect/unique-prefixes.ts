/** What `setUniquePrefixes` reads and sets of a message (message-table.ts's MessageInfo). */
interface PrefixInfo {
  loose: boolean;
  /** Preferred id first. */
  ids: readonly string[];
  uniqueFrom: number;
}

/** Common prefix length of two strings. */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * For loose messages: how much of the start a text cut short must keep to name one message
 * (`A request to send or receive data was disallowed because the socket …` starts two messages).
 */
export function setUniquePrefixes(messages: ReadonlyMap<string, PrefixInfo>): void {
  // Distinct keys in `<` order by the native sort (no comparator to call from cold start-up code).
  const keys = [...messages.keys()].filter((key) => messages.get(key)?.loose).sort();
  const loose = keys.map((key) => [key, messages.get(key) as PrefixInfo] as const);
  loose.forEach(([key, info], i) => {
    let shared = 0;
    for (const j of [i - 1, i + 1]) {
      const other = loose[j];
      if (other && other[1].ids[0] !== info.ids[0]) shared = Math.max(shared, commonPrefix(key, other[0]));
    }
    info.uniqueFrom = shared + 1;
  });
}
