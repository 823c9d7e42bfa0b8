import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * ENOTCONN is a socket's error, except that Linux gives it for every file operation on a FUSE
 * mount whose daemon has died. Real pastes of corpus round 40: the file tool's words decide.
 */
describe('detectErrors reads a dead FUSE mount as no socket error', () => {
  it.each([
    ['cp: cannot stat ‘/mnt/hubic/default/test/logo.jpg’: Transport endpoint is not connected'],
    ['ls: cannot access edu: Transport endpoint is not connected'],
    ["ls: cannot open directory '...': Transport endpoint is not connected"],
    [
      'Error: failure to mount: Statting mount point: stat /home/myDirectory: transport endpoint is not connected',
    ],
    ['/usr/bin/fusermount: failed to access mountpoint /mnt/phone: Transport endpoint is not connected'],
    [
      'ERROR gcsf > Could not mount to /root/mediaserver/drive: Transport endpoint is not connected (os error 107)',
    ],
    [
      "python3: can't open file '/content/gdrive/MyDrive/sd/stable-diffusion-webui/webui.py': [Errno 107] Transport endpoint is not connected",
    ],
  ])('ignores %j', (text) => {
    expect(anyIds(text)).toEqual([]);
  });
});

describe('detectErrors still reads ENOTCONN on a socket at high confidence', () => {
  it('reads a failed shutdown() in a Python traceback', () => {
    const text =
      '  File "/usr/lib/python3.10/ssl.py", line 1313, in shutdown\n    super().shutdown(how)\nOSError: [Errno 107] Transport endpoint is not connected';
    expect(highIds(text)).toEqual(['10057']);
  });

  it('reads the bare Python error, with no file word near', () => {
    expect(highIds('OSError: [Errno 107] Transport endpoint is not connected')).toEqual(['10057']);
  });

  it("reads Node's shutdown ENOTCONN", () => {
    expect(highIds('Error: shutdown ENOTCONN\n    at Socket._final (node:net:478:25)')).toEqual(['10057']);
  });
});
