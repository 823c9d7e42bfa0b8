import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Error texts in languages the corpus has few of (Russian, Turkish, Portuguese, Indonesian prose), from
 * real pastes of corpus round 110. No rule was added for the round; these pin the forms the rules already
 * read, in both directions: Windows' localized Winsock texts inside a runtime's English framing or quoted
 * in prose, and localized file and access errors, prose about dropped connections and a browser heading
 * that name no socket error.
 */
describe('detectErrors reads localized Winsock texts as users paste them', () => {
  it("reads the ru text of 10054 inside .NET's English IOException and SocketException (c110-001)", () => {
    const text =
      'Удаленный хост принудительно разорвал существующее подключение.\nSystem.Reflection.TargetInvocationException: Exception has been thrown by the target of an invocation.\n ---> System.AggregateException: One or more errors occurred. (Error while copying content to a stream.)\n ---> System.Net.Http.HttpRequestException: Error while copying content to a stream.\n ---> System.IO.IOException: Unable to read data from the transport connection: Удаленный хост принудительно разорвал существующее подключение..\n ---> System.Net.Sockets.SocketException (10054): Удаленный хост принудительно разорвал существующее подключение.';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads the Turkish text of 10054 quoted in prose, with the user's own English gloss after it (c110-003)", () => {
    const text =
      '"Varolan bir bağlantı uzaktaki bir ana bilgisayar tarafından zorla kapatıldı." Means : "An existing connection was forcibly closed by a remote host."';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads libpq's refusal with its hex and Winsock number under an Indonesian title (c110-005)", () => {
    const text =
      'Koneksi ke server postgres ditolak.\n\nSaya sudah melakukan pull ke lokal. Muncul error 👍 \nIlluminate \\ Database \\ QueryException (7)\nSQLSTATE[08006] [7] could not connect to server: Connection refused (0x0000274D/10061)';
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe('detectErrors leaves localized texts that are no socket error alone', () => {
  it("leaves Windows' pt-BR file-not-found text in a Win32Exception alone, damaged letter and all (c110-015)", () => {
    const text =
      'Falha no instalador GoLiveBypass: O sistema n�o pode encontrar o arquivo especificado\n\n**Descrição:**\n\nO sistema n�o pode encontrar o arquivo especificado\n\n--- logs ---\n\nexcecao: System.ComponentModel.Win32Exception\nframe: em Microsoft.PowerShell.Commands.InternalSymbolicLinkLinkCodeMethods.IsReparsePointLikeSymlink(FileSystemInfo fileInfo)\nlinha do script: 706: $deep = Get-ChildItem -LiteralPath $env:USERPROFILE -Directory -Recurse -Depth 3 -ErrorAction SilentlyContinue |';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves 'Acesso negado' with .NET's UnauthorizedAccessException alone (c110-014)", () => {
    const text =
      'Falha no instalador GoLiveBypass: Acesso negado\n\n**Descrição:**\n\nAcesso negado\n\n--- logs ---\n\nexcecao: System.UnauthorizedAccessException\nframe: em Microsoft.PowerShell.Commands.FileSystemProvider.ItemExists(String path, ErrorRecord& error)';
    expect(anyIds(text)).toEqual([]);
  });

  it('leaves a Turkish hint for errno 13 on a file alone (c110-010)', () => {
    expect(
      anyIds(
        '[Error 13] İzin reddedildi. Gerekli izinlere sahip olmadan bir dosyaya / dizine erişmeye çalışıyorsunuz. Muhtemelen config.yaml dosyanızdaki çizim klasörlerinden birinde bir sorun vardır.',
      ),
    ).toEqual([]);
  });

  it('leaves Turkish prose about a dropped connection alone (c110-007)', () => {
    expect(anyIds('[HATA] SplitWire WireSock Bağlantı bir anda kopuyor')).toEqual([]);
  });

  it("leaves a browser's Russian 'no internet connection' heading without a code alone (c110-009)", () => {
    expect(
      anyIds(
        'Нет подключения к интернету\n\nСобственно выдаёт такую надпись при попытке загрузить любой из заблокированных сайтов',
      ),
    ).toEqual([]);
  });

  it("keeps Node's EACCES description of a file access below auto-reply (c110-012)", () => {
    expect(
      highIds(
        '[Common System Errors] - EACCES\n\n**Permission denied** : An attempt was made to access a file in a way forbidden by its file access permissions.\n\n**Solução** : Você está tentando acessar diretório ou arquivo sem que haja permissão para isso, diretório XXX\nusuário (rodando node) XXX',
      ),
    ).toEqual([]);
  });
});
