import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressionOf } from '../../../src/adapters/terminal/compressed-log.js';
import { readText } from '../../../src/adapters/terminal/read-text.js';
import { CorruptGzip } from '../../../src/infra/text/index.js';
import { cli } from './run-cli-io.js';

const LOG = [
  '2025-03-01T10:00:00Z ERROR connect ECONNREFUSED 10.0.0.5:5432',
  '2025-03-01T10:00:01Z ERROR read ECONNRESET',
  '2025-03-01T10:00:02Z ERROR read ECONNRESET',
].join('\n');

/** A log of errors long enough that its gzip data spans many reads (16 KB each). */
const LONG = Array.from(
  { length: 40_000 },
  (_, i) => `${i} ERROR read ECONNRESET peer 10.0.${i % 256}.1:443`,
).join('\n');

const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'sockerr-gz-')), name);
  writeFileSync(path, bytes);
  return path;
};

const ids = (out: string) =>
  JSON.parse(out).findings.map((f: { id: string; count: number }) => [f.id, f.count]);

/** All the text `readText` gives, and what it threw at the end, if anything. */
async function readAll(source: string, stdin: Buffer[] = []) {
  let text = '';
  try {
    for await (const piece of readText(source, stdin)) text += piece;
    return { text, error: null };
  } catch (error) {
    return { text, error };
  }
}

describe('a gzip-compressed log', () => {
  it('is inflated as it is read, from a file or from standard input, as the log itself reads', async () => {
    const plain = await cli(['scan', file('app.log', LOG), '--json']);
    const gz = gzipSync(LOG);
    const fromFile = await cli(['scan', file('app.log.gz', gz), '--json']);
    const fromStdin = await cli(['scan', '-', '--json'], gz);
    expect(ids(plain.out)).toEqual([
      ['10061', 1],
      ['10054', 2],
    ]);
    expect(fromFile).toEqual(plain);
    expect(fromStdin).toEqual(plain);
  });

  it('reads every member of a file of several (logs compressed apart, then joined)', async () => {
    const joined = Buffer.concat([
      gzipSync(`${LOG}\n`),
      gzipSync('2025-03-01T10:00:03Z ERROR read ECONNRESET\n'),
    ]);
    const { out } = await cli(['scan', file('joined.gz', joined), '--json']);
    expect(ids(out)).toEqual([
      ['10061', 1],
      ['10054', 3],
    ]);
  });

  it('spans many reads and standard input pieces of any size, the text unchanged', async () => {
    const gz = gzipSync(LONG);
    expect((await readAll(file('long.gz', gz))).text).toBe(LONG);
    const pieces = [gz.subarray(0, 1), gz.subarray(1, 3), gz.subarray(3, 5000), gz.subarray(5000)];
    expect((await readAll('-', pieces)).text).toBe(LONG);
  });

  it('cut short, gives the text before the cut, then says so; scan reports those errors', async () => {
    const gz = gzipSync(LONG);
    const cut = file('cut.gz', gz.subarray(0, gz.length >> 1));
    const { text, error } = await readAll(cut);
    expect(error).toBeInstanceOf(CorruptGzip);
    expect(text.length).toBeGreaterThan(LONG.length / 4);
    expect(LONG.startsWith(text)).toBe(true);
    const { code, out, err } = await cli(['scan', cut, '--json']);
    expect(code).toBe(0);
    expect(err).toMatch(/the gzip data of .*cut\.gz is damaged or cut short; the errors before it follow/);
    expect(ids(out)[0][0]).toBe('10054');
  });
});

describe('a gzip log whose last member is followed by damaged data', () => {
  /** The log's last line names an error nothing before it does: it is read only if the end is. */
  const ENDED = `${LONG}\n2025-03-01T10:09:59Z ERROR connect ECONNREFUSED 10.0.0.5:5432\n`;
  const member = gzipSync(ENDED);

  it.each([
    ['text', Buffer.from('garbage appended by a careless rotation\n')],
    ['a second member whose header is broken', Buffer.from([0x1f, 0x8b, 0x00, 0x01, 0x02, 0x03])],
    ['a byte of gzip magic, then text', Buffer.from([0x1f, 0x00, 0x41])],
  ])('gives every byte of the member before %s, then says it is damaged', async (_, tail) => {
    const damaged = Buffer.concat([member, tail]);
    const fromFile = await readAll(file('damaged.gz', damaged));
    expect(fromFile.error).toBeInstanceOf(CorruptGzip);
    expect(fromFile.text).toBe(ENDED);
    const fromStdin = await readAll('-', [damaged]);
    expect(fromStdin.error).toBeInstanceOf(CorruptGzip);
    expect(fromStdin.text).toBe(ENDED);
  });

  it('scans the whole member, says the rest is damaged, and exits as for what it found', async () => {
    const path = file('app.log.1.gz', Buffer.concat([member, Buffer.from('garbage\n')]));
    const { code, out, err } = await cli(['scan', path, '--json']);
    expect(out).toBe((await cli(['scan', file('app.log.1', ENDED), '--json'])).out);
    expect(ids(out).map(([id]: [string]) => id)).toEqual(['10054', '10061']);
    expect(code).toBe(0);
    expect(err).toBe(
      `sockerr: the gzip data of ${path} is damaged or cut short; the errors before it follow\n`,
    );
  });

  it('reads zero bytes after the last member as padding, not damage', async () => {
    const padded = Buffer.concat([member, Buffer.alloc(70_000)]);
    expect(await readAll(file('padded.gz', padded))).toEqual({ text: ENDED, error: null });
  });

  it('says a member whose checksum does not match is damaged, after its text', async () => {
    const bad = Buffer.from(member);
    bad.writeUInt8(bad.readUInt8(bad.length - 8) ^ 0xff, bad.length - 8);
    const { text, error } = await readAll(file('bad-crc.gz', bad));
    expect(error).toBeInstanceOf(CorruptGzip);
    expect(ENDED.startsWith(text)).toBe(true);
  });
});

describe('a log compressed another way', () => {
  it.each([
    ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00, 0x04], 'xz -dc'],
    ['zstd', [0x28, 0xb5, 0x2f, 0xfd, 0x24, 0x10], 'zstd -dc'],
    ['bzip2', [...Buffer.from('BZh91AY&SY')], 'bzip2 -dc'],
    ['zip', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'unzip -p'],
  ])('is refused with the command that reads it: %s', async (name, magic, command) => {
    const path = file(`app.log.${name}`, Buffer.from([...magic, ...Buffer.from('\u0000\u00ff rest')]));
    const { code, out, err } = await cli(['scan', path]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      `sockerr: ${path} is ${name}-compressed; read it with: ${command} '${path}' | sockerr scan -\n`,
    );
    const piped = await cli(['scan', '-'], Buffer.from(magic));
    expect(piped.err).toBe(
      `sockerr: standard input is ${name}-compressed; read it with: … | ${command} | sockerr scan -\n`,
    );
  });

  it('is not claimed of a text that begins with the same letters', () => {
    for (const text of ['BZh9 is a word here', 'PK and more', '7z archive listing', '(\u00b5/ text']) {
      expect(compressionOf(Buffer.from(text))).toBeNull();
    }
  });
});
