import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

/**
 * Windows' Winsock texts in Russian, Polish, Hungarian, Swedish, Turkish and Czech, inside the real lines
 * they were found in (each line is the `seenAs` of its entry in localized-messages.json, found
 * with the public-code index, an issue, or r_keeper's table of Winsock texts). Texts never seen beside their
 * number stay at medium on their own.
 */
describe('detectErrors reads these Windows texts in the lines they were pasted in', () => {
  const lines: [string, string, string][] = [
    [
      'ru 10038 in a comment quoting OSError',
      '# OSError: [WinError 10038] Сделана попытка выполнить операцию на объекте, не являющемся сокетом',
      '10038',
    ],
    [
      'ru 10035 in a quoted server log',
      '#ERROR - Server exception: [WinError 10035] Операция на незаблокированном сокете не может быть завершена немедленно',
      '10035',
    ],
    [
      'ru 10057, half left in English by Windows, as a dict key',
      '"[WinError 10057] Запрос на отправку или получение данных  (when sending on a datagram socket using a sendto call) no address was supplied":',
      '10057',
    ],
    [
      'pl 10053 in a test report',
      '- ❌ **Random query: 🎉🎊🎈 Random emojis with text...**: ERROR: [WinError 10053] Nawiązane połączenie zostało przerwane przez oprogramowanie zainstalowane w komputerze-hoście',
      '10053',
    ],
    [
      'hu 10053 from asyncio (GNS3 issue 758)',
      'ConnectionAbortedError: [WinError 10053] A felépített kapcsolatot az állomás szoftvere megszakította',
      '10053',
    ],
    [
      "sv 10048 after Go's bind:",
      '###  Error response from daemon: ports are not available: exposing port TCP 0.0.0.0:11434 -> 127.0.0.1:0: listen tcp 0.0.0.0:11434: bind: Normalt tillåts bara en användare för varje socketadress (protokoll/nätverkadress/port).',
      '10048',
    ],
    [
      'sv 10048 lower-cased by uvicorn on the next line',
      "ERROR:    [Errno 10048] error while attempting to bind on address ('127.0.0.1', 8000):\n          normalt tillåts bara en användare för varje socketadress (protokoll/nätverkadress/port)",
      '10048',
    ],
    [
      'pl 10048 from ollama serve',
      'Error: listen tcp 127.0.0.1:11434: bind: Tylko jedno użycie każdego adresu gniazda (protokół/adres sieciowy/port) jest normalnie dozwolone.',
      '10048',
    ],
    [
      "pl 10013 from az login, broken where Windows' message breaks",
      "Port '8400' is taken with error '[WinError 10013] Została podjęta próba uzyskania dostępu do gniazda w sposób zabroniony przez\nprzypisane do niego uprawnienia dostępu'. Trying with the next one",
      '10013',
    ],
    [
      "tr 11001 from Rust's resolver, line-wrapped",
      "indirme aktarımı başarısız: https://…/base-deps.zip: Dns Failed: resolve dns name\n    'github.com:443': Bilinen böyle bir ana bilgisayar yok. (os error 11001)",
      '11001',
    ],
    [
      'cs 10060 in a comment over its ErrorCode check',
      '//Pokus o připojení selhal, protože připojená strana v časovém intervalu řádně neodpověděla, nebo vytvořené připojení selhalo, protože neodpověděl připojený hostitel',
      '10060',
    ],
    [
      "ru 10014 in r_keeper's table of Winsock texts",
      '| 10014 | Система обнаружила недопустимый указатель адреса при попытке использовать в вызове аргумент указателя. |',
      '10014',
    ],
    [
      "ru 10040 in r_keeper's table of Winsock texts",
      '| 10040 | Сообщение, отправленное на сокет датаграмм, было больше, чем буфер внутренних сообщений или был превышен иной сетевой параметр. Также возможно, что буфер для принятия сообщения был меньше, чем размер сообщения. |',
      '10040',
    ],
  ];

  it.each(lines)('reads %s at high, with its number and without it', (_label, text, id) => {
    expect(highIds(text), JSON.stringify(detectErrors(text))).toEqual([id]);
    // Without the number and the exception's name only the text itself can name the error.
    const bare = text.replace(
      /\[(?:WinError|Errno) \d+\] |\(os error \d+\)|ConnectionAbortedError: |^\| \d+ \| /g,
      '',
    );
    expect(highIds(bare), JSON.stringify(detectErrors(bare))).toEqual([id]);
  });

  it('reads the texts known only from comments and tables at medium, and at high beside their number', () => {
    const weak: [string, string][] = [
      [
        'Socket client = new Socket(System.Net.Sockets.AddressFamily.InterNetwork, SocketType.Raw, ProtocolType.Icmp); //try //Additional information: Došlo k pokusu o přístup k soketu způsobem zakázaným jeho přístupovými oprávněními',
        '10013',
      ],
      [
        '| NU1301 „Żądana nazwa jest prawidłowa, ale dane żądanego typu nie zostały znalezione” (`nexus.global.lmco.com:443`) | stanowisko nie widzi nexusa – sprawdź sieć LM / VPN (`curl` poniżej) |',
        '11004',
      ],
      ['print("[ERR] Żądany adres jest nieprawidłowy w tym kontekście, spróbuj ponownie")', '10049'],
      [
        'System.Net.WebException: Det går inte att ansluta till fjärrservern ---> System.Net.Sockets.SocketException: Det gick inte att göra en anslutning eftersom måldatorn aktivt nekade det 107.161.152.223:5000',
        '10061',
      ],
      // Short, and a lock operation in ordinary Russian: kept at medium even in the table row.
      ['| 10036 | Сейчас выполняется операция блокировки. |', '10036'],
    ];
    for (const [line, id] of weak) {
      expect(
        detectErrors(line).map((f) => [f.id, f.confidence]),
        line,
      ).toEqual([[id, 'medium']]);
    }
    expect(
      highIds(
        '[WinError 10013] Došlo k pokusu o přístup k soketu způsobem zakázaným jeho přístupovými oprávněními',
      ),
    ).toEqual(['10013']);
    expect(
      highIds(
        'SocketException (11004): Żądana nazwa jest prawidłowa, ale dane żądanego typu nie zostały znalezione.',
      ),
    ).toEqual(['11004']);
  });
});

describe('detectErrors leaves ordinary prose in these languages alone', () => {
  const prose: [string, string][] = [
    ['ru', 'Сделана попытка выполнить обновление, операция на сервере завершена немедленно и без ошибок.'],
    ['pl', 'Połączenie zostało nawiązane, a oprogramowanie zainstalowane w komputerze działa poprawnie.'],
    ['sv', 'Normalt tillåts bara en användare per konto, men administratören kan ändra det.'],
    ['tr', 'Bilinen bir sorun yok; ana bilgisayar yeniden başlatıldı ve çalışıyor.'],
    ['hu', 'A kapcsolat létrejött, a szoftver frissítése megszakítás nélkül lefutott.'],
    ['cs', 'Došlo k chybě při ukládání souboru, zkuste to prosím znovu.'],
  ];

  it.each(prose)('finds nothing in %s prose that shares words with a Winsock text', (_lang, text) => {
    expect(anyIds(text)).toEqual([]);
  });
});
