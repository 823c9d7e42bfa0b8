import { describe, expect, it } from 'vitest';
import { isContextKey, keepContext, readKeptContext } from '../../../src/core/reply/kept-context.js';
import { hashText } from '../../../src/infra/hash/index.js';

describe('keepContext', () => {
  it('gives the same context the same short key, whatever the order of its fields', () => {
    const a = keepContext({ port: '5432', host: 'db.internal' }, hashText);
    const b = keepContext({ host: 'db.internal', port: '5432' }, hashText);
    expect(a).toEqual(b);
    expect(isContextKey(a?.key ?? '')).toBe(true);
    expect(a?.key).not.toBe(keepContext({ host: 'db.internal', port: '5433' }, hashText)?.key);
  });

  it('keeps nothing for an empty context, or without a digest', () => {
    expect(keepContext({}, hashText)).toBeUndefined();
    expect(keepContext(undefined, hashText)).toBeUndefined();
    expect(keepContext({ host: 'db.internal' }, undefined)).toBeUndefined();
  });

  it('reads back what it kept, and nothing from text that is not a kept context', () => {
    const context = { host: 'db.internal', address: '10.0.0.7', port: '5432', dnsServer: '10.96.0.10' };
    expect(readKeptContext(keepContext(context, hashText)?.value)).toEqual(context);
    // The longest host detection reads: a label of 63 characters and eight more of 64.
    const long = { host: ['a'.repeat(63), ...Array(8).fill('b'.repeat(63))].join('.') };
    expect(readKeptContext(keepContext(long, hashText)?.value)).toEqual(long);
    for (const bad of [
      undefined,
      '',
      'not json',
      'null',
      '[]',
      '{"host":5}',
      `{"host":"${'a'.repeat(1001)}"}`,
    ]) {
      expect(readKeptContext(bad)).toBeUndefined();
    }
    expect(readKeptContext('{"host":"db","pid":"1","port":7}')).toEqual({ host: 'db' });
  });

  it('keeps the OS the paste shows, so a press orders the checks as the reply did, and no other value', () => {
    const context = { host: 'db.internal', os: 'windows' as const };
    expect(readKeptContext(keepContext(context, hashText)?.value)).toEqual(context);
    expect(keepContext(context, hashText)?.key).not.toBe(keepContext({ host: 'db.internal' }, hashText)?.key);
    expect(readKeptContext('{"host":"db","os":"plan9"}')).toEqual({ host: 'db' });
    const cluster = { port: '53', cluster: 'kubernetes' as const };
    expect(readKeptContext(keepContext(cluster, hashText)?.value)).toEqual(cluster);
    expect(readKeptContext('{"port":"53","cluster":"nomad"}')).toEqual({ port: '53' });
  });

  it('keeps what the paste shows of the transport and phase, so a press chooses the same checks', () => {
    const context = { port: '53', transport: 'udp' as const, phase: 'established' as const };
    expect(readKeptContext(keepContext(context, hashText)?.value)).toEqual(context);
    expect(readKeptContext('{"port":"53","transport":"sctp","phase":"closing"}')).toEqual({ port: '53' });
    // A server's bind: a press says, as the reply did, that no retry helps a port in use.
    const listening = { port: '3000', phase: 'listening' as const };
    expect(readKeptContext(keepContext(listening, hashText)?.value)).toEqual(listening);
    // A connect: a press gets the outgoing call's checks, as the reply did (a denied connect is no bind).
    const connecting = { port: '443', phase: 'connecting' as const };
    expect(readKeptContext(keepContext(connecting, hashText)?.value)).toEqual(connecting);
  });
});
