import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Socket errors pasted from Russian-language systems (Windows' Russian Winsock texts under .NET, Java NIO,
 * Python and 1C's rac; 1C:Enterprise's DataExchangeTcpClientImpl line; Delphi Indy), from real pastes of
 * corpus round 144. No rule was added for the round; these pin the forms the rules already read, and the
 * Russian HTTP, license and timeout texts around them that they must leave alone.
 */
describe('detectErrors reads the socket errors Russian-language systems print', () => {
  it("reads .NET's SocketException (10054) with Winsock's Russian text and its doubled full stop (c144-001)", () => {
    const text =
      ' ---> System.IO.IOException: Unable to read data from the transport connection: Удаленный хост принудительно разорвал существующее подключение..\n ---> System.Net.Sockets.SocketException (10054): Удаленный хост принудительно разорвал существующее подключение.';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads Java NIO's IOException carrying the Russian text with no number (c144-002)", () => {
    const text =
      'java.io.IOException: Удаленный хост принудительно разорвал существующее подключение\n    at sun.nio.ch.SocketDispatcher.read0(SocketDispatcher.java)\n    at sun.nio.ch.SocketDispatcher.read(SocketDispatcher.java:43)';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads urllib's URLError around [WinError 10061] in Russian (c144-004)", () => {
    const text =
      '<urlopen error [WinError 10061] Подключение не установлено, т.к. конечный компьютер отверг запрос на подключение>';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads 1C rac's connect failure with Winsock 10060's Russian text on the next line (c144-006)", () => {
    const text =
      'ПРЕДУПРЕЖДЕНИЕ - Получен ненулевой код возврата -1: Ошибка соединения с сервером\nПопытка установить соединение была безуспешной, т.к. от другого компьютера за требуемое время не получен нужный отклик, или было разорвано уже установленное соединение из-за неверного отклика уже подключенного компьютера';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads 1C:Enterprise's descr=104(0x00000068) from a Linux server as a reset (c144-007)", () => {
    const text =
      '<br> server_addr=tcp://****:1560 descr=104(0x00000068): Connection reset by peer line=1562 file=./src/DataExchangeTcpClientImpl.cpp</body></html>';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads Delphi Indy's Socket Error # 10054 inside a Russian message (c144-008)", () => {
    const text =
      'EIdSocketError ошибка сети: Socket Error # 10054\nConnection reset by peer. при отправке данных на адрес https://auth.mail.ru/cgi-bin/auth?lang=ru_RU&from=authpopup';
    expect(highIds(text)).toEqual(['10054']);
  });
});

describe('detectErrors leaves Russian HTTP, license and timeout texts alone', () => {
  it("leaves an application's own 'Время ожидания истекло', which is not glibc's ETIMEDOUT (c144-011)", () => {
    const text =
      'На длинных загружаемых списках (условно Пушкин) часто возникает ошибка "Время ожидания истекло".';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves .NET's Russian text for HTTP 401 (c144-022, c144-023)", () => {
    expect(anyIds('Message = "Удаленный сервер возвратил ошибку: (401) Несанкционированный."')).toEqual([]);
  });

  it("leaves 1C's license error next to the HASP TCP/IP settings (c144-016)", () => {
    const text =
      'Команда gitsync [Ошибка: Не найдена лицензия. Не обнаружен ключ защиты программы или полученная программная лицензия!]\n\n[NH_TCPIP]\nNH_SERVER_ADDR = 192.168.10.247, 192.168.10.36, 192.168.10.184\nNH_TCPIP_METHOD = TCP';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves 1C's network-interaction message with connections in SYN_SENT but no OS error (c144-024)", () => {
    const text =
      'Иногда возникает ошибка "Ошибка сетевого взаимодействия при вызове"\nВ момент проявления проблемы в консоли выполняю netstat -ano и вижу, что tcp соединения в статусе SYN_SENT';
    expect(anyIds(text)).toEqual([]);
  });

  it('leaves uvicorn access lines with HTTP 400 and 406 under Russian connect-attempt headings (c144-013)', () => {
    const text =
      '[2026-03-22 11:38:56] — Попытка подключения (POST)\nINFO: 172.17.0.1:50588 - "POST /mcp HTTP/1.1" 400 Bad Request \n[2026-03-22 11:39:09] — Попытка подключения (GET)\nINFO: 127.0.0.1:40846 - "GET /mcp HTTP/1.1" 406 Not Acceptable ';
    expect(anyIds(text)).toEqual([]);
  });
});
