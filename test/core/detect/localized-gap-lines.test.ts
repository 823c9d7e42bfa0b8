import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

/** Each finding as `[id, confidence]`, to pin how sure the detector is. */
const levels = (text: string) => detectErrors(text).map((f) => [f.id, f.confidence]);

/**
 * Windows texts added to localized-messages.json for the common Winsock errors a language lacked,
 * each inside the real line it was seen in (its `seenAs`; the label names the public-code index id).
 */
describe('Windows texts that filled gaps in the localized table, read in their real lines', () => {
  it('reads the Dutch 10048 text from uvicorn with its number and without it (ids 71003186004, 19056203379)', () => {
    const line =
      '[WinError 10048] Elk socketadres (protocol/netwerkadres/poort) kan normaal slechts één keer worden gebruikt';
    expect(highIds(line)).toEqual(['10048']);
    expect(highIds(line.replace('[WinError 10048] ', ''))).toEqual(['10048']);
    // asyncio's server lower-cases the first letter after its own words.
    expect(
      highIds(
        "ERROR:    [Errno 10048] error while attempting to bind on address ('127.0.0.1', 8000): elk socketadres (protocol/netwerkadres/poort) kan normaal slechts één keer worden gebruikt",
      ),
    ).toEqual(['10048']);
  });

  it('reads the Spanish 10049 text alone at high now that it was seen next to its number (id 70748590533)', () => {
    expect(
      highIds('OSError: [WinError 10049] La dirección solicitada no es válida en este contexto'),
    ).toEqual(['10049']);
    expect(
      levels(
        'y dice que " La dirección solicitada no es válida en este contexto",\ny el error me lleva al socket.connect',
      ),
    ).toEqual([['10049', 'high']]);
  });

  it('reads the pt-BR 10065 text, never seen beside its number, at medium and at high with it (id 30079736361)', () => {
    const line =
      'mysql_connect() [function.mysql-connect]: [2002] Uma operação de soquete foi tentada em um host inacessível.\n (trying to connect via tcp://186.202.121.119:3306)';
    expect(levels(line)).toEqual([['10065', 'medium']]);
    expect(
      highIds('OSError: [WinError 10065] Uma operação de soquete foi tentada em um host inacessível'),
    ).toEqual(['10065']);
  });

  it('reads the Korean 10051 text alone at high now that Rust printed it with its number (id 1964258558)', () => {
    const line =
      'an error occurred during dns resolution: proto error: io error: 연결할 수 없는 네트워크에서 소켓 작업을 시도했습니다. (os error 10051)';
    expect(levels(line)).toEqual([['10051', 'high']]);
    expect(levels('연결할 수 없는 네트워크에서 소켓 작업을 시도했습니다.')).toEqual([['10051', 'high']]);
  });

  it('keeps the two words of the Spanish 11001 text at medium even after getaddrinfo failed (id 35884897274)', () => {
    const line = 'WP HTTP Error: 0: php_network_getaddresses: getaddrinfo failed: Host desconocido. ';
    expect(levels(line)).toEqual([['11001', 'medium']]);
  });
});

/**
 * PHP 5.3's mysqlnd on Windows keeps the first 64 characters of the system text before its
 * ` (trying to connect via …)`: the cut 10060 texts are the start of texts seen next to their number.
 */
describe("the Windows texts PHP's mysqlnd cut at 64 characters", () => {
  const cut: [string, string, string, string][] = [
    [
      'pt-BR 10060 (id 29420463107)',
      '2013-04-30 11:57:02 --- EMERGENCY: Database_Exception [ 2 ]: mysql_connect() [function.mysql-connect]: [2002] Uma tentativa de conexão falhou porque o componente conectado nã (trying to connect via tcp://186.202.121.119:3306)',
      '10060',
      'high',
    ],
    [
      'es 10060 (id 16045413461)',
      '2011-12-22 13:32:43 --- ERROR: Database_Exception [ 2 ]: mysql_connect() [function.mysql-connect]: [2002] Se produjo un error durante el intento de conexión ya que la par (trying to connect via tcp://localhost:3306)',
      '10060',
      'high',
    ],
    [
      'ru 10060, the 64th character a space (id 34666125610)',
      '2012-06-13 01:50:32 --- ERROR: Database_Exception [ 2 ]: mysql_connect() [function.mysql-connect]: [2002] Попытка установить соединение была безуспешной, т.к. от другого  (trying to connect via tcp://localhost:3306)',
      '10060',
      'high',
    ],
    [
      'es 10061 in an older wording known only cut, medium (id 16160324812)',
      '2011-12-28 15:12:10 --- ERROR: Database_Exception [ 2 ]: mysql_connect() [function.mysql-connect]: [2002] No se ha podido establecer conexión ya que el equipo de destino  (trying to connect via tcp://localhost:3306)',
      '10061',
      'medium',
    ],
  ];

  it.each(cut)('reads %s', (_label, line, id, confidence) => {
    expect(levels(line)).toEqual([[id, confidence]]);
  });
});

describe('prose and applications’ own messages that share words with the new texts are left alone', () => {
  const prose: [string, string][] = [
    ['es', 'Se produjo un error durante el intento de conexión a la base de datos, inténtelo más tarde.'],
    ['es', 'No se ha podido establecer conexión con el servidor de licencias.'],
    ['nl', 'Elk socketadres in de configuratie moet uniek zijn; controleer de poort.'],
    ['pt-BR', 'Uma tentativa de conexão falhou porque a senha estava errada.'],
    [
      'de',
      'Die folgende Fehlermeldung trat auf:\nVerbindung konnte nicht hergestellt werden. Zeitüberschreitung\n<size=150%>Verbindung fehlgeschlagen</size>\n\nFehler beim Verbinden - Verbindungszeit überschritten.',
    ],
  ];

  it.each(prose)('finds nothing in %s: %s', (_lang, text) => {
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no ETIMEDOUT in the Eco client's Japanese dialog, but still after a tool's ': ' (c220-027)", () => {
    const dialog =
      '次のエラーメッセージがポップアップ表示されました：\\ n``` \\ n <size=150%>接続失敗</size>\n\n接続に失敗しました - 接続がタイムアウトしました \\ n```';
    expect(anyIds(dialog)).toEqual([]);
    expect(highIds('ssh: connect to host example.jp port 22: 接続がタイムアウトしました')).toEqual(['10060']);
  });
});
