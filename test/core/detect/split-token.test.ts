import { describe, expect, it } from 'vitest';
import { splitsToken } from '../../../src/core/detect/split-token.js';

/** Whether a break between the end of `before` and the start of `after` splits a token. */
const splits = (before: string, after: string) =>
  splitsToken(before.charCodeAt(before.length - 1), after.charCodeAt(0), after.charCodeAt(1));

describe('splitsToken', () => {
  it('finds a break inside a number, a path, a symbol or a host name', () => {
    expect(splits('dial tcp 10.0.0.1:443: i/', 'o timeout')).toBe(true);
    expect(splits('with error: ERR', '_CONNECTION_REFUSED')).toBe(true);
    expect(splits('C:\\Users\\', 'me')).toBe(true);
    expect(splits('lookup prod', '-dc-consul-server')).toBe(true);
    expect(splits('lookup api.nektosact', '.com: no such host')).toBe(true);
  });

  it('finds a break before the punctuation that ends a word, which a wrap between words keeps with it', () => {
    expect(splits('nodename nor servname provided', ', or not known')).toBe(true);
    expect(splits('Connection refused', '. Retrying in 5s')).toBe(true);
    expect(splits("connect to 'db'", ') failed')).toBe(true);
    expect(splits('recv failed', ';')).toBe(true);
  });

  it('finds a break right after an opening bracket, which a wrap between words keeps with its word', () => {
    expect(splits('Only one usage of each socket address (', 'protocol/network address/port)')).toBe(true);
    expect(splits('Errors [', 'ECONNRESET]')).toBe(true);
    expect(splits('queue (', '5 items)')).toBe(false);
  });

  it("leaves a colon at a line's start, where a journal's prefix read as blanks leaves one", () => {
    expect(splits('listening on interface ens33', ':      could not listen')).toBe(false);
  });

  it('leaves a break between words and a list after a line as they are', () => {
    expect(splits('the connection was', 'refused')).toBe(false);
    expect(splits('at the end.', 'Next line')).toBe(false);
    expect(splits('port', '8080 is busy')).toBe(false);
    // A log's lines of exactly 80 columns, each over the next record's timestamp.
    expect(splits('SQLSTATE[HY000]: query failed, code 1062', '2025-03-19T19:08:09.635Z INFO')).toBe(false);
    expect(splits('build finished.', '2025-03-19T19:08:09.635Z INFO')).toBe(false);
    expect(splits('GET /api/v1/', '2025-03-19T19:08:09.635Z INFO')).toBe(false);
    expect(splits('these steps:', '- restart the pod')).toBe(false);
    expect(splits('as in e.g.', 'something')).toBe(false);
    expect(splits('wait', '... then retry')).toBe(false);
  });
});
