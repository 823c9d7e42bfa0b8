import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors } from '../../helpers/detect.js';

/** Each finding as `[id, confidence]`, to pin how sure the detector is. */
const levels = (text: string) => detectErrors(text).map((f) => [f.id, f.confidence]);

/**
 * Round 226: Q&A and tutorial pages for the commonest errors. People name and retype a short error
 * message in title case (`a "Connection Refused" error`, `Connection Reset By Peer` in a title); such
 * a text is read at low (never an auto-reply), as long as it is a distinctive message and not a
 * library's own title or an application's refusal with its reason.
 */
describe('short error messages in title case, as people name and retype them', () => {
  it('reads a title-cased refusal in a page’s prose at low (c226-001, c226-002)', () => {
    expect(
      levels(
        'The root cause of a "Connection Refused" error is that the destination server actively and immediately rejected the connection attempt.',
      ),
    ).toEqual([['10061', 'low']]);
    expect(
      levels(
        'Understanding and Resolving "Connection Refused" Errors\n\nThe "Connection Refused" error is a common networking issue',
      ),
    ).toEqual([['10061', 'low']]);
    expect(levels('A "Connection Refused" error is distinct from a "Connection Timed Out" error')).toEqual([
      ['10061', 'low'],
      ['10060', 'low'],
    ]);
  });

  it('reads a user’s retyped title-case message at low (c55-007, c69-021)', () => {
    expect(levels('SSL Error - error 104, error no - Connection Reset By Peer (IDFGH-4719)')).toEqual([
      ['10054', 'low'],
    ]);
    expect(levels('connect(, AF=1 "windows-10/windows-10-monitor.socket", 38): Connection Refused')).toEqual([
      ['10061', 'low'],
    ]);
  });

  it('still reads the printed case high, and a number beside a title-cased message high', () => {
    expect(levels('ssh: connect to host example.com port 22: Connection refused')).toEqual([
      ['10061', 'high'],
    ]);
    expect(levels('ConnectionResetError: [Errno 104] Connection Reset By Peer')).toEqual([['10054', 'high']]);
  });

  it('reads no error in an MQTT broker’s refusal with its reason, in title case', () => {
    expect(anyIds('paho.mqtt.MQTTException: Connection Refused: not authorised.')).toEqual([]);
    expect(anyIds('Connection Refused: bad user name or password')).toEqual([]);
  });

  it('reads no error in a generic library title, capitals inside a word, or a field and its value', () => {
    // websocketpp's own `Timer Expired` (c194-025), Unreal's own banner (c160-043), Finagle's fields (c65-031).
    expect(
      anyIds(
        '[2016-03-28 13:42:37] [fail] WebSocket Connection Unknown - "" /3 0 websocketpp.transport:9 Timer Expired',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'LogNet: Warning: UNetConnection::Tick: Connection TIMED OUT. Closing connection.. Elapsed: 60.07',
      ),
    ).toEqual([]);
    expect(anyIds('Remote Info: Upstream Address: Not Available, Upstream id: Not Available')).toEqual([]);
    expect(anyIds('CONNECTION REFUSED')).toEqual([]);
    // One capitalised word is a sentence's first, not a title.
    expect(anyIds('Refused')).toEqual([]);
  });
});
