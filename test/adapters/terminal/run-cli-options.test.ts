import { describe, expect, it } from 'vitest';
import { cli } from './run-cli-io.js';

describe('sockerr options', () => {
  it.each(['zh-tw', 'ZH-TW', 'zh_TW', 'EN'])('takes --lang %s in any case', async (lang) => {
    const { code, out } = await cli(['10054', '--lang', lang]);
    expect(code).toBe(0);
    expect(out.includes('可能原因：')).toBe(lang.toLowerCase() !== 'en');
  });

  it('prints its version and its help', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, out: 'sockerr 9.9.9\n', err: '' });
    for (const args of [['help'], ['--help'], ['-h']]) {
      const { code, out } = await cli(args);
      expect(code).toBe(0);
      expect(out).toContain('Usage:');
    }
  });

  it('prints its help for help followed by a command, as git and npm do, rather than look the words up', async () => {
    for (const args of [
      ['help', 'scan'],
      ['help', 'catalog'],
      ['HELP', 'Feedback'],
      ['help', 'help'],
    ]) {
      const { code, out, err } = await cli(args);
      expect({ code, err }).toEqual({ code: 0, err: '' });
      expect(out).toContain('Usage:');
    }
    // Words after help that are no command are still a query: `help me` is not asked for the usage.
    expect((await cli(['help', 'me'])).out).not.toContain('Usage:');
  });

  it('answers --version and --help in JSON under --json, since a script reads stdout as JSON', async () => {
    expect(await cli(['--version', '--json'])).toEqual({ code: 0, out: '{"version":"9.9.9"}\n', err: '' });
    const help = await cli(['help', '--json']);
    expect(help.code).toBe(0);
    expect(JSON.parse(help.out).usage).toContain('Usage:');
  });

  it('says clearly what is wrong with an unknown option or a bad value', async () => {
    const bogus = await cli(['10054', '--bogus']);
    expect(bogus.code).toBe(2);
    expect(bogus.err).toMatch(
      /^sockerr: unknown option --bogus\. Options: --json, --lang en\|zh-TW, --encoding gbk \(scan\), --since 7d \(feedback\), --help, --version\./,
    );
    const lang = await cli(['10054', '--lang', 'fr']);
    expect(lang.code).toBe(2);
    expect(lang.err).toContain('--lang must be one of en, zh-TW (in any case), not "fr"');
    expect((await cli(['10054', '--lang'])).err).toContain('--lang needs a value.');
  });
});
