import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Legacy Windows development stacks' lines from real pastes of corpus round 67 (`test/fixtures/corpus/round67.jsonl`, ids c67-…). */
describe("detectErrors reads the VB Winsock control's own descriptions of Winsock errors", () => {
  it('reads \'"The connection is reset by remote side"\' as a reset (Microsoft KB Q260018, corpus c67-041)', () => {
    const text =
      'When you call the GetData method to retrieve that data, the following\n' +
      '\tMicrosoft Visual Basic run-time error occurs:\n\t\n' +
      '\t  \'10054\' - "The connection is reset by remote side".';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads the control's description for a refused connect, as an application shows it in its own message box", () => {
    expect(highIds('ERROR: Connection is forcefully rejected')).toEqual(['10061']);
  });

  it("reads the control's description for an aborted connection", () => {
    expect(highIds('Winsock1_Error: Connection is aborted due to timeout or other failure')).toEqual([
      '10053',
    ]);
  });

  it("reads '\"Address in use\"' after the run-time error's own number (Microsoft KB Q244751, corpus c67-042)", () => {
    const text = 'The Run-time\n\terror is as follows:\n\t\n\t  \'10048\' - "Address in use".';
    expect(highIds(text)).toEqual(['10048']);
  });

  it("reads nothing in 'address in use' without the control's number", () => {
    expect(anyIds('The IP address in use by the printer changed after the DHCP lease expired.')).toEqual([]);
  });
});

describe("detectErrors reads legacy stacks' own codes and texts that name no socket error as nothing", () => {
  it("finds nothing in WinHTTP's ERROR_WINHTTP_TIMEOUT raised to VB6 (wqweto/VbAsyncSocket issue #36, corpus c67-025)", () => {
    expect(anyIds('he get only **Run-time error -2147012894 (80072ee2)** .')).toEqual([]);
  });

  it("finds nothing in Indy's EIdConnClosedGracefully, an orderly close (djjd47130/GitHubBackup issue #56, corpus c67-028)", () => {
    expect(
      anyIds(
        'One particular repository (private) always fails with "Connection Closed Gracefully" when downloading.',
      ),
    ).toEqual([]);
  });

  it("finds nothing in Free Pascal's ssockets 'Connect to <host>:<port> failed.' (jmpessoa/lazandroidmodulewizard issue #202, corpus c67-031)", () => {
    expect(anyIds('E/libcontrols.so( 8152): ESocketError: Connect to www.youtube.com:443 failed.')).toEqual(
      [],
    );
  });

  it("still reads Indy's EIdSocketError with its Winsock number (pozitronik/CloudMailRu issue #283, corpus c67-008)", () => {
    expect(highIds('EIdSocketError ошибка сети: Socket Error # 10054\nConnection reset by peer.')).toEqual([
      '10054',
    ]);
  });
});
