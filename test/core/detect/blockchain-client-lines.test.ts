import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines of real pastes from corpus round 195 (`test/fixtures/corpus/round195.jsonl`, ids c195-…):
 * node operators' and dapp developers' logs. The round needed no rule; these pin the forms it holds
 * in both directions, so a later rule that misreads one of them fails here.
 */
describe("detectErrors reads the OS errors inside blockchain nodes' own log lines", () => {
  it("reads c-lightning's debug line for a failed IPv6 connect as a network unreachable (c195-022)", () => {
    const text =
      '+0.037771255 lightningd(31095):DEBUG: Address 192.168.1.4:9735 is not routable\n+0.037800557 lightningd(31095):DEBUG: Failed to connect 10 socket: Network is unreachable';
    expect(highIds(text)).toEqual(['10051']);
  });

  it("reads CLN's plugin refused on lightningd's RPC socket as a refusal (c195-021)", () => {
    const text =
      "2020-07-20T02:59:44.639Z UNUSUAL plugin-bcli: Could not connect to 'lightning-rpc': Connection refused";
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads a Rust node's peer dial errors with std's os error numbers (c195-002)", () => {
    const text =
      'Oct 09 19:58:40.977 INFO error connecting to peer, reason: Connection timed out (os error 110), peer_addr: 187.131.250.14:6000, task: network\nOct 09 19:58:43.766 INFO error connecting to peer, reason: Connection refused (os error 111), peer_addr: 24.37.174.13:3430, task: network';
    expect(highIds(text)).toEqual(['10060', '10061']);
  });

  it("reads Lighthouse's reqwest error with macOS's errno 61 as a refusal (c195-006)", () => {
    const text =
      'ERRO Error during execution engine upcheck   error: Reqwest(reqwest::Error { kind: Request, source: hyper::Error(Connect, ConnectError("tcp connect error", Os { code: 61, kind: ConnectionRefused, message: "Connection refused" })) }), service: exec';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Tendermint's PEX dial that timed out as a connect timeout (c195-004)", () => {
    const text =
      'E[2021-02-23|22:32:51.296] dialing failed (attempts: 1): dial tcp 164.90.184.213:26656: i/o timeout module=pex addr=32a091dfea2b4191d710d2609ca21a8abfe585ac@164.90.184.213:26656';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads Prysm's IPC dial out of descriptors as EMFILE on socket() (c195-013)", () => {
    const text =
      'ERROR powchain: Could not connect to execution client endpoint: could not dial execution node: dial unix /Users/lex/Mainnet/geth.ipc: socket: too many open files';
    expect(highIds(text)).toEqual(['10024']);
  });
});

describe("detectErrors keeps nodes' own words apart from socket errors", () => {
  it("reads no error in Tendermint's handshake read deadline while creating a peer (c195-003)", () => {
    const text =
      'E[04-09|19:30:33.497] Failed to dial peer                          module=p2p address=d0b7bb4bfbf4e722abc4cb283c90527727524527@67.207.71.85:46657 err="Error{`Error creating peer` (cause: read tcp 206.189.22.179:60834->67.207.71.85:46657: i/o timeout)}"';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no error in ElectrumX's 'daemon service refused', an HTTP 404 from bitcoind (c195-025)", () => {
    expect(anyIds('ERROR:Daemon:daemon service refused: Not Found. Retrying occasionally...')).toEqual([]);
  });

  it("reads no error in bitcoin-cli's errno-less 'couldn't connect to server' relayed by lightningd (c195-023)", () => {
    const text =
      "lightningd(13730): bitcoin-cli exited with code 1: error: couldn't connect to server: unknown (code -1)\n(make sure server is running and you are connecting to the correct RPC port)";
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no error in lnd's startup over bitcoind's RPC warm-up code -28 (c195-048)", () => {
    const text =
      'LTND: unable to create chain control: unable to connect to bitcoind: -28: Loading block index...';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no error in geth's sync deadline and protocol drops (c195-032)", () => {
    const text =
      't=2022-03-30T05:00:57+0000 lvl=warn msg="Synchronisation failed, dropping peer"  peer=20719e52 err=timeout\nt=2022-03-30T05:01:22+0000 lvl=eror msg="Snapshot extension registration failed" peer=fda76e15 err="peer connected on snap without compatible eth support"';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no error in grpc-go's TLS handshake failure under lncli (c195-045)", () => {
    const text =
      '[lncli] rpc error: code = Unavailable desc = all SubConns are in TransientFailure, latest connection error: connection error: desc = "transport: authentication handshake failed: remote error: tls: handshake failure"';
    expect(anyIds(text)).toEqual([]);
  });
});
