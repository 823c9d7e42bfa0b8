/**
 * The text with `change` applied to its first `end` characters and the rest kept as it is: what
 * copying a paste puts in is read back in a text's first 256 KiB only (`COPY_LIMIT` in
 * copied-text.ts). The text itself when its head did not change, so nothing is copied then.
 */
export function changeHead(text: string, end: number, change: (head: string) => string): string {
  if (end <= 0) return text;
  if (end >= text.length) return change(text);
  const head = text.slice(0, end);
  const changed = change(head);
  return changed === head ? text : changed + text.slice(end);
}
