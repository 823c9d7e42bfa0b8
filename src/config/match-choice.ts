/**
 * The choice a variable's value names, in any letter case: operators write `LOG_LEVEL=INFO` and
 * `LOG_FORMAT=JSON`, as most tools take them, and refusing either at start-up would stop a
 * deployment over a spelling sockerr can read. (`SOCKERR_LANG` is read as a locale instead:
 * `normalizeLocale`.)
 */
export function matchChoice<T extends string>(value: string, choices: readonly T[]): T | undefined {
  const wanted = value.toLowerCase();
  return choices.find((choice) => choice.toLowerCase() === wanted);
}
