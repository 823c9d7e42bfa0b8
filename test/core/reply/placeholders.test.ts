import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../../src/core/reply/placeholders.js';
import { testCore } from '../../helpers/core.js';

describe('fillPlaceholders', () => {
  it('writes an IPv6 host bare where a command takes a host alone', () => {
    for (const host of ['[2001:db8::5]', '2001:db8::5']) {
      expect(fillPlaceholders('`tcpdump -nni any host {host} and port {port}`', { host, port: '443' })).toBe(
        '`tcpdump -nni any host 2001:db8::5 and port 443`',
      );
      expect(fillPlaceholders('`nc -vz {host} {port}`', { host, port: '443' })).toBe(
        '`nc -vz 2001:db8::5 443`',
      );
    }
  });

  it('writes an IPv6 host in brackets where a port follows it after a colon', () => {
    for (const host of ['[::1]', '::1']) {
      expect(fillPlaceholders('`curl -v http://{host}:{port}/`', { host, port: '3000' })).toBe(
        '`curl -v http://[::1]:3000/`',
      );
      expect(fillPlaceholders('`openssl s_client -connect {host}:{port}`', { host })).toBe(
        '`openssl s_client -connect [::1]:<port>`',
      );
    }
  });

  it('leaves names and IPv4 addresses as the paste wrote them', () => {
    expect(
      fillPlaceholders('`openssl s_client -connect {host}:{port}`', { host: 'db.internal', port: '5432' }),
    ).toBe('`openssl s_client -connect db.internal:5432`');
    expect(fillPlaceholders('`nc -vz {host} {port}`', { host: '10.0.0.7', port: '5432' })).toBe(
      '`nc -vz 10.0.0.7 5432`',
    );
  });
});

describe('checks filled from an IPv6 paste', () => {
  it('give commands that take the address as each tool expects it', () => {
    const { core } = testCore();
    const text = 'Error: read ECONNRESET at TLSWrap connecting to [2001:db8::5]:443';
    const { reply } = core.lookup(text, 'en');
    expect(reply.kind).toBe('explanation');
    expect(reply.fallback).toContain('`tcpdump -vnni any host 2001:db8::5 and port 443`');
    expect(reply.fallback).toContain('-connect [2001:db8::5]:443');
  });
});
