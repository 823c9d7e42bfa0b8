import fc from 'fast-check';

/**
 * Texts of up to `maxLength` parts drawn from `parts`, joined: what property tests cut in pieces.
 * `size: 'max'`: fast-check's default size keeps an array near ten items, whatever its maxLength.
 */
export function textsOf(parts: readonly string[], maxLength: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...parts), { maxLength, size: 'max' }).map((chosen) => chosen.join(''));
}

/** Gives `text` to `sink` `size` characters at a time, as a file or standard input is read. */
export function pushInPieces(sink: { push(piece: string): void }, text: string, size: number): void {
  for (let i = 0; i < text.length; i += size) sink.push(text.slice(i, i + size));
}

/** Every line of `text` with `prefix` before it, as a log viewer, a chat's quote or Markdown's code shows it. */
export function prefixLines(text: string, prefix = '    '): string {
  return text.replace(/^/gm, prefix);
}

/** `text` with every line longer than `width` wrapped between words, as a mailer, an editor or `fold -s` does. */
export function wrapWords(text: string, width = 80): string {
  const wrapLine = (line: string): string => {
    const cut = line.length > width ? line.lastIndexOf(' ', width) : -1;
    return cut > 0 ? `${line.slice(0, cut)}\n${wrapLine(line.slice(cut + 1))}` : line;
  };
  return text.split('\n').map(wrapLine).join('\n');
}

/** `text` with every line longer than `width` broken at exactly `width` columns, as a console copies it. */
export function breakLines(text: string, width = 80): string {
  return text.replace(new RegExp(`(.{${width}})(?=.)`, 'g'), '$1\n');
}
