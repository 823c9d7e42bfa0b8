import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core.js';
import { corpusPaste } from '../../helpers/corpus.js';

const { core } = testCore();
const triage = (text: string, locale: 'en' | 'zh-TW' = 'en') => core.scan(text, locale).reply;
const lines = (text: string) => (triage(text)?.sections[0]?.text ?? '').split('\n');

describe('checks for the OS the paste shows', () => {
  /** The checks of a single explanation, as shown. */
  const checksOf = (text: string, locale: 'en' | 'zh-TW' = 'en') => {
    const reply = triage(text, locale);
    return (
      reply?.sections.find((s) => s.heading === (locale === 'en' ? 'Check first' : '先檢查'))?.items ?? []
    );
  };

  it('leads a Windows triage with Windows commands, not `ss` or `getent` (c189-024, c24-039)', () => {
    expect(lines(corpusPaste('c189-024'))).toContain(
      '    check first: Windows: `Get-NetTCPConnection -LocalPort <port> -State Listen` or `netstat -ano | findstr :<port>`, then `tasklist /fi "PID eq <pid>"`',
    );
    const dotnet = lines(corpusPaste('c24-039')).join('\n');
    expect(dotnet).toContain('check first: Windows: `Resolve-DnsName proxy` and `nslookup proxy`');
    expect(dotnet).not.toContain('getent');
  });

  it("leads a Windows explanation with the Windows check, in either language (c155-044: PowerShell's irm)", () => {
    const paste = corpusPaste('c155-044');
    expect(checksOf(paste)[0]).toMatch(/^Windows: `Resolve-DnsName debloat\.raphi\.re`/);
    expect(checksOf(paste, 'zh-TW')[0]).toMatch(/^Windows：`Resolve-DnsName debloat\.raphi\.re`/);
    // Nothing is dropped: the Linux check follows.
    expect(checksOf(paste)[1]).toMatch(/`getent hosts debloat\.raphi\.re`/);
  });

  it('shows the check for Kubernetes itself second for a paste from a cluster (c46-032: a liveness probe)', () => {
    const shown = checksOf(corpusPaste('c46-032'));
    expect(shown[0]).toMatch(/^On the server: `ss -ltnp 'sport = :5000'`/);
    expect(shown[1]).toMatch(/^Kubernetes: `kubectl get endpoints <service>`/);
    // A paste from no cluster keeps the catalog's order.
    expect(checksOf(corpusPaste('c171-001'))[1]).toMatch(/^From the client:/);
  });

  it("names macOS's command first for a macOS paste, Linux's for a Linux one (c23-004, c171-001)", () => {
    expect(checksOf(corpusPaste('c23-004'))[0]).toMatch(
      /^On the server: `lsof -nP -iTCP:<port> -sTCP:LISTEN` \(macOS\), `ss/,
    );
    expect(checksOf(corpusPaste('c171-001'))[0]).toMatch(
      /^On the server: `ss -ltnp 'sport = :6900'` \(Linux\), `Get-Net/,
    );
  });
});
