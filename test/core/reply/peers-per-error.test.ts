import { describe, expect, it } from 'vitest';
import { createDetector, type Detector } from '../../../src/core/index.js';
import { readPaste } from '../../../src/core/reply/paste/read-paste.js';
import { realData, testCore } from '../../helpers/core.js';
import { corpusPaste } from '../../helpers/corpus.js';

const { core } = testCore();
let built: Detector | undefined;
const detector = () => {
  built ??= createDetector(realData().catalog.entries, realData().rules);
  return built;
};
/** The numbered line of error `id` in the triage of `text`, with the lines under it. */
function item(text: string, id: string): string {
  const lines = (core.scan(text, 'en').reply?.sections[0]?.text ?? '').split('\n');
  const at = lines.findIndex((l) => new RegExp(`^\\d+\\. (?:\\S+ ){0,2}${id} `).test(l));
  const next = lines.findIndex((l, i) => i > at && /^\d+\. /.test(l));
  return at < 0 ? '' : lines.slice(at, next < 0 ? undefined : next).join('\n');
}
/** The reply of the same text read as a log, piece by piece (`sockerr scan FILE`). */
function scannedAsLog(text: string) {
  const log = core.scanLog('en');
  for (let i = 0; i < text.length; i += 100) log.push(text.slice(i, i + 100));
  return log.end().reply;
}

describe('hosts of a record that shows several errors', () => {
  it('gives each failed address of a urllib3 list to its own error (c148-004)', () => {
    const paste = corpusPaste('c148-004');
    // IPv6 unreachable, then IPv4 timed out, on one log line: the timeout is not to the IPv6 address.
    expect(item(paste, '10060')).toContain('`nc -vz -w 5 169.254.169.254 80`');
    expect(item(paste, '10060')).not.toContain('fd00');
  });

  it('gives the IPv6 address to the error that names it, after the IPv4 one (c66-004)', () => {
    const paste = corpusPaste('c66-004');
    expect(item(paste, '10051')).toContain('`ip route get 169.254.169.254`');
    expect(item(paste, 'EAI_ADDRFAMILY')).toContain('`getent ahostsv6 fd00:ec2::254`');
    expect(item(paste, 'EAI_ADDRFAMILY')).not.toContain('169.254.169.254');
  });

  it("claims no link from another error's peer in the same record (c38-021)", () => {
    // The refusal's line names the proxy's incoming connection 127.0.0.1:50135; the reset is ssh's,
    // on 127.0.0.1 port 49935: the paste does not show the reset on the refused peer.
    expect(core.scan(corpusPaste('c38-021'), 'en').reply?.fallback).not.toMatch(/follows from/);
  });

  it('reads a log piece by piece to the same hosts (c148-004, c66-004, c38-021)', () => {
    for (const id of ['c148-004', 'c66-004', 'c38-021']) {
      const paste = corpusPaste(id);
      expect(scannedAsLog(paste)).toEqual(core.scan(paste, 'en').reply);
    }
  });
});

describe("gRPC's target addresses", () => {
  it('gives each error of the error tree its own target_address (c9-054)', () => {
    const text = corpusPaste('c9-054');
    const byId = new Map(readPaste({ text, ...detector().withMentions(text) }).map((e) => [e.finding.id, e]));
    expect(byId.get('10061')).toMatchObject({ hosts: ['[::1]'], ports: ['32766'] });
    expect(byId.get('10054')).toMatchObject({ hosts: ['127.0.0.1'], ports: ['32766'] });
    expect(item(text, '10061')).toContain("`ss -ltnp 'sport = :32766'`");
  });
});

describe('hosts the paste does not name', () => {
  it("reads urllib3's IPv6 host whole, not as its first group (c148-004)", () => {
    const unreachable = item(corpusPaste('c148-004'), '10051');
    expect(unreachable).toContain('`ip route get fd00:ec2::254`');
    expect(unreachable).not.toMatch(/fd00`/);
  });

  it('takes no error word for a host (c9-054)', () => {
    // gRPC: `Failed to connect to remote host: Connection refused`; its peer is in `target_address`.
    const text = corpusPaste('c9-054');
    const errors = readPaste({ text, ...detector().withMentions(text) });
    expect(errors.flatMap((e) => e.hosts)).not.toContain('Connection');
    expect(core.scan(text, 'en').reply?.fallback).not.toMatch(/same host Connection/);
  });
});

describe('.NET host names', () => {
  it('fills the look-up check with the name .NET could not resolve (c24-039)', () => {
    const paste = corpusPaste('c24-039');
    // A Windows paste: its look-up check is the Windows one.
    expect(item(paste, '11001')).toContain('`Resolve-DnsName proxy`');
    expect(item(paste, '10060')).toContain('`nc -vz -w 5 172.27.25.3 8080`');
  });
});

describe('hosts the checks are filled with, from forms of real pastes', () => {
  it('checks the rsync mirror and the address of each attempt with its own error (c113-005)', () => {
    const paste = corpusPaste('c113-005');
    const errors = readPaste({ text: paste, ...detector().withMentions(paste) });
    expect(errors.map((e) => [e.finding.id, e.hosts])).toEqual([
      ['10061', ['mirrors.ustc.edu.cn', '202.141.160.110']],
      ['10051', ['mirrors.ustc.edu.cn', '2001:da8:d800:95::110']],
    ]);
    expect(item(paste, '10051')).toContain('`ip route get 2001:da8:d800:95::110`');
  });

  it("checks each of Postfix's attempts with its own address (c20-008)", () => {
    const paste = corpusPaste('c20-008');
    expect(item(paste, '10060')).toContain('`nc -vz -w 5 gmail-smtp-in.l.google.com 25`');
    expect(item(paste, '10051')).toContain('`ip route get 2607:f8b0:400d:c0e::1a`');
  });

  it("resolves the host Android could not, not the word 'Unable' (c167-017)", () => {
    const reply = core.scan(corpusPaste('c167-017'), 'en').reply;
    expect(reply?.fallback).toContain('`dig matrix.org A`');
    expect(reply?.fallback).not.toMatch(/Unable A|ahosts Unable/);
  });

  it('checks the server libpq names, each attempt with its own address (c3-002)', () => {
    const paste = corpusPaste('c3-002');
    expect(item(paste, '10061')).toContain("`ss -ltnp 'sport = :5432'`");
    const errors = readPaste({ text: paste, ...detector().withMentions(paste) });
    expect(errors.map((e) => [e.finding.id, e.hosts])).toEqual([
      ['10061', ['localhost', '127.0.0.1']],
      ['10049', ['localhost', '::1']],
    ]);
  });

  it('resolves the name a busybox nslookup in a pod could not find (c97-036)', () => {
    const reply = core.scan(corpusPaste('c97-036'), 'en').reply;
    expect(reply?.fallback).toContain('`getent hosts kubernetes.default.svc.cluster.local`');
  });

  it('checks the host curl could not reach, whose name ends like a Perl file (c140-021)', () => {
    const reply = core.scan(corpusPaste('c140-021'), 'en').reply;
    expect(reply?.fallback).toContain('`nc -vz -w 5 swietochlowice.geoportal2.pl 443`');
  });
});
