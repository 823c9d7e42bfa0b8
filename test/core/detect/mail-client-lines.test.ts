import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from e-mail clients and servers, from real pastes of corpus round 41. */
describe("detectErrors ignores Nodemailer's own deadlines", () => {
  it("reads no ETIMEDOUT in 'Greeting never received' (nodemailer/nodemailer issue #535)", () => {
    expect(anyIds("[Error: Greeting never received] code: 'ETIMEDOUT'")).toEqual([]);
  });

  it('reads no ETIMEDOUT when old versions set errno too (Marak/node_mailer issue #77)', () => {
    expect(anyIds("{ [Error: Greeting never received] code: 'ETIMEDOUT', errno: 'ETIMEDOUT' }")).toEqual([]);
  });

  it("reads no ETIMEDOUT in its 'Connection timeout' (nodemailer/nodemailer issue #473)", () => {
    expect(anyIds("{ [Error: Connection timeout] code: 'ETIMEDOUT' }")).toEqual([]);
  });

  it('reads no ETIMEDOUT below a greeting timer stack (nodemailer/nodemailer issue #1595)', () => {
    const text = [
      'Error: Greeting never received',
      '    at SMTPConnection._formatError (/usr/src/app/node_modules/nodemailer/lib/smtp-connection/index.js:774:19)',
      '    at SMTPConnection._onError (/usr/src/app/node_modules/nodemailer/lib/smtp-connection/index.js:760:20)',
      '    at Timeout.<anonymous> (/usr/src/app/node_modules/nodemailer/lib/smtp-connection/index.js:694:22)',
      '    at listOnTimeout (node:internal/timers:559:17)',
      '    at processTimers (node:internal/timers:502:7) {',
      "  code: 'ETIMEDOUT',",
      "  command: 'CONN'",
      '}',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads the OS's connect ETIMEDOUT that Nodemailer wraps (nodemailer/nodemailer issue #955)", () => {
    const text = [
      '{ Error: connect ETIMEDOUT 173.194.76.108:465',
      '    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1198:14)',
      "  code: 'ECONNECTION',",
      "  errno: 'ETIMEDOUT',",
      "  syscall: 'connect',",
      "  command: 'CONN' }",
    ].join('\n');
    expect(highIds(text)).toEqual(['10060']);
  });
});

describe("detectErrors ignores dart:io's own connect deadline", () => {
  it("reads no ETIMEDOUT in 'Connection timed out, host: …, port: …' (dart-mailer/mailer issue #196)", () => {
    const text =
      'Unhandled Exception: SocketException: Connection timed out, host: smtp.gmail.com, port: 587';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads the OS's ETIMEDOUT that dart:io quotes with its errno", () => {
    const text =
      'SocketException: OS Error: Connection timed out, errno = 110, address = smtp.gmail.com, port = 45678';
    expect(highIds(text)).toEqual(['10060']);
  });
});

describe("detectErrors ignores Mimecast's SMTP 451 reply", () => {
  it("reads no EAGAIN in '451 Internal resource temporarily unavailable' (tianon/dockerfiles issue #96)", () => {
    const text = [
      '  308 Connecting to us-smtp-inbound-1.mimecast.com [205.139.110.242]:25 ... connected',
      '  308   SMTP<< 451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 [XXXXX]',
      '  308 LOG: MAIN',
      '  308   H=us-smtp-inbound-1.mimecast.com [205.139.110.242]: SMTP error from remote mail server after RCPT TO:<XXXXX@redhat.com>: 451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 [XXXXX]',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads the OS's EAGAIN text after a socket call", () => {
    const text =
      'connect() to unix:/run/php/php-fpm.sock failed (11: Resource temporarily unavailable) while connecting to upstream';
    expect(highIds(text)).toEqual(['EAGAIN']);
  });
});

describe("detectErrors ignores EACCES on Dovecot's Unix socket files", () => {
  it('reads no error in net_connect_unix() refused by the file mode (postfixadmin/postfixadmin issue #728)', () => {
    const text =
      '[02-May-2023 04:29:30 UTC] Failed to read password from /usr/bin/doveadm pw -r 5 ... stderr: doveadm(emerge3d): Error: net_connect_unix(/var/run/dovecot/stats-writer) failed: Permission denied';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads Dovecot's refused Unix socket as ECONNREFUSED (grosjo/fts-xapian issue #58)", () => {
    const text =
      'Error: auth-master: userdb list: connect(/var/run/dovecot/auth-userdb) failed: Connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });
});
