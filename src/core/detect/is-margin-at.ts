/** Does the line starting at `start` start with `margin` blanks (spaces or tabs: layout.ts)? */
export function isMarginAt(text: string, start: number, margin: number): boolean {
  if (start + margin > text.length) return false;
  for (let i = start; i < start + margin; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
