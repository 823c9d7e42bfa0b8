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
});
