import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from Elixir and Erlang applications' logs, from real pastes of corpus round 98. */
describe("detectErrors reads Erlang's text for nxdomain, 'non-existing domain', after a label", () => {
  it("reads ejabberd's s2s 'DNS lookup failed: non-existing domain' as host not found (processone/ejabberd #3636)", () => {
    const text =
      '2021-07-05 06:04:24.662 [warning] <0.9346.97>@ejabberd_s2s_out:process_closed:157 Failed to establish outbound s2s connection my.synthesisvr.com -> system: DNS lookup failed: non-existing domain; bouncing for 275 seconds';
    expect(highIds(text)).toEqual(['11001']);
  });

  it('reads the same text in an issue title (processone/ejabberd #2717)', () => {
    const text =
      'Issue Failed to establish outbound s2s connection domain -> user: DNS lookup failed: non-existing domain; bouncing for 174 seconds';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("still reads Postgrex's 'tcp connect: non-existing domain - :nxdomain' once (corpus c14-015)", () => {
    const text =
      '[error] Postgrex.Protocol (#PID<0.344.0>) failed to connect: ** (Postgrex.Error) tcp connect: non-existing domain - :nxdomain';
    expect(highIds(text)).toEqual(['11001']);
  });

  it('leaves prose about a non-existing domain alone when no label precedes it', () => {
    expect(anyIds('Requests to a non-existing domain should fail fast instead of hanging')).toEqual([]);
  });
});

describe('detectErrors reads the errno texts and atoms Erlang programs print for connects', () => {
  it("reads ejabberd's s2s 'Connection failed: connection refused' (processone/ejabberd #1569)", () => {
    const text =
      '2017-03-02 10:36:44.359 [info] <0.4501.3>@ejabberd_s2s_out:process_closed:153 Failed to establish outbound s2s connection suchat.org -> xmpp.org: Connection failed: connection refused; bouncing for 8 seconds';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads net_kernel's refused registration with epmd (whitfin/local-cluster #18)", () => {
    expect(highIds("00:02:37.767 [info]  Protocol 'inet_tcp': register/listen error: econnrefused")).toEqual([
      '10061',
    ]);
  });

  it("reads RabbitMQ's {inet_error,enotconn} as a socket not connected (alanxz/rabbitmq-c #400)", () => {
    const text =
      '=ERROR REPORT==== 3-Feb-2017::13:54:41 ===\nclosing AMQP connection <0.26131.12> (127.0.0.1:38632 -> 127.0.0.1:5672):\n{inet_error,enotconn}';
    expect(highIds(text)).toEqual(['10057']);
  });

  it("reads Thousand Island's accept error :emfile (mtrudel/bandit #134)", () => {
    expect(highIds('** (RuntimeError) Unexpected error in accept: :emfile')).toEqual(['10024']);
  });
});

describe("detectErrors finds no socket error in the BEAM's own words", () => {
  it("reads no error in epmd's duplicate node name, whose 'in use' is the name's (elixir-lang/elixir #1707)", () => {
    const text =
      '{error_logger,{{2013,9,10},{23,13,23}},"Protocol: ~tp: the name foo@localhost seems to be in use by another Erlang node",["inet_tcp"]}';
    expect(anyIds(text)).toEqual([]);
    expect(
      anyIds(
        "Protocol 'inet_tcp': the name foo@awefulBrowns-MacBook-Air seems to be in use by another Erlang node",
      ),
    ).toEqual([]);
  });

  it("reads no error in ejabberd's own s2s connect deadline, 'Connection failed: timeout' (iNPUTmice/Conversations #3542)", () => {
    const text =
      '2019-09-23 05:57:53.819 [warning] <0.1035.0>@ejabberd_s2s_out:process_closed:160 Failed to establish outbound s2s connection jr.alpenveilchen.xyz -> conversations.siacs.eu: Connection failed: timeout; bouncing for 289 seconds';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no error in Mint's and hackney's own deadlines (elixir-mint/mint #412, benoitc/hackney #698)", () => {
    expect(anyIds('{:error, %Mint.TransportError{reason: :timeout}}')).toEqual([]);
    expect(anyIds('{:error, :connect_timeout}\n{:error, :timeout}')).toEqual([]);
    expect(
      anyIds('** (CaseClauseError) no case clause matching: {:connect_error, {:error, :timeout}}'),
    ).toEqual([]);
  });

  it("reads no error in CouchDB's rexi_DOWN noconnect, the distribution's own reason (apache/couchdb #1071)", () => {
    const text =
      "[error] 2017-12-18T03:13:09.188375Z couchdb@10.113.130.91 emulator -------- Error in process <0.21432.8> on node 'couchdb@10.113.130.91' with exit value: {{rexi_DOWN,{'couchdb@10.113.130.92',noconnect}},[{mem3_rpc,rexi_call,2,[{file,\"src/mem3_rpc.erl\"},{line,269}]}]}";
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no error in brod's ':closed' from Azure Event Hubs (kafka4beam/brod #641)", () => {
    const text =
      '  {{"foo.servicebus.windows.net", 9093},\n   {{{:kpro_req, #Reference<0.2796884184.2530213892.186039>, :api_versions, 0,\n      false, []}, :closed},';
    expect(anyIds(text)).toEqual([]);
  });
});
