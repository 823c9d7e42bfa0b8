import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

/** Each finding as `[id, confidence]`, to pin how sure the detector is. */
const levels = (text: string) => detectErrors(text).map((f) => [f.id, f.confidence]);

/** The OpenSSH client's own lines, from real pastes of corpus round 9 (`test/fixtures/corpus/round9.jsonl`). */
describe("detectErrors reads the OpenSSH client's lines", () => {
  it("reads 'client_loop: send disconnect: Broken pipe' as EPIPE on the ssh connection", () => {
    // six2dez/reconftw issue #167, pymumu/jail-shell issue #24 (c9-085, c9-087).
    expect(highIds(' LFI checks \nclient_loop: send disconnect: Broken pipe')).toEqual(['EPIPE']);
    expect(
      highIds(
        "[root@k8s-master02 jail-shell]# ssh test1@127.0.0.1\ntest1@127.0.0.1's password:\nclient_loop: send disconnect: Broken pipe",
      ),
    ).toEqual(['EPIPE']);
  });

  it("reads OpenSSH's older 'Write failed: Broken pipe' as EPIPE, alone or under its debug lines (c9-095)", () => {
    // OpenSSH before 7.x: packet_write_wait() logs "Write failed: %.100s" with strerror(errno) when a
    // write to the session's socket fails; a title or a one-line paste often holds only that line.
    expect(levels('Write failed: Broken pipe')).toEqual([['EPIPE', 'high']]);
    expect(
      levels(
        'debug1: Requesting no-more-sessions@openssh.com\ndebug1: Entering interactive session.\nWrite failed: Broken pipe',
      ),
    ).toEqual([['EPIPE', 'high']]);
    // Other programs write the words otherwise: lower case, or a file's or a pipe's name before them.
    expect(anyIds('pipe write failed: broken pipe')).toEqual([]);
    expect(anyIds('log_info("Write failed: broken pipe.");')).toEqual([]);
    expect(anyIds('yes | head -1\nyes: standard output: Broken pipe')).toEqual([]);
  });

  it('gives a retyped line without client_loop no auto-reply', () => {
    expect(highIds('the app said: send disconnect: Broken pipe')).toEqual([]);
  });

  it("still reads 'client_loop: send disconnect: Connection reset by peer' as a reset", () => {
    expect(highIds('client_loop: send disconnect: Connection reset by peer')).toEqual(['10054']);
  });

  it("ignores 'Connection timed out during banner exchange', ssh's own deadline after the TCP connect", () => {
    // pry0cc/axiom issue #618, microsoft/vscode-remote-release issue #6624 (c9-096, c9-099).
    const text =
      'Connection timed out during banner exchange\nConnection to 45.79.146.115 port 2266 timed out\n' +
      'Connection timed out during banner exchange\nConnection to 45.79.146.46 port 2266 timed out';
    expect(anyIds(text)).toEqual([]);
    expect(
      anyIds(
        'fatal: [app54545]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: Connection timed out during banner exchange\\r\\n", "unreachable": true}',
      ),
    ).toEqual([]);
  });

  it('still reads the connect timeout ssh prints before any banner', () => {
    expect(highIds('ssh: connect to host 13.117.152.31 port 22: Connection timed out')).toEqual(['10060']);
  });
  it("ignores 'Permission denied (publickey)', ssh's refused login after the connection was made", () => {
    // carsonmcdonald/Python-Flask-neo4j-Heroku-Example issue #2 (c9-105): 'connecting' is near.
    const text =
      "Are you sure you want to continue connecting (yes/no)? y\nWarning: Permanently added 'github.com,192.30.253.112' (RSA) to the list of known hosts.\nPermission denied (publickey).\nfatal: Could not read from remote repository.";
    expect(anyIds(text)).toEqual([]);
    expect(
      anyIds('deploy@10.0.0.7: Permission denied (publickey,gssapi-keyex,gssapi-with-mic,password).'),
    ).toEqual([]);
  });

  it("ignores ssh's password retry 'Permission denied, please try again.'", () => {
    // antoniomika/sish issue #270 (c9-111): the server's close line brings socket words near.
    const text =
      "account_name@ssi.sh's password: \nPermission denied, please try again.\naccount_name@ssi.sh's password: \nConnection closed by 199.241.136.212 port 22";
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads a socket call's 'Permission denied' as an access error", () => {
    expect(highIds('connect() failed: Permission denied')).toEqual(['10013']);
  });
});
