import { describe, expect, it } from 'vitest';
import { checksFor } from '../../../src/core/reply/os-checks.js';
import { realCatalog } from '../../helpers/core.js';

const checks = (id: string, locale: 'en' | 'zh-TW' = 'en') => {
  const entry = realCatalog().byId.get(id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry[locale].checks;
};

describe('checksFor', () => {
  it('leaves the checks as written when the paste shows no OS', () => {
    expect(checksFor(checks('10048'), {})).toEqual(checks('10048'));
  });

  it("puts a Windows paste's own check before one for Linux and macOS only (10048, 11001)", () => {
    expect(checksFor(checks('10048'), { os: 'windows' })[0]).toMatch(/^Windows: `Get-NetTCPConnection/);
    expect(checksFor(checks('11001'), { os: 'windows' })[0]).toMatch(/^Windows: `Resolve-DnsName/);
    expect(checksFor(checks('11001', 'zh-TW'), { os: 'windows' })[0]).toMatch(/^Windows：`Resolve-DnsName/);
    // Moved, not dropped: every check is still there.
    expect([...checksFor(checks('11001'), { os: 'windows' })].sort()).toEqual([...checks('11001')].sort());
  });

  it("puts a Linux paste's low-port check before Windows' reserved ranges (10013)", () => {
    const ordered = checksFor(checks('10013'), { os: 'linux' });
    expect(ordered[0]).toMatch(/^Linux low ports:/);
    // The Windows check and the one that follows from it stay together.
    expect(ordered.slice(1, 3)).toEqual(checks('10013').slice(0, 2));
  });

  it("lists each OS's commands with the paste's OS first, in either locale (10061, 10051)", () => {
    expect(checksFor(checks('10061'), { os: 'macos' })[0]).toMatch(
      /^On the server: `lsof [^`]+` \(macOS\), `ss [^`]+` \(Linux\), `Get-NetTCPConnection [^`]+` \(Windows\); the local/,
    );
    expect(checksFor(checks('10061'), { os: 'windows' })[0]).toMatch(
      /^On the server: `Get-NetTCPConnection [^`]+` \(Windows\), `ss/,
    );
    expect(checksFor(checks('10051'), { os: 'windows' })[0]).toMatch(
      /: `Find-NetRoute [^`]+` or `route print` \(Windows\), `ip route get [^`]+` \(Linux\), `route -n get/,
    );
    expect(checksFor(checks('10061', 'zh-TW'), { os: 'macos' })[0]).toMatch(
      /^在伺服器上：`lsof [^`]+`（macOS）、`ss [^`]+`（Linux）、`Get-NetTCPConnection [^`]+`（Windows）；/,
    );
    expect(checksFor(checks('10061'), { os: 'linux' })).toEqual(checks('10061'));
    // A check made of one clause for each OS leads with the paste's.
    expect(checksFor(checks('10048'), { os: 'macos' })[0]).toMatch(/^macOS: `lsof [^`]+`; Linux: `ss /);
    expect(checksFor(checks('10048', 'zh-TW'), { os: 'macos' })[0]).toMatch(
      /^macOS：`lsof [^`]+`；Linux：`ss /,
    );
    expect(checksFor(checks('10048'), { os: 'linux' })[0]).toBe(checks('10048')[0]);
  });

  it('keeps every check of every entry, in both locales, whatever the OS', () => {
    for (const entry of realCatalog().entries) {
      for (const locale of ['en', 'zh-TW'] as const) {
        for (const os of ['windows', 'macos', 'linux'] as const) {
          const ordered = checksFor(entry[locale].checks, { os });
          expect(ordered).toHaveLength(entry[locale].checks.length);
          // The same commands and the same characters, whatever their order.
          const commands = (list: readonly string[]) => list.flatMap((c) => c.match(/`[^`]+`/g) ?? []).sort();
          const characters = (list: readonly string[]) => [...list.join('')].sort().join('');
          expect(commands(ordered)).toEqual(commands(entry[locale].checks));
          expect(characters(ordered)).toBe(characters(entry[locale].checks));
        }
      }
    }
  });

  it("keeps every check of an entry's lists for a situation (UDP, established, macOS), whatever the OS", () => {
    const characters = (list: readonly string[]) => [...list.join('')].sort().join('');
    for (const entry of realCatalog().entries) {
      for (const locale of ['en', 'zh-TW'] as const) {
        for (const list of Object.values(entry[locale].checksWhen ?? {})) {
          for (const os of ['windows', 'macos', 'linux'] as const) {
            expect(characters(checksFor(list, { os })), entry.id).toBe(characters(list));
          }
        }
      }
    }
  });

  it('puts the check for Kubernetes itself second when the paste shows a cluster (10061, 11002)', () => {
    const cluster = { cluster: 'kubernetes' as const };
    expect(checksFor(checks('10061'), cluster)[1]).toMatch(/^Kubernetes: `kubectl get endpoints/);
    expect(checksFor(checks('11002'), cluster)[1]).toMatch(/^Kubernetes: `kubectl -n kube-system/);
    expect(checksFor(checks('11002', 'zh-TW'), cluster)[1]).toMatch(/^Kubernetes：`kubectl -n kube-system/);
    // The catalog's first check stays first; without a cluster nothing moves.
    expect(checksFor(checks('10061'), cluster)[0]).toBe(checks('10061')[0]);
    expect(checksFor(checks('10061'), {})).toEqual(checks('10061'));
    // An entry without a check for Kubernetes itself keeps its order in a cluster too.
    expect(checksFor(checks('10053'), cluster)).toEqual(checks('10053'));
    // 10054 leads with the peer's own logs and restarts; its kubectl check comes second in a cluster.
    expect(checksFor(checks('10054'), cluster)[1]).toMatch(/^Kubernetes: `kubectl get pods -o wide`/);
  });
});
