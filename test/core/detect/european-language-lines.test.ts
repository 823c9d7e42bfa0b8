import { describe, expect, it } from 'vitest';
import { detectErrors, highIds } from '../../helpers/detect.js';

/**
 * Runtimes on a German, French, Italian, Polish, Portuguese or Russian system print the OS text in
 * the user's language inside their own English framing (corpus round 17, each line verbatim).
 */
describe('detectErrors reads localized OS texts inside a runtime’s own framing', () => {
  const lines: [string, string, string][] = [
    [
      'Java 8 on a German Linux: strerror, then the English text in parentheses (openhab/openhab-addons #5243, c17-002)',
      'Caused by: java.net.ConnectException: Verbindungsaufbau abgelehnt (Connection refused)',
      '10061',
    ],
    [
      "wget on a French Debian: 'échec : <strerror>.' (YunoHost-Apps/jellyfin_ynh #146, c17-006)",
      'échec : Connexion refusée.',
      '10061',
    ],
    [
      'Unity/Mono on an Italian Windows: the text and the line break Windows ends it with, in parentheses (polivilas/EmuTarkov #40, c17-018)',
      'Eccezione: errore back-end: errore: ConnectFailure (Impossibile stabilire la connessione. Rifiuto persistente del computer di destinazione. \n) ',
      '10061',
    ],
    [
      ".NET on a Polish Windows: the text inside .NET's English IOException, full stop doubled (CIRFMF/ksef-latarnia #26, c17-030)",
      'System.IO.IOException: Unable to read data from the transport connection: Istniejące połączenie zostało gwałtownie zamknięte przez zdalnego hosta..',
      '10054',
    ],
    [
      '.NET Framework on a Brazilian Windows, the endpoint after the text (totvs/advpl-vscode #367, c17-015)',
      'System.Net.Sockets.SocketException (0x80004005): Nenhuma conexão pôde ser feita porque a máquina de destino as recusou ativamente 127.0.0.1:1231',
      '10061',
    ],
    [
      'Python 2 in a GTK app on an Italian Linux: gai_strerror after [Errno -2] (emesene/emesene #1539, c17-017)',
      '[Errno socket error] [Errno -2] Nome o servizio sconosciuto',
      '11001',
    ],
  ];

  it.each(lines)('%s', (_label, text, id) => {
    expect(highIds(text), JSON.stringify(detectErrors(text))).toEqual([id]);
  });

  it('reads the Russian connection-abort text with no number beside it (motattack/mtslinker #4, c17-019)', () => {
    expect(highIds('Программа на вашем хост-компьютере разорвала установленное подключение')).toEqual([
      '10053',
    ]);
  });
});

/** Users' own words in those languages that share words with the OS texts: no auto-reply. */
describe('detectErrors leaves prose about connections in European languages alone', () => {
  const prose: [string, string][] = [
    [
      "es: 'I cannot establish any connection with the server' (IIC2413/Syllabus-2022-1 #222, c17-014)",
      'No puedo establecer ninguna conexión con el servidor. Estoy intentando desactivar el firewall o algo así pero no encuentro el origen del problema.',
    ],
    [
      "pt-BR: GLPI's mail receiver 'Conexão fechada' (glpi-project/glpi #17118, c17-016)",
      'Connection Closed in Receivers / Conexão fechada em Destinatários',
    ],
    [
      "fr: a Minitel service 'Ce service nous est inconnu' (multiplie-fr/minimit-beta #26, c17-009)",
      'quand je tape n\'importe quoi comme nom de service ca met en ligne zero\n"Ce service nous est inconnu" et on est scotché',
    ],
    [
      "ru: 'attempt to connect to the server' (FreedomBay/Task-Tracker #12, c17-028)",
      'Попытка подключения к серверу',
    ],
    [
      "ru: a lost connection described as 'разорванное' (gsbelarus/gdmn #18, c17-021)",
      'Нужно добавить обработку этой ошибки в каждый метод взаимодействия и помечать соединение как разорванное, либо автоматически делать reconnect, если это возможно.',
    ],
    [
      "de: 'no connection to the Kress server' (iobroker-community-adapters/ioBroker.worx #571, c17-005)",
      'Keine Verbindung zu Kress Server',
    ],
  ];

  it.each(prose)('%s', (_label, text) => {
    expect(detectErrors(text)).toEqual([]);
  });
});
