/** Every problem with the environment, each naming the variable and what to do. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`sockerr cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
