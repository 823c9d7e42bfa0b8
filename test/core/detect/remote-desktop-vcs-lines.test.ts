import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from version control other than git and from remote-desktop tools, from real pastes of corpus round 58. */
describe("detectErrors reads RealVNC Viewer's own wording for a refused connect", () => {
  it("reads 'The connection was refused by the host computer' (RealVNC knowledge base, article 309)", () => {
    expect(highIds('Failed To Connect: The connection was refused by the host computer')).toEqual(['10061']);
  });

  it('reads it without the article, as users retype the dialog (a public Q&A note, find_string id 56675792710)', () => {
    const text =
      'When I try to connect from a Windows machine using a VNC viewer I receive a message that the "Connection was refused by the host computer".';
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe("detectErrors leaves the remote-desktop tools' own deadlines and closes alone", () => {
  it("finds nothing in Deskflow's own connect timer (deskflow/deskflow issue #9720)", () => {
    const text =
      "[2026-05-06T09:09:24.198] IPC: connecting to '192.168.111.14': 192.168.111.14:24800\n[2026-05-06T09:09:26.214] WARNING: failed to connect to server: Timed out";
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads curl's Winsock 'Timed out' after 'Failed to connect to <host> port <n>'", () => {
    expect(
      highIds(
        "fatal: unable to access 'https://github.com/x/y.git/': Failed to connect to github.com port 443 after 21090 ms: Timed out",
      ),
    ).toEqual(['10060']);
  });

  it("still reads Deskflow's client when the socket's own error is named", () => {
    expect(highIds('WARNING: failed to connect to server: Connection refused')).toEqual(['10061']);
  });

  it("finds nothing in RustDesk's 'Reset by the peer', its word for a stream that ended (rustdesk/rustdesk issue #9888)", () => {
    expect(anyIds('Connection error: Reset by the peer')).toEqual([]);
  });

  it("finds nothing in Gerrit's SSH protocol-error disconnect (RealtimeRoboticsGroup/aos issue #1)", () => {
    const text =
      'Received disconnect from 34.168.210.99 port 29418:2: Protocol error or corrupt packet\nDisconnected from 34.168.210.99 port 29418\nfatal: Could not read from remote repository.';
    expect(anyIds(text)).toEqual([]);
  });
});
