import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from game servers, engines and clients, from real pastes of corpus round 59. */
describe("detectErrors reads the engines' own words for a failed name lookup", () => {
  it("reads UnityWebRequest's 'Cannot resolve destination host' (Cysharp/UniTask issue #379)", () => {
    expect(highIds('- UnityWebRequestException: Cannot resolve destination host')).toEqual(['11001']);
  });

  it("reads Godot 3.5's getaddrinfo line (godotengine/godot issue #61605)", () => {
    const text = [
      'E 0:00:00.266   _resolve_hostname: getaddrinfo failed! Cannot resolve hostname.',
      '  <Source C++>  drivers/unix/ip_unix.cpp:98 @ _resolve_hostname()',
    ].join('\n');
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads Godot 3.0's shorter line (godotengine/godot issue #18297)", () => {
    const text = 'ERROR: _resolve_hostname: getaddrinfo failed!\n   At: drivers/unix/ip_unix.cpp:108.';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("still lets CPython's errno decide its fixed 'getaddrinfo failed'", () => {
    expect(highIds('socket.gaierror: [Errno 11004] getaddrinfo failed')).toEqual(['11004']);
  });
});

describe("detectErrors leaves the games' own connection wording alone", () => {
  it("finds nothing in UnityWebRequest's 'Cannot connect to destination host' (suriyun-production/turnbase-rpg-docs issue #5)", () => {
    expect(anyIds('[GET->Error]/service-time Cannot connect to destination host ')).toEqual([]);
  });

  it("finds nothing in Factorio's refusal of a second attempt (zopanix/docker_factorio_server issue #9)", () => {
    const text =
      '5/15/2016 11:12:24 PM 487.272 Refusing connection for address(74.134.247.255:34197). Another connection from this peer is in progress.';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Unity Transport's bind guess (Unity-Technologies/com.unity.netcode.gameobjects issue #2748)", () => {
    const text =
      'Server failed to bind. This is usually caused by another process being bound to the same port. Unity.Netcode.Transports.UTP.UnityTransport:ServerBindAndListen(NetworkEndPoint)';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in txAdmin's listen question (citizenfx/txAdmin issue #282)", () => {
    expect(
      anyIds('Error: Could not bind on 0.0.0.0:27069 - is this address valid and not already in use?'),
    ).toEqual([]);
  });

  it("finds nothing in Netty's read deadline on a Minecraft kick (Wynncraft/Issues issue #4552)", () => {
    expect(
      anyIds(
        'kicked out and there stands: Internal Exception: io.netty.handler.timeout.ReadTimeoutException',
      ),
    ).toEqual([]);
  });
  it("finds nothing in Odamex's 'unrecoverable protocol error' (odamex/odamex issue #765)", () => {
    const text =
      'When you connect to a server that is full, it used to disconnect the client saying "Server is full." At some point this broke, and it says "cl_parsecommands: Could not decode message" and "Disconnected from server: unrecoverable protocol error" now';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in GoldSrc's refused password (ValveSoftware/halflife issue #3593)", () => {
    expect(anyIds('Connection to game server refused.\nThe password you entered was incorrect.')).toEqual([]);
  });
});
