import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Socket errors pasted by Spanish-, Portuguese-, French-, Italian- and Polish-speaking users, and the
 * localized texts around them that hold none (corpus round 169, each line verbatim). No rule was added
 * for the round; these pin the forms the rules already read and the look-alikes they must leave alone.
 */
describe('detectErrors reads the socket errors these users paste', () => {
  it("reads .NET's SocketException (10054) with Winsock's Spanish text under a TLS handshake (c169-001)", () => {
    const text =
      ' ---> System.IO.IOException: Unable to read data from the transport connection: Se ha forzado la interrupción de una conexión existente por el host remoto..\n ---> System.Net.Sockets.SocketException (10054): Se ha forzado la interrupción de una conexión existente por el host remoto.';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads Java NIO's IOException with Winsock's Portuguese text in cp850 mojibake and no number (c169-002)", () => {
    const text =
      'java.io.IOException: Foi for├ºado o cancelamento de uma conex├úo existente pelo host remoto\n        at sun.nio.ch.SocketDispatcher.read0(Native Method) ~[?:?]';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads Chrome's ERR_CONNECTION_REFUSED inside Italian prose (c169-003)", () => {
    const text =
      "per un po' funziona, dopo di che si blocca e mi dà l'errore ERR_CONNECTION_REFUSED. Ho provato sia con CHROME che con FIREFOX";
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads libpq's English refusal relayed by PDO inside Spanish prose (c169-004)", () => {
    const text =
      "Pero cuando trato de entrar me sale el siguiente error.\n\n`'PDOException' with message 'SQLSTATE[08006] [7] could not connect to server: Connection refused Is the server running on host \"localhost\" (::1) and accepting TCP/IP connections on port 8000?";
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe('detectErrors leaves the localized look-alikes alone', () => {
  it("leaves .NET's Spanish TrustFailure, worded 'Se ha terminado la conexión' (c169-008)", () => {
    const text =
      "_Se ha terminado la conexión: No se puede establecer una relación de confianza para el canal seguro SSL/TLS.No se pudo establecer una relación de confianza para el canal seguro SSL/TLS con la autoridad 'e-beta.sunat.gob.pe'._";
    expect(anyIds(text)).toEqual([]);
  });

  it(".NET's Portuguese SendFailure and SecureChannelFailure texts name no socket error (c169-011, c169-012)", () => {
    expect(anyIds('"A conexão subjacente estava fechada: Erro inesperado em um envio."')).toEqual([]);
    expect(
      anyIds(
        'Mas dá seguinte mensagem de erro: "A solicitação foi anulada: Não foi possível criar um canal seguro para SSL/TLS."',
      ),
    ).toEqual([]);
  });

  it("leaves requests' 'Connection aborted.' over OSError(0, 'Error') with Polish prose (c169-005)", () => {
    const text =
      "ConnectionError: ('Connection aborted.', OSError(0, 'Error'))\n\nRozumiem, że serwer CAS zerwał połączenie. Zamykam.";
    expect(anyIds(text)).toEqual([]);
  });

  it('leaves Spanish and Portuguese prose about connection timeouts (c169-014, c169-017)', () => {
    expect(
      anyIds(
        'Un tiempo de espera en la conexión SSH ocurre cuando el cliente (tu máquina local) o el servidor (el sistema remoto al que intentas conectarte) no recibe una respuesta dentro de un marco de tiempo especificado.',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'O tempo limite ocorre ao tentar abrir uma conexão com o serviço por meio de TCP. O valor do tempo limite é especificado em Tempo limite da conexão (s).',
      ),
    ).toEqual([]);
  });

  it("never reads a Remote Desktop dialog's 'No se puede establecer la conexión' high (c169-016)", () => {
    const text =
      'te encuentras con un mensaje desalentador: „No se puede establecer la conexión”. ¡Qué frustración!';
    expect(highIds(text)).toEqual([]);
  });

  it("leaves an application's own 'formatRefused' and an apt hash mismatch (c169-007, c169-020)", () => {
    expect(
      anyIds(
        'Exception: `distantFileDownload` failed ("formatRefused").  The file format is in the refusedFileFormats list.',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'W: Failed to fetch http://ubuntu.mirrors.ovh.net/ftp.ubuntu.com/ubuntu/.../Translation-en  Hash Sum mismatch',
      ),
    ).toEqual([]);
  });
});
