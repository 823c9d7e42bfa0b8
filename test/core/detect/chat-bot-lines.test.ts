import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from chat apps and bots, from real pastes of corpus round 28. */
describe("detectErrors reads Apple's Network framework log lines", () => {
  it('ignores the cancelled receive that a cancelled URLSession task logs (TelegramMessenger/Telegram-iOS issue #189)', () => {
    const text =
      '2019-10-22 10:15:23.398504+0800 Telegram[2296:444496] [] nw_connection_receive_internal_block_invoke [C1] Receive reply failed with error "Operation canceled"';
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads the reset that the same log reports through SO_ERROR', () => {
    const text =
      '2019-10-22 10:15:15.971678+0800 Telegram[2296:435305] [] nw_socket_handle_socket_event [C2:1] Socket SO_ERROR [54: Connection reset by peer]\n2019-10-22 10:15:23.398504+0800 Telegram[2296:444496] [] nw_connection_receive_internal_block_invoke [C1] Receive reply failed with error "Operation canceled"';
    expect(highIds(text)).toEqual(['10054']);
  });
});

describe('detectErrors reads IRC bouncer and bot status lines', () => {
  it("ignores ZNC's own 'IRC connection timed out', its socket timer firing (znc/znc issue #1649)", () => {
    expect(anyIds('<*status> IRC connection timed out.  Reconnecting...')).toEqual([]);
  });

  it('still reads the OS errors ZNC quotes in the same status log', () => {
    const text =
      '<*status> IRC connection timed out.  Reconnecting...\n<*status> Disconnected from IRC (Connection reset by peer). Reconnecting...\n<*status> Cannot connect to IRC (Network is unreachable). Retrying...';
    expect(anyIds(text)).toEqual(['10051', '10054']);
  });
});
