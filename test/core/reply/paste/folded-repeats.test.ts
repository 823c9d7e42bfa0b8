import { describe, expect, it } from 'vitest';
import { foldedFailures, foldedRepeats } from '../../../../src/core/reply/paste/folded-repeats.js';
import { scanInPieces, testCore } from '../../../helpers/core.js';
import { corpusPaste } from '../../../helpers/corpus.js';

const items = (text: string | undefined) => (text ?? '').split('\n').filter((l) => /^\d+\./.test(l));

describe('foldedRepeats', () => {
  it("reads the count Kubernetes' events and rsyslog fold into one line", () => {
    expect(
      foldedRepeats(
        '  Warning  Unhealthy  104s (x13 over 3m36s)  kubelet            Readiness probe failed: Get "http://x.x.x.x.x:8080/actuator/health ": dial tcp x.x.x.x:8080: connect: connection refused',
      ),
    ).toBe(13);
    expect(foldedRepeats('2m (x3 over 5m)   Warning   Unhealthy   pod/web-1   Liveness probe failed')).toBe(
      3,
    );
    expect(
      foldedRepeats(
        'Dec  8 10:00:01 web1 app[812]: message repeated 5 times: [ connect() failed (111: Connection refused) ]',
      ),
    ).toBe(5);
  });

  it('reads 1 for a line that folds nothing, or says such words past its start', () => {
    expect(
      foldedRepeats('  Warning  Unhealthy  28s  kubelet  Readiness probe failed: connection refused'),
    ).toBe(1);
    expect(foldedRepeats('retried (x3 over the weekend) with no luck')).toBe(1);
    expect(foldedRepeats(`${'a'.repeat(250)} (x9 over 1m) connection refused`)).toBe(1);
  });
});

describe('foldedFailures', () => {
  it('adds up the lines of a record that fold failures, and is 1 where none folds', () => {
    const events = [
      'Warning  Unhealthy  115s (x3 over 3m25s)  kubelet  Liveness probe failed: connection refused',
      '  Warning  Unhealthy  104s (x13 over 3m36s)  kubelet  Readiness probe failed: connection refused',
    ].join('\n');
    const at = [events.indexOf('connection refused'), events.lastIndexOf('connection refused')];
    expect(foldedFailures(events, 0, at)).toBe(16);
    // Two mentions on one folded line are its count once; a record that folds nothing is one failure.
    expect(foldedFailures(events, 0, [at[0] as number, (at[0] as number) + 11])).toBe(3);
    const node = "Error: connect ECONNREFUSED 10.0.0.5:5432\n  code: 'ECONNREFUSED',";
    expect(foldedFailures(node, 0, [13, node.lastIndexOf('ECONNREFUSED')])).toBe(1);
  });

  it('reads a line of a million mentions in linear time', () => {
    const line = `(x2 over 1m) ${'ECONNREFUSED '.repeat(200_000)}`;
    const starts = Array.from({ length: 200_000 }, (_, i) => 13 + i * 13);
    const started = performance.now();
    expect(foldedFailures(line, 0, starts)).toBe(2);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('the count of an error a log folded into one line', () => {
  it('counts each failure of a Kubernetes event, not each event (c236-009: x3 and x13)', () => {
    const { core } = testCore();
    // The comment's events, from `Error:-` on (the thread's title above them would count once more).
    const paste = corpusPaste('c236-009');
    const events = paste.slice(paste.indexOf('Error:-'));
    expect(core.scan(events, 'en').reply?.footer).toContain('Seen 16 times in this paste.');
    expect(core.scan(events, 'zh-TW').reply?.footer).toContain('這個錯誤出現了 16 次');
    for (const size of [7, 1000]) expect(scanInPieces(core, events, size)).toEqual(core.scan(events, 'en'));
  });

  it('counts them in a triage of several errors, and once for an event with no count (c46 form)', () => {
    const { core } = testCore();
    const paste = [
      'Events:',
      '  Type     Reason     Age                 From     Message',
      '  ----     ------     ----                ----     -------',
      '  Warning  Unhealthy  2m (x9 over 4m)     kubelet  Liveness probe failed: Get "http://10.1.2.3:8080/healthz": dial tcp 10.1.2.3:8080: connect: connection refused',
      '  Warning  Unhealthy  30s                 kubelet  Readiness probe failed: Get "http://10.1.2.3:8080/ready": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
      '  Warning  Failed     20s (x2 over 50s)   kubelet  Failed to pull image "registry.internal/web:1.4": dial tcp: lookup registry.internal on 10.96.0.10:53: no such host',
    ].join('\n');
    expect(items(core.scan(paste, 'en').reply?.sections[0]?.text)).toEqual([
      expect.stringMatching(/^1\. 10061 WSAECONNREFUSED ×9 /),
      expect.stringMatching(/^2\. 11001 WSAHOST_NOT_FOUND ×2 /),
    ]);
    for (const size of [7, 1000]) expect(scanInPieces(core, paste, size)).toEqual(core.scan(paste, 'en'));
  });
});
