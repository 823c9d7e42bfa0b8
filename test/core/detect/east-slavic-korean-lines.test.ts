import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors } from '../../helpers/detect.js';

/** Each finding as `[id, confidence]`, to pin how sure the detector is. */
const levels = (text: string) => detectErrors(text).map((f) => [f.id, f.confidence]);

/**
 * Round 223: socket errors pasted by Russian-, Ukrainian- and Korean-speaking developers. glibc's
 * translations write some short texts with a typographic apostrophe (uk `Вузол розірвав з’єднання`,
 * ca `S’ha refusat la connexió`, libc.mo of libc-l10n 2.36 and glibc's po files today), and the
 * Russian and Ukrainian texts of ENOTCONN and EISCONN differ in one word only.
 */
describe('Russian, Ukrainian and Korean socket texts', () => {
  it('reads a short glibc translation written with a typographic apostrophe, as printed and as a chat makes it plain', () => {
    // uk ECONNRESET, after curl's and a read call's words.
    expect(levels('curl: (56) Recv failure: Вузол розірвав з’єднання')).toEqual([['10054', 'high']]);
    expect(levels("curl: (56) Recv failure: Вузол розірвав з'єднання")).toEqual([['10054', 'high']]);
    expect(levels('read: Вузол розірвав з’єднання')).toEqual([['10054', 'high']]);
    // ca ECONNREFUSED as Java prints strerror (compared in public code, ids 1803337736, 65925914442).
    expect(levels('java.net.ConnectException: S’ha refusat la connexió')).toEqual([['10061', 'high']]);
    // An application's own Ukrainian words around the same verb are no glibc text.
    expect(
      anyIds('Сервер розірвав з’єднання під час завантаження. Перезапустіть backend і спробуйте ще раз.'),
    ).toEqual([]);
  });

  it('reads the Russian and Ukrainian ENOTCONN texts as ENOTCONN, not as the EISCONN text one word away', () => {
    expect(levels('send: Конечная точка передачи не подсоединена')).toEqual([['10057', 'high']]);
    expect(levels('send: Кінцеву точку передавання не з’єднано')).toEqual([['10057', 'high']]);
    // EISCONN itself is still read.
    expect(levels('connect: Конечная точка передачи уже подсоединена')).toEqual([['10056', 'high']]);
    expect(levels('connect: Кінцеву точку передавання вже з’єднано')).toEqual([['10056', 'high']]);
  });

  it('reads the round’s Russian and Korean Windows texts under .NET, mysqlnd and Python at high', () => {
    // .NET's HttpRequestException with the Russian WSAHOST_NOT_FOUND text (c223-001).
    expect(
      levels('[BUG] System.Net.Http.HttpRequestException: Этот хост неизвестен. (setup.rbxcdn.com:80)'),
    ).toEqual([['11001', 'high']]);
    // mysqlnd drops the Russian 10061 text's final full stop (c223-018).
    expect(
      levels(
        'Message: mysqli::real_connect(): (HY000/2002): Подключение не установлено, т.к. конечный компьютер отверг запрос на подключение',
      ),
    ).toEqual([['10061', 'high']]);
    // The Korean 10060 text with a space a console wrap left inside a word, as an issue title (c223-010).
    expect(
      levels(
        '[WinError 10060] 연결된 구성원으로부터 응답이 없어 연결하 지 못했거나, 호스트로부터 응답이 없어 연결이 끊어졌습니다',
      ),
    ).toEqual([['10060', 'high']]);
  });

  it('reads no socket error in Russian and Korean texts about files, pipes and own deadlines', () => {
    // Windows' Russian ERROR_ACCESS_DENIED equals glibc's ru EACCES text (c223-024).
    expect(anyIds('PermissionError: [WinError 5] Отказано в доступе')).toEqual([]);
    // .NET Framework's own request deadline in Russian (c223-014).
    expect(
      anyIds(
        '---> (Внутреннее исключение #0) System.Net.WebException: Время ожидания операции истекло\n   в System.Net.WebClient.DownloadDataInternal(Uri address, WebRequest& request)',
      ),
    ).toEqual([]);
    // OpenSSH's EOF and cmd's Korean pipe message (c223-004).
    expect(
      anyIds(
        '[15:58:10.198] > kex_exchange_identification: Connection closed by remote host\n프로세스에서 없는 파이프에 쓰려고 했습니다.',
      ),
    ).toEqual([]);
  });
});
