import { describe, expect, it } from 'vitest';
import { readSigns, situationOf } from '../../../../src/core/reply/paste/situation-signs.js';

const signsOf = (record: string) => [...new Set(readSigns(record).map((s) => s.sign))].sort();

describe('readSigns', () => {
  it("reads UDP in Go's net errors, Node's dgram, .NET's UdpClient and a program's own words", () => {
    for (const record of [
      'read udp 10.0.0.5:41234->10.0.0.2:53: read: connection refused',
      'listen udp4 0.0.0.0:3478: bind: address already in use',
      'at doSend (node:dgram:721:16)',
      'at System.Net.Sockets.UdpClient.Receive(IPEndPoint& remoteEP)',
      'ddsi_udp_create_conn: failed to bind to ANY:7400: address in use',
      'Tue Apr 09 23:35:58 2019 read UDP: Unknown error (code=10054)',
    ]) {
      expect(signsOf(record), record).toContain('udp');
    }
  });

  it("reads no UDP in words that only contain the letters, nor in Android's `sendto failed`", () => {
    expect(signsOf('GET /updates/udpate?x=1 failed')).not.toContain('udp');
    expect(signsOf('sendto failed: ECONNREFUSED (Connection refused)')).not.toContain('udp');
  });

  it('tells a read on an open connection from a connect', () => {
    expect(signsOf('Error: read ETIMEDOUT')).toEqual(['established']);
    expect(signsOf('Error: connect ETIMEDOUT 10.0.0.9:5432')).toEqual(['connecting', 'tcp']);
    expect(signsOf('Connection timed out (Read failed)')).toEqual(['established']);
  });

  it('reads a hostile record in bounded time', () => {
    const record = `${'read '.repeat(800)}${'udp'.repeat(1000)}`;
    const started = performance.now();
    readSigns(record);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('situationOf', () => {
  it('claims UDP or an open connection only where nothing in the records says otherwise', () => {
    expect(situationOf(['udp'])).toEqual({ transport: 'udp' });
    expect(situationOf(['udp', 'tcp'])).toEqual({});
    expect(situationOf(['established'])).toEqual({ phase: 'established' });
    expect(situationOf(['established', 'connecting'])).toEqual({});
    expect(situationOf([])).toEqual({});
  });

  it('claims no open connection for a UDP socket, which has none (`read udp …: read: connection timed out`)', () => {
    expect(situationOf(['udp', 'established'])).toEqual({ transport: 'udp' });
    expect(situationOf(['udp', 'tcp', 'established'])).toEqual({ phase: 'established' });
  });
});
