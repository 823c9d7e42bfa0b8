import { describe, expect, it } from 'vitest';
import { parseOptions, ROW_GROUPS, UsageError } from '../../../bench/lib/options.js';

describe('parseOptions', () => {
  it('runs every group of rows when --only is absent', () => {
    expect([...parseOptions([]).only]).toEqual([...ROW_GROUPS]);
  });

  it('runs only the groups --only names', () => {
    expect([...parseOptions(['--quick', '--only=start,detect']).only]).toEqual(['start', 'detect']);
  });

  it('refuses a group it does not know, naming the ones it does', () => {
    expect(() => parseOptions(['--only=slack,bogus'])).toThrow(UsageError);
    expect(() => parseOptions(['--only='])).toThrow(/slack, discord, start, cli, detect/);
  });
});
