/** The words `sockerr` reads as a command rather than as an error to look up. */
const SUBCOMMANDS: readonly string[] = ['scan', 'catalog', 'feedback', 'help'];

/** `scan`, `Catalog`…: a word that names one of sockerr's commands, in any case. */
export const isSubcommand = (word: string) => SUBCOMMANDS.includes(word.toLowerCase());

/** Edit distance where swapping two neighbours is one edit (`scna`), as typing slips are. */
function slipDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((d[i - 1] as number[])[j] as number, row[j - 1] as number) + 1;
      best = Math.min(best, ((d[i - 1] as number[])[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/**
 * The command a one-word query that found nothing was probably meant to be (`scna`, `catalogue`),
 * or undefined: one slip in a short command, two in a longer one.
 */
export function suggestSubcommand(word: string): string | undefined {
  const typed = word.trim().toLowerCase();
  if (typed.length > 12) return undefined;
  return SUBCOMMANDS.find((c) => typed !== c && slipDistance(typed, c) <= (c.length <= 5 ? 1 : 2));
}
