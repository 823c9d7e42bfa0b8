import { describe, expect, it } from 'vitest';
import { detectErrors, highIds } from '../../helpers/detect.js';

/** RPC frameworks' and enterprise service clients' own wording around socket errors (corpus round 65). */
describe("detectErrors reads Java RMI's 'Connection refused to host' by its nested exception", () => {
  it('reads only the timeout when the nested ConnectException timed out (JonathanGiles/scenic-view issue #73, c65-021)', () => {
    const trace =
      'java.rmi.ConnectException: Connection refused to host: 10.71.135.79; nested exception is: \n' +
      '\tjava.net.ConnectException: Connection timed out: connect\n' +
      '\tat java.rmi/sun.rmi.transport.tcp.TCPEndpoint.newSoc';
    expect(highIds(trace)).toEqual(['10060']);
  });

  it('still reads a refused connect when the nested exception was refused (adoptium/aqa-tests issue #3040, c65-017)', () => {
    const trace =
      'java.rmi.ConnectException: Connection refused to host: 207.254.29.44; nested exception is: \n' +
      '\tjava.net.ConnectException: Connection refused (Connection refused)';
    expect(highIds(trace)).toEqual(['10061']);
  });

  it('still reads the RMI line alone as a refused connect (didi/KnowStreaming issue #20, c65-019)', () => {
    const line =
      '项目运行一段时间报错，java.rmi.ConnectException: Connection refused to host: 127.0.0.1; nested exception is:';
    expect(highIds(line)).toEqual(['10061']);
  });
});

describe("detectErrors leaves WCF's 'socket connection was aborted' wording to its inner exception", () => {
  const wcf =
    'The socket connection was aborted. This could be caused by an error processing your message or a receive timeout ' +
    "being exceeded by the remote host, or an underlying network resource issue. Local socket timeout was '00:59:59.9980000'.";

  it('finds nothing in the wording alone (solarwinds/OrionSDK issue #121, c65-065)', () => {
    expect(detectErrors(wcf)).toEqual([]);
  });

  it('still reads the reset named by the inner exception', () => {
    expect(
      highIds(
        `${wcf}\nAnd the inner exception\nAn existing connection was forcibly closed by the remote host`,
      ),
    ).toEqual(['10054']);
  });
});

describe("detectErrors reads IBM MQ's 'return code from the TCP/IP … call was' numbers", () => {
  it('reads the Winsock code of a failed recv() (IBM technote swg21106218, c65-084)', () => {
    const log =
      'AMQ9208: Error on receive from host <host>.\n' +
      "ACTION: The return code from the TCP/IP recv() call was 10054 (X'2746'). Record these values and tell the systems administrator.";
    expect(highIds(log)).toEqual(['10054']);
  });

  it('reads the code after a parenthesised call name, even when the line wraps before the hex', () => {
    // An MQSeries event-log note (public-code index id 16031402686).
    const log = "The return code from the TCP/IP (setsockopt(SO_KEEPALIVE)) call was 10055\n\t  (X'2747').";
    expect(highIds(log)).toEqual(['10055']);
  });

  it('leaves a Unix errno after the same words alone (its number space is not known)', () => {
    expect(detectErrors("The return code from the TCP/IP recv() call was 104 (X'68').")).toEqual([]);
  });

  it("leaves MQ's own reason code alone (ibm-messaging/mq-mqi-nodejs issue #11, c65-044)", () => {
    expect(
      detectErrors('MQ call failed in CONNX: MQCC = MQCC_FAILED [2] MQRC = MQRC_HOST_NOT_AVAILABLE [2538]'),
    ).toEqual([]);
  });
});

describe("detectErrors leaves WCF's socket deadlines alone", () => {
  it('finds nothing in the send deadline wording (dotnet/wcf issue #1888, c65-092)', () => {
    const text =
      'System.ServiceModel.CommunicationException: The socket connection was aborted because an asynchronous send to the socket ' +
      'did not complete within the allotted timeout of 00:00:04.9949997. The time allotted to this operation may have been a portion of a longer timeout.';
    expect(detectErrors(text)).toEqual([]);
  });
});
