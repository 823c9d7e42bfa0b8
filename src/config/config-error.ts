/** Every problem with the environment, each naming the variable and what to do. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  /**
   * @param notes What start-up would have warned about (a variable set under a misspelt name):
   *   said with the problems, as it is often their cause (`SLACK_BOT_TOKEN is missing` when
   *   `SLACK_BOT_TOKN` is set), and start-up stops before any warning is logged.
   */
  constructor(
    readonly problems: string[],
    readonly notes: readonly string[] = [],
  ) {
    const also = notes.length > 0 ? `\nAlso:\n${notes.map((n) => `  - ${n}`).join('\n')}` : '';
    super(`sockerr cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}${also}`);
  }
}
