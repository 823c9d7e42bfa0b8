/** What `setUniqueEnds` reads and sets of a message (message-table.ts's MessageInfo). */
interface EndsInfo {
  loose: boolean;
  /** Preferred id first. */
  ids: readonly string[];
  uniqueFrom: number;
  uniqueBack: number;
}

/** Common prefix length of two strings. */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Each key's longest common prefix with a neighbour of another error, in `<` order of `keys`. */
function sharedWithNeighbours(keys: readonly string[], idOf: (i: number) => string | undefined): number[] {
  // Distinct keys in `<` order by the native sort (no comparator to call from cold start-up code).
  const indexOf = new Map(keys.map((key, i) => [key, i]));
  const at = [...keys].sort().map((key) => indexOf.get(key) as number);
  const shared = new Array<number>(keys.length).fill(0);
  at.forEach((i, rank) => {
    for (const other of [at[rank - 1], at[rank + 1]]) {
      if (other === undefined || idOf(other) === idOf(i)) continue;
      shared[i] = Math.max(shared[i] as number, commonPrefix(keys[i] as string, keys[other] as string));
    }
  });
  return shared;
}

// By UTF-16 unit, as the aligner counts a message's length (about 1 ms for the 600 loose texts).
const reverse = (text: string) => text.split('').reverse().join('');

/**
 * For loose messages: how much of the start a text cut short at its end must keep to name one
 * message (`A request to send or receive data was disallowed because the socket …` starts two
 * messages), and how much of the end a text that starts inside the message must keep.
 */
export function setUniqueEnds(messages: ReadonlyMap<string, EndsInfo>): void {
  const loose = [...messages].filter(([, info]) => info.loose);
  const idOf = (i: number) => loose[i]?.[1].ids[0];
  const fronts = sharedWithNeighbours(
    loose.map(([key]) => key),
    idOf,
  );
  const backs = sharedWithNeighbours(
    loose.map(([key]) => reverse(key)),
    idOf,
  );
  loose.forEach(([, info], i) => {
    info.uniqueFrom = (fronts[i] as number) + 1;
    info.uniqueBack = (backs[i] as number) + 1;
  });
}
