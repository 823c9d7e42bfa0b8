import { expect } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';

/** The problems loadConfig refuses `env` with (a ConfigError's list), or none when it starts. */
export function configProblems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
}
