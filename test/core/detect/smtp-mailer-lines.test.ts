import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from applications sending e-mail over SMTP (PHPMailer, Nodemailer, JavaMail, MailKit, Go mailers), from real pastes of corpus round 179. */
describe("detectErrors sets aside go-simple-mail's own connect deadline", () => {
  it('finds nothing in its ConnectTimeout message after an EOF at the greeting (xhit/go-simple-mail issue #115)', () => {
    const text = 'exception:` Mail Error on smtp dial: EOF`\n\n`Mail Error: SMTP Connection timed out`';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads Go's dial timeout to an SMTP port (gophish/gophish issue #1360)", () => {
    expect(highIds(' "dial tcp 74.125.133.108:587: i/o timeout"')).toEqual(['10060']);
  });

  it("still reads the OS's connection timed out after Go's dial (tinode/chat issue #213)", () => {
    const text = 'SMTP error email@gmail.com dial tcp 64.233.167.108:587 connect: connection timed out';
    expect(highIds(text)).toEqual(['10060']);
  });
});

describe("detectErrors reads German Windows' unreachable-network text", () => {
  it('finds WSAENETUNREACH in MailKit on German Windows, not at high without its number (jstedfast/MailKit issue #434)', () => {
    const text =
      '{System.Net.Internals.SocketExceptionFactory+ExtendedSocketException: Ein Socketvorgang bezog sich auf ein nicht verfügbares Netzwerk 0.0.0.123:123\n   at System.Net.Sockets.Socket.DoConnect(EndPoint endPointSnapshot, SocketAddress socketAddress)';
    expect(anyIds(text)).toEqual(['10051']);
    expect(highIds(text)).toEqual([]);
  });

  it("still reads German Windows' refusal text at high (jstedfast/MailKit issue #782)", () => {
    const text =
      '  Message=Es konnte keine Verbindung hergestellt werden, da der Zielcomputer die Verbindung verweigerte\n   at System.Net.Sockets.Socket.EndConnect(IAsyncResult asyncResult)';
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe("detectErrors reads the mailers' connect failures by the OS error they carry", () => {
  it("reads PHPMailer's Connection refused (111) (PHPMailer/PHPMailer issue #628)", () => {
    const text =
      'SMTP ERROR: Failed to connect to server: Connection refused (111)\nSMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads PHPMailer's Permission denied (13) from connect as 10013 (PHPMailer/PHPMailer issue #2215)", () => {
    const text =
      '2020-12-06 09:56:04 Connection failed. Error #2: stream_socket_client(): unable to connect to smtp.gmail.com:587 (Permission denied) [/var/www/html/vendor/phpmailer/phpmailer/src/SMTP.php line 375]\n2020-12-06 09:56:04 SMTP ERROR: Failed to connect to server: Permission denied (13)';
    expect(highIds(text)).toEqual(['10013']);
  });

  it("reads Nodemailer's wrapped OS timeout by its errno and syscall (nodemailer/nodemailer issue #1365)", () => {
    const text =
      "{\n  errno: 'ETIMEDOUT',\n  code: 'ESOCKET',\n  syscall: 'connect',\n  address: '151.106.116.107',\n  port: 465,\n  command: 'CONN'\n}";
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads libuv's -3008 alone as host not found (nodemailer/nodemailer issue #1153)", () => {
    const text =
      '"error": {\n    "errno":-3008,\n    "code":"EDNS",\n    "syscall":"getaddrinfo",\n    "hostname":"smtp.mail.ru,",\n    "command":"CONN"\n}';
    expect(highIds(text)).toEqual(['11001']);
  });
});

describe('detectErrors finds nothing in SMTP replies, TLS failures and mailer deadlines', () => {
  it("finds nothing in Nodemailer's greeting timer (nodemailer/nodemailer-amqp-example issue #1)", () => {
    const text =
      "{ Error: Greeting never received\n    at Timeout._greetingTimeout.setTimeout (/Users/karan.thanvi/Desktop/testtest/2/node_modules/nodemailer/lib/smtp-connection/index.js:520:22)\n    at ontimeout (timers.js:482:11)\n    at tryOnTimeout (timers.js:317:5)\n    at Timer.listOnTimeout (timers.js:277:5) code: 'ETIMEDOUT', command: 'CO";
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in IO::Socket::SSL's 'SSL connect attempt failed' (mludvig/smtp-cli issue #14)", () => {
    const text =
      '    687 SSL/TLS: SSL connect attempt failed error:1408F10B:SSL routines:ssl3_get_record:wrong version number';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in net-smtp's open timeout (yegor256/mailanes issue #95)", () => {
    const text =
      "Timeout::Error: execution expired\n  from net/smtp.rb:539:in `initialize'\n  from net/smtp.rb:539:in `open'\n  from net/smtp.rb:539:in `tcp_socket'";
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Symfony Mailer's relay refusal (leconfe/leconfe issue #135)", () => {
    const text =
      'production.ERROR: Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Relaying denied".';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in SES's quota reply through Net::SMTP (EFForg/action-center-platform issue #874)", () => {
    const text =
      '<name>Net::SMTPServerBusy</name> <message>454 Throttling failure: Daily message quota exceeded. </message>';
    expect(anyIds(text)).toEqual([]);
  });
});
