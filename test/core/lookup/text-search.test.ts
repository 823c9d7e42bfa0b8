import Fuse from 'fuse.js';
import { describe, expect, it, vi } from 'vitest';
import { createLookup, type LookupResult } from '../../../src/core/lookup/create-lookup.js';
import { realCatalog } from '../../helpers/core.js';

const lookup = createLookup(realCatalog());
const ids = (result: LookupResult) => (result.kind === 'text' ? result.matches.map((m) => m.entry.id) : []);

describe('looking up words', () => {
  it('reads a message or its words, the everyday error first', () => {
    expect(ids(lookup('connection reset'))[0]).toBe('10054');
    expect(ids(lookup('actively refused'))[0]).toBe('10061');
    expect(ids(lookup('address in use'))[0]).toBe('10048');
  });

  it('reads a short word whole: RST is a reset, dns a name look-up', () => {
    expect(ids(lookup('RST'))).toEqual(['10054']);
    expect(ids(lookup('dns'))[0]).toBe('11001');
  });

  it('holds one word to whole words, with a typo or two in a long one', () => {
    expect(ids(lookup('timout'))[0]).toBe('10060');
    expect(ids(lookup('conection'))[0]).toBe('10061');
    // Fuse alone scored these close to `protocol` and `flowspec`.
    expect(lookup('proxy').kind).toBe('none');
    expect(lookup('slow').kind).toBe('none');
  });

  it('reads words with a filler word among them, not only a word Fuse found a part of', () => {
    // What the message alone names (10058 is Node's EPIPE on Windows), and nothing else.
    expect(ids(lookup('broken pipe error'))).toEqual(ids(lookup('broken pipe')));
    expect(ids(lookup('broken pipe error'))[0]).toBe('EPIPE');
    expect(ids(lookup('name resolution failure'))[0]).toBe('11002');
    expect(ids(lookup('firewall'))).toEqual(['10065', '10060']);
    expect(lookup('slow network').kind).toBe('none');
  });

  it("reads a line that holds an error's own message whole, whatever was printed around it", () => {
    expect(ids(lookup('java.io.IOException: Broken pipe'))[0]).toBe('EPIPE');
    expect(ids(lookup('WebSocket error occurred: Broken pipe'))[0]).toBe('EPIPE');
    // "many" alone is near 10024's "Too many open files": the message it holds says more.
    expect(ids(lookup('many `Broken pipe`'))[0]).toBe('EPIPE');
    expect(ids(lookup('libnet_write_raw_ipv4(): -1 bytes written (Operation not permitted)'))[0]).toBe(
      'EPERM',
    );
    // The longest message it holds: ENFILE's, not 10024's inside it.
    expect(ids(lookup('accept failed: Too many open files in system'))[0]).toBe('ENFILE');
  });

  it('puts the error whose own message it is before one whose Node text on Windows it is', () => {
    // EINVAL's strerror and 10022's title; Node's text for 87 and 10046 on Windows.
    expect(ids(lookup('Invalid argument'))[0]).toBe('10022');
    expect(ids(lookup('accept: Invalid argument'))[0]).toBe('10022');
    // EBADF's strerror (10009); Node's text for ERROR_INVALID_HANDLE (6).
    expect(ids(lookup('Bad file descriptor'))[0]).toBe('10009');
    expect(ids(lookup('Operation canceled'))[0]).toBe('ECANCELED');
  });

  it('holds a message to whole words of a line', () => {
    expect(ids(lookup('unbroken pipeline'))).not.toContain('EPIPE');
  });

  it('suggests the error a misspelt name means', () => {
    const result = lookup('WSAECONNRESTE');
    expect(result.kind).toBe('none');
    expect(result.kind === 'none' && result.suggestions.map((m) => m.entry.id)).toEqual(['10054']);
  });

  it('suggests the errors whose names start with what was typed, the everyday ones first', () => {
    const result = lookup('WSAECONN');
    expect(result.kind).toBe('none');
    expect(result.kind === 'none' && result.suggestions.map((m) => m.entry.id)).toEqual([
      '10054',
      '10061',
      '10053',
    ]);
  });

  it('finds nothing, and suggests nothing, for three letters no error is called by', () => {
    for (const word of ['abc', 'oom', 'ssh']) expect(lookup(word)).toEqual({ kind: 'none', suggestions: [] });
  });

  it('finds nothing for a lone common word or a punctuation mark, which every message holds', () => {
    for (const word of ['a', 'the', 'of', ':', '-', '/', '?'])
      expect(lookup(word)).toEqual({ kind: 'none', suggestions: [] });
    expect(ids(lookup('the connection reset'))[0]).toBe('10054');
  });
});

describe('looking up a long query', () => {
  it('aligns a sentence that finds nothing once, for its matches and its suggestions both', () => {
    // Each alignment of a long sentence is ~30 ms of CPU, on every keystroke of autocomplete.
    const fresh = createLookup(realCatalog());
    const search = vi.spyOn(Fuse.prototype, 'search');
    try {
      const result = fresh('my connection keeps dropping every few minutes behind the balancer');
      expect(result.kind).toBe('none');
      expect(search).toHaveBeenCalledTimes(1);
    } finally {
      search.mockRestore();
    }
  });

  it('reads a sentence by the words it holds, as a short query is read', () => {
    expect(ids(lookup('software caused connection abort on windows'))).toEqual(['10053']);
    expect(ids(lookup('an existing connection was forcibly closed by the remote host'))).toEqual(['10054']);
  });

  it('finds nothing in a long line of short words, and suggests nothing', () => {
    const result = lookup('ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef');
    expect(result.kind).toBe('none');
    expect(result.kind === 'none' && result.suggestions).toEqual([]);
  });

  it('finds nothing in a sentence whose words no error holds', () => {
    expect(lookup('the quick brown fox jumps over the lazy dog').kind).toBe('none');
  });
});
