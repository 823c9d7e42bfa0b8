import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Android apps and cross-platform mobile frameworks as developers paste logcat and crash reports: libcore,
 * OkHttp and Retrofit, Volley, Firebase, Flutter, Xamarin, Expo, Cordova and adb (corpus round 167). No rule
 * was added for the round; these pin its forms in both directions, so a later rule that reads a policy
 * refusal, StrictMode, TLS or a client's own deadline as a socket error fails here.
 */
describe("the OS error under an Android client's wrapper is read", () => {
  it("reads libcore's ErrnoException text in logcat and under Volley (c167-003, c167-011, c167-012)", () => {
    expect(
      highIds(
        'D/WebSocket( 6170): Caused by: android.system.ErrnoException: connect failed: ECONNREFUSED (Connection refused)',
      ),
    ).toEqual(['10061']);
    expect(
      highIds('java.net.SocketException: recvfrom failed: ECONNRESET (Connection reset by peer)'),
    ).toEqual(['10054']);
    expect(
      highIds(
        '{"statusCode":"com.android.volley.NoConnectionError: java.net.SocketException: socket failed: errno 64 (Machine is not on the network)"}',
      ),
    ).toEqual(['ENONET']);
  });

  it("reads the EAI_NODATA text behind OkHttp's logging interceptor and gRPC's UNAVAILABLE (c167-019, c167-049)", () => {
    expect(
      highIds(
        '> D/OkHttp: <-- HTTP FAILED: java.net.UnknownHostException: Unable to resolve host "api.themoviedb.org": No address associated with hostname',
      ),
    ).toEqual(['11004']);
    expect(
      highIds(
        'W Firestore: (22.1.2) [WatchStream]: (5d02088) Stream closed with status: d1{code=UNAVAILABLE, description=Unable to resolve host firestore.googleapis.com, cause=java.lang.RuntimeException: java.net.UnknownHostException: Unable to resolve host "firestore.googleapis.com": No address associated with hostname',
      ),
    ).toEqual(['11004']);
  });

  it('reads ENETUNREACH after the local address libcore now prints (c167-048)', () => {
    expect(
      highIds(
        'cause=java.net.ConnectException: failed to connect to firestore.googleapis.com/142.250.183.74 (port 443) from /:: (port 0): connect failed: ENETUNREACH (Network is unreachable)',
      ),
    ).toEqual(['10051']);
  });

  it("reads a crash reporter's glued EHOSTUNREACH and Mono's texts from Xamarin apps (c167-029, c167-030, c167-031)", () => {
    expect(
      highIds(
        'InnerStackTraceJava.IO.IOExceptionfailed to connect to somehost.net (port 80): connect failed: EHOSTUNREACH (No route to host)',
      ),
    ).toEqual(['10065']);
    expect(highIds('System.Net.Sockets.SocketException: Connection reset by peer')).toEqual(['10054']);
    expect(
      highIds(
        'Fix System.Net.Sockets.SocketException: Connection timed out in ConnectHelper.ConnectAsync (System.String host, System.Int32 port, System.Threading.CancellationToken cancellationToken)',
      ),
    ).toEqual(['10060']);
  });

  it("reads libcore's and Apache HttpClient's connect deadlines on Android (c167-043, c167-014)", () => {
    expect(
      highIds(
        'D/Retrofit(23684): java.net.SocketTimeoutException: failed to connect to test.squalala.com/37.187.31.135 (port 80) after 15000ms',
      ),
    ).toEqual(['10060']);
    expect(
      highIds(
        '09-30 12:03:45.909: W/System.err(11229): org.apache.http.conn.ConnectTimeoutException: Connect to /66.96.149.1:80 timed out',
      ),
    ).toEqual(['10060']);
  });

  it("reads the Cordova WebView's Chromium codes, one retyped with a single colon (c167-046, c167-047)", () => {
    expect(
      highIds(
        'application error net::ERR_CONNECTION_TIMED_OUT live reloading is not working after ionic cordova run android --livereload',
      ),
    ).toEqual(['10060']);
    expect(highIds('Application Error\nnet:ERR_CONNECTION_REFUSED(http://localhost:8080/)')).toEqual([
      '10061',
    ]);
  });
});

describe("Android's policy refusals, StrictMode, TLS and the clients' own deadlines are left alone", () => {
  it("leaves OkHttp's cleartext and connection-spec refusals (c167-021, c167-022)", () => {
    expect(
      anyIds(
        'com.androidnetworking.error.ANError: java.net.UnknownServiceException: CLEARTEXT communication to 192.168.1.164 not permitted by network security policy',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'W/RegistrationActivity: org.whispersystems.signalservice.api.push.exceptions.PushNetworkException: java.net.UnknownServiceException: CLEARTEXT communication not enabled for client',
      ),
    ).toEqual([]);
  });

  it('leaves StrictMode stopping a connect or a read on the main thread (c167-025, c167-026)', () => {
    const connect = [
      'W/System.err(  455): android.os.NetworkOnMainThreadException',
      'W/System.err(  455):    at android.os.StrictMode$AndroidBlockGuardPolicy.onNetwork(StrictMode.java:1117)',
      'W/System.err(  455):    at libcore.io.BlockGuardOs.connect(BlockGuardOs.java:84)',
      'W/System.err(  455):    at libcore.io.IoBridge.connectErrno(IoBridge.java:127)',
    ].join('\n');
    expect(anyIds(connect)).toEqual([]);
    expect(
      anyIds(
        'android.os.NetworkOnMainThreadException\nat libcore.io.BlockGuardOs.recvfrom(BlockGuardOs.java:163)',
      ),
    ).toEqual([]);
  });

  it("leaves Conscrypt's chain and pinning failures (c167-038, c167-037)", () => {
    expect(anyIds('E/LoginActivity: javax.net.ssl.SSLHandshakeException: Chain validation failed')).toEqual(
      [],
    );
    expect(
      anyIds(
        'E LogError: Server error - statusCode: 504, message: An error occurred, result: ssl\nE LogError: javax.net.ssl.SSLHandshakeException: java.security.cert.CertPathValidatorException: Trust anchor for certification path not found.',
      ),
    ).toEqual([]);
  });

  it("leaves OkHttp's own read and HTTP/2 stream deadlines (c167-040, c167-042)", () => {
    expect(
      anyIds(
        'W/System.err: java.net.SocketTimeoutException: timeout\nW/System.err:     at okio.AsyncTimeout$2.read(AsyncTimeout.java:242)',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'Caused by: java.net.SocketTimeoutException: timeout\n        at com.squareup.okhttp.internal.framed.FramedStream$StreamTimeout.newTimeoutException(FramedStream.java:605)',
      ),
    ).toEqual([]);
  });

  it("leaves Volley's NoConnectionError over OkHttp's bare 'Failed to connect to' and a message-less crash (c167-009, c167-015)", () => {
    expect(
      anyIds(
        'com.android.volley.NoConnectionError: java.net.ConnectException: Failed to connect to /172.21.43.249:8383',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'Exception java.net.ConnectException:\n    at okhttp3.internal.connection.RealConnection.connectSocket (RealConnection.kt:297)',
      ),
    ).toEqual([]);
  });

  it("leaves React Native's generic fetch failure, its red screen and HttpClient's cancellation (c167-007, c167-050, c167-032)", () => {
    expect(anyIds('TypeError: Network request failed On Android')).toEqual([]);
    expect(
      anyIds(
        "[error][tid:main] Could not connect to development server.\n\nEnsure the following:\n- Node server is running and available on the same network - run 'npm start' from react-native root",
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'System.Threading.Tasks.TaskCanceledException\n  at System.Net.Http.ConnectHelper.ConnectAsync (System.String host, System.Int32 port, System.Threading.CancellationToken cancellationToken) [0x00180]',
      ),
    ).toEqual([]);
  });
});
