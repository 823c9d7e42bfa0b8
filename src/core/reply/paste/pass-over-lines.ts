/**
 * Passes over the lines of `text` from `from` to `to` (both line starts; offsets count from `base`,
 * the offset of `text` in the log) as a line counter `index` and a ring of the last line starts
 * (line `i` at `ring[i % ring.length]`) would, and returns the counter. A log is mostly lines no one
 * reads, and a search for each one's end cost 7 % of a warm scan's CPU: only the first line is
 * stepped over and the ring's lines found back from `to`; the lines between them, if any, count as
 * one. Line counts are read only to tell lines within NEAR_LINES (3) of each other, fewer than the
 * ring holds: lines on either side of those passed over stay more than that apart.
 */
export function passOverLines(
  text: string,
  base: number,
  from: number,
  to: number,
  ring: number[],
  index: number,
): number {
  if (from >= to) return index;
  let count = index;
  ring[count++ % ring.length] = from;
  // Past the first line's break, which stops every search back below.
  const after = base + text.indexOf('\n', from - base) + 1;
  const last: number[] = [];
  for (let at = to; at > after && last.length < ring.length; last.push(at))
    at = base + text.lastIndexOf('\n', at - base - 2) + 1;
  if (last.length > 0 && last[last.length - 1] !== after) count++;
  for (let i = last.length - 1; i >= 0; i--) ring[count++ % ring.length] = last[i] as number;
  return count;
}
