import { describe, expect, it } from 'vitest';
import { detectErrors, highIds } from '../../helpers/detect.js';

/** libcurl's lines as git and other tools print them, from real pastes of corpus round 9. */
describe("detectErrors reads libcurl's failed proxy lookup", () => {
  it("reads 'Could not resolve proxy: <name>' as host not found (desktop/desktop issue #3878, c9-127)", () => {
    expect(highIds("fatal: unable to access 'https://github.com/': Could not resolve proxy: aproxy")).toEqual(
      ['11001'],
    );
  });

  it('reads it inside prose, as pasted from git for Windows (gitextensions issue #1988, c9-126)', () => {
    const text =
      'when I want to git clone ,I\'ve got an error" Could not resolve proxy: proxy",How can I solve this problem,thank you!';
    expect(highIds(text)).toEqual(['11001']);
  });

  it('leaves an application that says it cannot resolve a proxy setting alone', () => {
    expect(detectErrors('Could not resolve proxy settings from the environment, using none')).toEqual([]);
  });
});
