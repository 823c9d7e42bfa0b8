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

  it('gives a name-resolution command only a host name, never an address', () => {
    expect(fillPlaceholders('`getent ahosts {name}`', { host: 'db.internal' })).toBe(
      '`getent ahosts db.internal`',
    );
    for (const host of ['10.0.0.7', '[2001:db8::5]', '::1'])
      expect(fillPlaceholders('`getent ahosts {name}`', { host })).toBe('`getent ahosts <host>`');
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
    // SNI carries a host name; OpenSSL sends none for an address unless told to.
    expect(reply.fallback).toContain('-connect [2001:db8::5]:443 -servername <host>`');
  });
});

describe('the checks of every explanation', () => {
  const { core } = testCore();
  const full = { host: 'db.internal', address: '10.0.0.7', port: '5432', dnsServer: '10.0.0.2' };

  it('use only slots that a paste can fill or that show as a placeholder', () => {
    const left = core.catalog.entries.flatMap((entry) =>
      (['en', 'zh-TW'] as const).flatMap((locale) =>
        entry[locale].checks.map((c) => fillPlaceholders(c, full)).filter((c) => /\{[a-z-]+\}/.test(c)),
      ),
    );
    expect(left).toEqual([]);
  });

  it.each(['en', 'zh-TW'] as const)(
    'never ask DNS to resolve an IP address from the paste (%s)',
    (locale) => {
      const { reply } = core.lookup('Error: connect ECONNREFUSED 10.0.0.7:5432', locale);
      expect(reply.fallback).toContain('`nc -vz 10.0.0.7 5432`');
      expect(reply.fallback).not.toMatch(/(getent \w+|Resolve-DnsName|dig|nslookup) 10\.0\.0\.7/);
      const named = core.lookup('Error: getaddrinfo ENOTFOUND db.internal', locale).reply;
      expect(named.fallback).toContain('`getent hosts db.internal`');
    },
  );
});
