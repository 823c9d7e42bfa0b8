import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

/**
 * Windows' Winsock texts in German, French, Spanish and Portuguese (Brazil) listed in
 * localized-messages.json, each inside the real line it was found in (its `seenAs`; the label names the
 * public-code index id). With the number on the line the finding is high; the same line with the number
 * taken out shows that the text itself is read, at high for texts seen next to their code and at medium
 * for the short everyday ones and the one known only without its number.
 */
const lines: [string, string, string][] = [
  [
    'de 10038 (comment, id 29347406009)',
    '# this prevents *[WinError 10038] Ein Vorgang bezog sich auf ein Objekt, das kein Socket ist*',
    '10038',
  ],
  [
    'de 10057 (Rust io::Error, id 42170847438)',
    'Error: TransportError(IoError(Os { code: 10057, kind: NotConnected, message: "Eine Anforderung zum Senden oder Empfangen von Daten wurde verhindert, da der Socket nicht verbunden ist und (beim Senden über einen Datagrammsocket mit einem sendto-Aufruf) keine Adresse angegeben wurde." }))',
    '10057',
  ],
  [
    'fr 10057 (traceback, id 29719777372)',
    'OSError: [WinError 10057] Une requête d’envoi ou de réception de données n’a pas été autorisée car le socket n’est pas connecté et (lors de l’envoi sur un socket datagramme en utilisant un appel sendto) aucune adresse n’a été fournie',
    '10057',
  ],
  [
    'fr 10038 (comment, id 34556801615)',
    '# "OSError: [WinError 10038] Une opération a été tentée sur autre chose qu’un socket"',
    '10038',
  ],
  [
    'fr 10055 (traceback, id 25744352504)',
    'OSError: [WinError 10055] Une opération sur un socket n’a pas pu être effectuée car le système ne disposait pas de suffisamment d’espace dans la mémoire tampon ou parce que la file d’attente était saturée',
    '10055',
  ],
  [
    'es 10035 (printed error, id 1741052978)',
    '[WinError 10035] No se puede completar de forma inmediata una operación de desbloqueo de socket',
    '10035',
  ],
  [
    'es 10038 (comment, id 9785876654)',
    'if e.errno == 10038:  # WinError 10038: Se intentó realizar una operación en un elemento que no es un socket',
    '10038',
  ],
  [
    'pt-BR 10038 (comment, id 42652928725)',
    'except socket.error as e:  #estou caindo aqui na segunda execução: "[WinError 10038] Foi tentada uma operação em algum item que não é um soquete"',
    '10038',
  ],
  [
    'pt-BR 10035 (docstring with its line wrap, id 70543248546)',
    'No Windows, vários pedidos ao mesmo tempo podem dar "[WinError 10035] Uma operação de\n    soquete sem bloqueio não pôde ser concluída imediatamente". É passageiro: esperar um',
    '10035',
  ],
  [
    'pt-BR 10040 (comparison, id 37903363358)',
    "if(str(e) != '[WinError 10040] Uma mensagem enviada em um soquete de datagrama era maior do que o buffer de mensagens internas ou excedia algum outro limite da rede, ou o buffer usado para receber um datagrama era menor do que o próprio datagrama'):",
    '10040',
  ],
];

/** The number a line carries, in the three shapes above: Python's, a comment's and Rust's. */
function withoutCode(line: string): string {
  return line.replaceAll(/\[?WinError \d+\]?:? |code: \d+, |e\.errno == \d+/g, '');
}

describe('Windows texts in German, French, Spanish and Portuguese (Brazil) as they were pasted', () => {
  it.each(lines)('reads %s at high with its number', (_label, line, id) => {
    expect(highIds(line), JSON.stringify(detectErrors(line))).toEqual([id]);
  });

  it.each(lines)('reads %s at high from the text alone once the number is taken out', (_label, line, id) => {
    const text = withoutCode(line);
    expect(text).not.toMatch(/100\d\d/);
    expect(highIds(text), JSON.stringify(detectErrors(text))).toEqual([id]);
  });

  it("reads Go's pt-BR buffer-space text after 'bind:' at high with no number on the line (id 17428048812)", () => {
    const line =
      'dial tcp 54.173.157.148:3000: bind: Uma operação em um soquete não pôde ser executada porque o sistema não tinha espaço suficiente no buffer ou porque uma fila estava cheia.';
    expect(highIds(line)).toEqual(['10055']);
  });
});

describe('the short everyday invalid-argument texts stay at medium on their own', () => {
  const generic: [string, string][] = [
    [
      'es .NET (id 29640711488)',
      '///INNER EXCEPTION: System.Net.Sockets.SocketException(10022): Se ha proporcionado un argumento no válido.',
    ],
    [
      'pt-BR uvicorn (id 55794188970)',
      'ERROR: Traceback ... OSError: [WinError 10022] Foi fornecido um argumento inválido',
    ],
  ];

  it.each(generic)('reads %s at high next to 10022', (_label, line) => {
    expect(highIds(line)).toEqual(['10022']);
  });

  it.each(generic)('reads %s at medium once the number is gone', (_label, line) => {
    const text = line.replace(/.*\) ?: |.*\] /, '');
    expect(detectErrors(text).map((f) => [f.id, f.confidence])).toEqual([['10022', 'medium']]);
  });

  it("reads pt-BR's 11004 text, seen only in a README without its number, at medium", () => {
    const line =
      '**ERRO: "O nome solicitado é válido, mas não foram encontrados dados do tipo solicitado" (DNS)**';
    expect(detectErrors(line).map((f) => [f.id, f.confidence])).toEqual([['11004', 'medium']]);
    expect(highIds(`SocketException (11004): ${line}`)).toEqual(['11004']);
  });
});

describe('prose in these languages that shares words with the texts is left alone', () => {
  const prose: [string, string][] = [
    ['es', 'Si el socket no está conectado, el cliente vuelve a intentar la operación más tarde.'],
    ['es', 'No se puede completar de forma inmediata la compra; inténtelo de nuevo.'],
    ['de', 'Der Socket wird geschlossen, sobald der Vorgang bezogen auf das Objekt abgeschlossen ist.'],
    ['fr', 'Une opération a été tentée sur le serveur de test hier soir, sans succès.'],
    ['pt-BR', 'Uma operação de manutenção foi feita no servidor e a fila estava cheia de pedidos.'],
    ['it', 'La richiesta di invio dei dati è stata annullata dall’utente prima della connessione.'],
    ['nl', 'De verbinding met de server werd gisteren verbroken voor gepland onderhoud.'],
  ];

  it.each(prose)('finds nothing in %s prose: %s', (_lang, text) => {
    expect(anyIds(text)).toEqual([]);
  });
});
