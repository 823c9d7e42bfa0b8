import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Erlang and Elixir print an errno as a lower-case atom; loggers print the reason term last. */
describe('detectErrors reads an errno atom printed last on an Erlang log line', () => {
  it("reads emqtt-bench's 'connect error - <atom>' lines (corpus c10-049, c10-050)", () => {
    expect(
      highIds('client(1): connect error - econnrefused\n=ERROR REPORT==== 3-Jun-2023::02:59:56.698355 ==='),
    ).toEqual(['10061']);
    expect(
      highIds('client(100000): connect error - ehostunreach\nclient(99997): connect error - ehostunreach'),
    ).toEqual(['10065']);
  });

  it("reads VerneMQ's webhook failure 'calling endpoint failed due to <atom>' (corpus c14-107)", () => {
    expect(highIds('Calling endpoint failed due to econnrefused')).toEqual(['10061']);
  });

  it("reads the reason term last in a structured log's message string (c14-107 as a JSON log's field)", () => {
    expect(highIds('{"level":"error","msg":"Calling endpoint failed due to econnrefused"}')).toEqual([
      '10061',
    ]);
    expect(
      highIds('level=error msg="Calling endpoint failed due to econnrefused" hook=auth_on_register'),
    ).toEqual(['10061']);
  });

  it("keeps an atom quoted alone in prose, or a JSON key's rest under a wrap, below high", () => {
    const text = 'Here, "econnrefused" stop reasons are treated as a normal shutdown.';
    expect(highIds(text)).toEqual([]);
    expect(anyIds(text)).toEqual(['10061']);
    // dev c104-004 wrapped between words at 80 columns: `"dat` / `etime":"2022-06-02` is no errno.
    expect(highIds('"channel":"swoft","dat\netime":"2022-06-02 10:00:00","event":"task"')).toEqual([]);
  });

  it('keeps an atom in the middle of a sentence at medium confidence', () => {
    const text = 'I keep getting econnrefused when the app starts';
    expect(highIds(text)).toEqual([]);
    expect(anyIds(text)).toEqual(['10061']);
  });

  it('keeps an atom of a mostly file-system error at a line end below high without socket words', () => {
    expect(highIds('Error when reading /var/lib/rabbitmq/.erlang.cookie: eacces')).toEqual([]);
    expect(highIds('cookie file is not readable - eacces')).toEqual([]);
  });
});
