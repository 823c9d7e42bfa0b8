import { describe, expect, it } from 'vitest';
import { wantsPrompt } from '../../../src/adapters/terminal/index.js';

describe('wantsPrompt', () => {
  it('prompts and reads keys only when both ends are the terminal', () => {
    expect(wantsPrompt({ isTTY: true }, { isTTY: true })).toBe(true);
    // Piped in (`npm start < trace.log`): nobody types.
    expect(wantsPrompt({ isTTY: false }, { isTTY: true })).toBe(false);
  });

  it('leaves the terminal its own echo when the replies go to a file (`npm start > session.log`)', () => {
    // readline at a terminal turns the tty's echo off and echoes to its output: into the file,
    // with the prompt and the paste-bracket codes, while the person typed blind.
    expect(wantsPrompt({ isTTY: true }, { isTTY: false })).toBe(false);
    expect(wantsPrompt({ isTTY: true }, {})).toBe(false);
  });
});
