/**
 * The choice a variable's value names, in any letter case and with `_` for `-`: operators write
 * `LOG_LEVEL=INFO` (as most tools take it) and `SOCKERR_LANG=zh_TW` (the POSIX locale's spelling),
 * and refusing either at start-up would stop a deployment over a spelling sockerr can read.
 */
export function matchChoice<T extends string>(value: string, choices: readonly T[]): T | undefined {
  const wanted = value.toLowerCase().replaceAll('_', '-');
  return choices.find((choice) => choice.toLowerCase() === wanted);
}
