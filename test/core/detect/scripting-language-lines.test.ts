import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Perl, Lua and OpenResty, Tcl and bash's /dev/tcp (corpus round 119). */
describe("bash's /dev/tcp: the EINVAL it sets itself after a failed lookup", () => {
  it('leaves the redirection line alone (c119-048)', () => {
    expect(anyIds('bash: /dev/tcp/db/5432: Invalid argument')).toEqual([]);
    expect(anyIds('bash: /dev/udp/logs.internal/514: Invalid argument')).toEqual([]);
  });

  it('still reads the lookup failure bash prints on the line above', () => {
    const text = ['bash: db: Name or service not known', 'bash: /dev/tcp/db/5432: Invalid argument'].join(
      '\n',
    );
    expect(highIds(text)).toEqual(['11001']);
  });

  it("still reads a refused /dev/tcp connect and another program's EINVAL", () => {
    const refused = [
      '$ echo > /dev/tcp/skinner/223 && echo "it\'s up" || echo "it\'s down"',
      'bash: connect: Connection refused',
      'bash: /dev/tcp/skinner/223: Connection refused',
      "it's down",
    ].join('\n');
    expect(highIds(refused)).toEqual(['10061']);
    expect(highIds('cisco(tcl)#socket 127.0.0.1 23\ncouldn`t open socket: invalid argument.')).toEqual([
      '10022',
    ]);
  });
});

describe("OpenResty's cosocket: the connect deadline is read, the read deadline is not", () => {
  it('reads the connect deadline at high confidence (c119-001)', () => {
    const text =
      '2015/01/21 21:51:20 [error] 24312#0: *25731 lua tcp socket connect timed out, client: 127.0.0.1, server: api.xiachufang.com, request: "GET /v2/goods/fresh.json HTTP/1.1", host: "api.almond.xiachufang.com"';
    expect(highIds(text)).toEqual(['10060']);
    expect(highIds('lua tcp socket connect timed out, when connecting to 127.0.0.2:12345')).toEqual([
      '10060',
    ]);
  });

  it('leaves the read deadline and a closed cosocket alone (c119-026, c119-027)', () => {
    const text = [
      ' *41417426420 lua tcp socket read timed out',
      '',
      ' *41417426420 attempt to send data on a closed socket: u:0000000040267D38, c:0000000000000000, ft:0 eof:0',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
    expect(
      anyIds(
        'lua tcp socket read timed out, context: ssl_certificate_by_lua*, client: 172.69.58.204, server: 0.0.0.0:443.',
      ),
    ).toEqual([]);
  });

  it("still reads the cosocket's refusal and nginx's resolver answer", () => {
    expect(
      highIds(
        '2020/06/10 16:31:10 [error] 6#6: *1 [lua] service-execute.lua:27: failed to connect: connection refused, client: 172.17.0.1, server: , request: "POST /riverainct/ HTTP/1.1", host: "127.0.0.1:8080"',
      ),
    ).toEqual(['10061']);
    expect(highIds('failed to connect: redis could not be resolved (3: Host not found)')).toEqual(['11001']);
  });
});

describe("LWP's 'Can't connect to host:port (Bad hostname)'", () => {
  it('reads the failed lookup LWP names (c119-022)', () => {
    expect(
      highIds("[2015-03-18T12:45:22,681Z][ERROR]: 500 Can't connect to www.spamhaus.org:80 (Bad hostname)"),
    ).toEqual(['11001']);
  });

  it("leaves the words alone outside LWP's line, and its causeless form", () => {
    expect(anyIds('string - email - invalid (bad hostname)')).toEqual([]);
    expect(
      anyIds("[2015-03-18T12:45:22,704Z][ERROR]: 500 Can't connect to zeustracker.abuse.ch:443"),
    ).toEqual([]);
  });

  it('still reads the OS error LWP puts in the parentheses', () => {
    expect(
      highIds("NGINX CRITICAL - 500 Can't connect to paste.sysnove.net:443 (Connexion refusée)"),
    ).toEqual(['10061']);
  });
});
