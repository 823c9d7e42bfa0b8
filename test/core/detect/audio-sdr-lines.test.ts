import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines from audio streaming servers and software-defined radio tools (Liquidsoap and Icecast,
 * DarkIce, Snapcast, PulseAudio and PipeWire clients, Music Assistant, rtl_tcp and OpenWebRX), from
 * real pastes of corpus round 150. Four rules were added for that round: asyncio's bind wrapper
 * with musl's 'address in use', DarkIce's 'send error [<errno>]', libpulse's cookie-file EACCES and
 * ALSA's 'Host is down' from a PCM open; the rest pin forms the round found already read or left alone.
 */
describe('detectErrors reads the socket errors audio streaming and SDR tools print', () => {
  it("reads musl's 'address in use' inside asyncio's bind wrapper (music-assistant/aioslimproto issue #39)", () => {
    const text =
      "OSError: [Errno 98] error while attempting to bind on address ('0.0.0.0', 9091): address in use";
    expect(highIds(text)).toEqual(['10048']);
  });

  it("reads glibc's wording inside the same asyncio wrapper", () => {
    const text =
      "ERROR: [Errno 98] error while attempting to bind on address ('0.0.0.0', 8002): address already in use";
    expect(highIds(text)).toEqual(['10048']);
  });

  it("reads DarkIce's bracketed errno after its socket send (rafael2k/darkice issue #70)", () => {
    expect(highIds('DarkIce: TcpSocket.cpp:394: send error [32]')).toEqual(['EPIPE']);
  });

  it("reads Liquidsoap's ocaml-cry wrapper of a refused connect (libretime/libretime issue #213)", () => {
    const text =
      '2017/06/06 10:49:56 [mp3-128:2] Connection failed: could not write data to host: Connection refused in write()';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads OCaml's Unix_error EPIPE from Liquidsoap's Icecast output, its connection closed below (savonet/liquidsoap issue #3427)", () => {
    const text =
      '2023/09/24 02:21:29 [dwmp3:2] Error while sending data: could not write data to host: Unix.Unix_error(Unix.EPIPE, "write", "")!\n2023/09/24 02:21:29 [dwmp3:3] Closing connection...';
    expect(highIds(text)).toEqual(['EPIPE']);
  });

  it("reads snapclient's refused connect to snapserver (snapcast/snapcast issue #1243)", () => {
    const text =
      "2024-08-18 13-34-22.133 [Error] (Connection) Failed to connect to host 'snapserver.audio.mediacenter.home', error: Connection refused";
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads pactl's refused connect to the pulse socket (tizonia/docker-tizonia issue #21)", () => {
    const text = 'Connection failure: Connection refused\npa_context_connect() failed: Connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads FreeBSD truss's ERR#61 from gqrx's rtl_tcp connect (gqrx-sdr/gqrx issue #519)", () => {
    const text = " 2537: connect(12,{ AF_INET6 [::1]:1234 },28)    ERR#61 'Connection refused'";
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe('detectErrors leaves alone what audio and SDR tools say that is no socket error', () => {
  it("leaves libpulse's cookie-file EACCES beside pulseaudio-dlna's own words (Cygn/pulseaudio-dlna issue #41)", () => {
    const text =
      ' CRITICAL Could not connect to pulseaudio! Application terminates!\nMar 09 16:06:23 sonos pipewire-pulse[3171]: Failed to load cookie file from cookie: Permission denied';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves ALSA's 'Host is down' from snapclient's PCM open (snapcast/snapcast issue #1183)", () => {
    const text =
      "Dec 15 14:29:29 snap snapclient[11447]: Exception: Can't open default, error: Host is down, code: -112\nDec 15 14:29:29 snap snapclient[11447]: Exception: Can't open default, error: Host is down";
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves aplay's 'audio open error: Host is down'", () => {
    expect(anyIds('aplay: main:850: audio open error: Host is down')).toEqual([]);
  });

  it("still reads a socket's 'Host is down' with no audio device wording near", () => {
    expect(highIds('connect to 192.168.1.20 port 22: Host is down')).toEqual(['10064']);
  });

  it('still reads a refused connect next to the cookie warning, as pactl prints both', () => {
    const text =
      'Failed to load cookie file from cookie: Permission denied\nConnection failure: Connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('leaves a bare "address in use" in prose and a "send error" with no bracketed errno', () => {
    expect(anyIds('Check which address in use by the server before you start it.')).toEqual([]);
    expect(highIds('send error 32 bytes dropped')).toEqual([]);
  });

  it("leaves ocaml-cry's own connect deadline (savonet/liquidsoap issue #146)", () => {
    const text =
      '2014/01/21 23:04:49 [TRAP-128:2] Connection failed: could not connect to host: connection timeout';
    expect(highIds(text)).toEqual([]);
  });

  it("leaves DarkIce's connector failure and fr24feed's reader without an errno", () => {
    expect(anyIds("DarkIce: DarkIce.cpp:1140: can't open connector [0]")).toEqual([]);
    expect(anyIds('2017-10-31 17:55:13 | [reader][e]Could not connect to avr-tcp://127.0.0.1:30002')).toEqual(
      [],
    );
  });
});
