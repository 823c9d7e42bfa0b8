import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Slack and Discord deliver a message's text as typed, markup included: `_italic_` in both,
 * `__underline__` in Discord. An underscore that opens or closes emphasis is no part of a name.
 */
describe('detectErrors reads names inside chat emphasis', () => {
  it('reads a code at the end of an italic line, as corpus c50-032 has it (peter-evans/create-pull-request issue #733)', () => {
    const text =
      '`_Error: request to https://api.github.com/repos/org/repo/pulls failed, reason: connect ETIMEDOUT_';
    expect(highIds(text)).toEqual(['10060']);
  });

  it('reads a code and a Winsock name in italics or underlined on their own', () => {
    expect(highIds('got _ECONNRESET_ again')).toEqual(['10054']);
    expect(highIds('__WSAECONNREFUSED__ from the agent')).toEqual(['10061']);
    expect(highIds('_read ECONNRESET_')).toEqual(['10054']);
  });

  it('reads no name joined to an identifier by an underscore', () => {
    expect(anyIds('SOCKET_ECONNRESET = 42')).toEqual([]);
    expect(anyIds('ECONNRESET_RETRIES = 3')).toEqual([]);
    expect(anyIds('x_ECONNRESET_ set')).toEqual([]);
    expect(anyIds('set _ECONNRESET_y')).toEqual([]);
  });
});

/** A line pasted as a chat's inline code: the backticks around it end it as a line's ends would. */
describe('detectErrors reads a line quoted as inline code', () => {
  it("reads an Erlang reason term or a short Chinese text at the line's end before the closing backtick", () => {
    // c14-107 (VerneMQ) and c22-006 (a Hadoop ConnectException on a zh_CN JVM), each in backticks.
    expect(highIds('`Calling endpoint failed due to econnrefused`')).toEqual(['10061']);
    expect(
      highIds(
        '`Call From bigdata45/10.10.22.45 to bigdata46:8485 failed: java.net.ConnectException: 拒绝连接`',
      ),
    ).toEqual(['10061']);
  });

  it('keeps an atom quoted alone in prose below auto-reply (c4-034)', () => {
    const text = 'Here, `econnrefused` stop reasons are treated as a normal shutdown.';
    expect(anyIds(text)).toEqual(['10061']);
    expect(highIds(text)).toEqual([]);
  });
});
