import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines from push-notification and transactional-messaging clients on servers (APNs, FCM, Expo,
 * Gotify, ntfy, Pushover, SendGrid, Vonage, Mailjet), from real pastes of corpus round 159. One rule
 * was added: 'Connect timed out' with Node's timer frame (listOnTimeout) near is a library's own
 * deadline, not Java's connect timeout. The rest pin forms the round found already read or left alone.
 */
describe('detectErrors reads the socket errors push and messaging clients print', () => {
  it("reads node-apn's DEBUG log of a read ECONNRESET from the APNs gateway (node-apn/node-apn issue #183)", () => {
    const text =
      "Fri, 20 Jun 2014 09:39:59 GMT apn Socket error occurred 2 { [Error: read ECONNRESET] code: 'ECONNRESET', errno: 'ECONNRESET', syscall: 'read' }\nsocketErrorError: read ECONNRESET\nFri, 20 Jun 2014 09:39:59 GMT apn Raising error: { [Error: read ECONNRESET] code: 'ECONNRESET', errno: 'ECONNRESET', syscall: 'read' } null undefined\nFri, 20 Jun 2014 09:39:59 GMT apn Error occurred with trace: Error: read ECONNRESET\n    at errnoException (net.js:901:11)\n    at TCP.onread (net.js:556:19)";
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads apns2's timed-out DNS query for the APNs host as a temporary resolver failure (sideshow/apns2 issue #140)", () => {
    const text =
      'push Error:Post https://api.development.push.apple.com/3/device/4dc8efa9c46b0206c2e6e0dda6a1314c457704f897747ae1f7dffe4ef31a443b: dial tcp: lookup api.development.push.apple.com on 10.143.22.116:53: read udp 10.116.213.185:38055->10.143.22.116:53: i/o timeout';
    expect(highIds(text)).toEqual(['11002']);
  });

  it("reads rpush's Errno::ETIMEDOUT on connect(2) to the legacy gateway (rpush/rpush issue #191)", () => {
    const text =
      '[2015-08-20 15:42:06] [WARNING] [ios_app] Will retry 2 notifications after 2015-08-20 15:42:16 due to error (Rpush::Daemon::TcpConnectionError, Errno::ETIMEDOUT, Connection timed out - connect(2) for "17.110.226.26" port 2195)\n[2015-08-20 15:42:06] [ERROR] Rpush::Daemon::TcpConnectionError, Errno::ETIMEDOUT, Connection timed out - connect(2) for "17.110.226.26" port 2195';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads ApnsPHP's errno and text of a refused connect (immobiliare/ApnsPHP issue #20)", () => {
    const text = 'Failed to connect: 111 Connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Pushy's reset by peer on the APNs channel (jchambers/pushy issue #272)", () => {
    const text =
      '[nioEventLoopGroup-4-1] WARN com.relayrides.pushy.apns.ApnsClientHandler - APNs client pipeline caught an exception.\njava.io.IOException: Connection reset by peer\nat sun.nio.ch.FileDispatcherImpl.read0(Native Method)\nat sun.nio.ch.SocketDispatcher.read(SocketDispatcher.java:39)\nat sun.nio.ch.IOUtil.readIntoNativeBuffer(IOUtil.java:223)';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads expo-server-sdk's getaddrinfo EAI_AGAIN for exp.host (expo/expo issue #2454)", () => {
    const text =
      '{ FetchError: request to https://exp.host/--/api/v2/push/send failed, reason: getaddrinfo EAI_AGAIN exp.host:443';
    expect(highIds(text)).toEqual(['11002']);
  });

  it("reads Rust's os error 111 from Proxmox's Gotify target (LevantinLynx/gotify-to-ntfy-proxy issue #1)", () => {
    const text =
      'ERROR: could not notify via target `pve-gotify-to-ntfy-proxy`: could not notify via endpoint(s): pve-gotify-to-ntfy-proxy: http://192.168.1.180:8086/message: Connection Failed: Connect error: Connection refused (os error 111)';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Ruby's refused connect(2) from a Pushover channel (beefproject/beef pull #1458)", () => {
    const text =
      '[*] BeEF server started (press control+c to stop)\n[!] [Notifications] Pushover notification initialization failed: \'Failed to open TCP connection to api.pushover.net:443 (Connection refused - connect(2) for "api.pushover.net" port 443)\'';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads nexmo-node's socket hang up with code ECONNRESET (Vonage/vonage-node-sdk issue #160)", () => {
    const text =
      "error: { Error: socket hang up\n     at createHangUpError (_http_client.js:329:15)\n     at TLSSocket.socketOnEnd (_http_client.js:421:23)\n     at emitNone (events.js:110:20)\n     at TLSSocket.emit (events.js:207:7)\n     at endReadableNT (_stream_readable.js:1056:12)\n     at _combinedTickCallback (internal/process/next_tick.js:138:11)\n     at process._tickCallback (internal/process/next_tick.js:180:9) code: 'ECONNRESET' }";
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads node-mailjet's Unsuccessful wrapper around read ECONNRESET (mailjet/mailjet-apiv3-nodejs issue #247)", () => {
    const text =
      'Error: Unsuccessful: Error Code: "ECONNRESET" Message: "read ECONNRESET”\nOne time : Error: Unsuccessful: Error Code: "ECONNRESET" Message: "Client network socket disconnected before secure TLS connection was established"';
    expect(highIds(text)).toEqual(['10054']);
  });
});

describe("detectErrors leaves the push services' own words alone", () => {
  it("leaves node-apn's own Connect timed out timer alone (Meteor-Community-Packages/raix-push issue #200)", () => {
    const text =
      'Connect timed out stack:Error: Connect timed out\nat Connection. (/bundle/bundle/programs/server/npm/node_modules/meteor/raix_push/node_modules/apn/lib/connection.js:193:36)\nat Timer.listOnTimeout [as ontimeout] (timers.js:121:15)';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves Sygnal's 400 BadDeviceToken alone (matrix-org/sygnal issue #105)", () => {
    const text =
      '2020-04-17 10:05:35,415 [28411] INFO  sygnal.apnspushkin [1fc01ce6-285d-488c-91af-06dcacda7c66] Sending as APNs-ID bc6a234c-885d-445e-84f8-279f072d6cf6\n2020-04-17 10:05:36,030 [28411] WARNING sygnal.http [1fc01ce6-285d-488c-91af-06dcacda7c66] Failed to dispatch notification.\nTraceback (most recent call last):\n  File "/var/www/matrix_sygnal/sygnal/http.py", line 234, in _handle_dispatch\n    result = await pushkin.dispatch_notification(notif, d, context)\n  File "/var/www/matrix_sygnal/sygnal/apnspushkin.py", line 227, in dispatch_notification\n    log, span, device, shaved_payload, prio\n  File "/var/www/matrix_sygnal/sygnal/apnspushkin.py", line 185, in _dispatch_request\n    f"{response.status} {response.description}"\nsygnal.exceptions.NotificationDispatchException: 400 BadDeviceToken';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves Netty's GOAWAY and Pushy's stream-closed IOException alone (jchambers/pushy issue #878)", () => {
    const text =
      "[DEBUG] 2021-03-25 12:16:24.206 [nioEventLoopGroup-2-1] ApnsClientHandler - Received settings from APNs gateway: {=4096, =1000, =65535, =16384, =8000}\n[DEBUG] 2021-03-25 12:16:24.237 [nioEventLoopGroup-2-1] Http2ConnectionHandler - [id: 0x689c9907, L:/192.168.0.97:54313 - R:api.push.apple.com/17.188.182.78:443] Sent GOAWAY: lastStreamId '2147483647', errorCode '2', debugData ''. Forcing shutdown of the connection.\n[DEBUG] 2021-03-25 12:16:24.237 [WebContainer : 0] Log4j - [ZA1Rdw0R-Iq8lKgdBAWBti6] APNS push error: java.io.IOException: Stream closed before a reply was received";
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves firebase-admin's registration-token-not-registered alone (firebase/firebase-admin-python issue #180)", () => {
    const text =
      "{ Error: Requested entity was not found.\n    at FirebaseMessagingError.FirebaseError [as constructor] (/srv/node_modules/firebase-admin/lib/utils/error.js:42:28)\n    at FirebaseMessagingError.PrefixedFirebaseError [as constructor] (/srv/node_modules/firebase-admin/lib/utils/error.js:88:28)\n    at new FirebaseMessagingError (/srv/node_modules/firebase-admin/lib/utils/error.js:253:16)\n    at Function.FirebaseMessagingError.fromServerError (/srv/node_modules/firebase-admin/lib/utils/error.js:283:16)\n  errorInfo: \n   { code: 'messaging/registration-token-not-registered',\n     message: 'Requested entity was not found.' },\n  codePrefix: 'messaging' }";
    expect(anyIds(text)).toEqual([]);
  });

  it('leaves an HTTP/2 stream error with no errno alone (expo/expo issue #29860)', () => {
    const text =
      'FetchError: request to https://exp.host/--/api/v2/push/send failed, reason: error sending request for url (https://exp.host/--/api/v2/push/send): http2 error: stream error received: unspecific protocol error detected\n    at HttpsClientRequest.<anonymous> (file:///tmp/sb-compile-edge-runtime/node_modules/localhost/node-fetch/2.7.0/lib/index.js:1501:11)\n    at HttpsClientRequest.emit (ext:deno_node/_stream.mjs:1851:9)\n    at node:http:467:16\n    at eventLoopTick (ext:core/01_core.js:168:7) {\n  message: "request to https://exp.host/--/api/v2/push/send failed, reason: error sending request for url (https"... 104 more characters,\n  type: "system",\n  errno: undefined,\n  code: undefined\n}';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves Apprise's Connection error over a read timeout alone (caronc/apprise-api issue #282)", () => {
    const text =
      "2025-12-03 17:11:20,498 - WARNING - A Connection error occured sending 1 Signal API notification(s).\n2025-12-03 17:11:20,498 - DEBUG - Socket Exception: HTTPConnectionPool(host='myhost', port=8080): Read timed out. (read timeout=20.0)";
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves PushSharp's ConnectionError status alone (Redth/PushSharp issue #850)", () => {
    const text =
      'exception.Message is:\n`\nFailure: One or more errors occurred. -> {"aps":{"alert":"1234567890","badge":1,"sound":"default","category":"none"}}\n`\nand  exception.InnerException.Message is:\n`\nApns notification error: \'ConnectionError\'\n`';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves hyper's StreamResetError alone (Pr0Ger/PyAPNs2 issue #53)", () => {
    const text =
      '  File "//anaconda/envs/lyan/lib/python3.5/site-packages/hyper/http20/connection.py", line 546, in endheaders\n    stream = self._get_stream(stream_id)\n  File "//anaconda/envs/lyan/lib/python3.5/site-packages/hyper/http20/connection.py", line 289, in _get_stream\n    raise StreamResetError("Stream forcefully closed")\nhyper.http20.exceptions.StreamResetError: Stream forcefully closed';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves nodemailer's own Connection timeout alone (sendgrid/nodemailer-sendgrid-transport issue #30)", () => {
    const text = "error { [Error: Connection timeout] code: 'ETIMEDOUT', command: 'CONN' }";
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads Java's Connect timed out where no Node timer frame is near (aws/aws-sdk-java issue #2849)", () => {
    const text =
      '! java.net.SocketTimeoutException: Connect timed out\n! at java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:546)\n! at java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:597)';
    expect(highIds(text)).toEqual(['10060']);
  });
});
