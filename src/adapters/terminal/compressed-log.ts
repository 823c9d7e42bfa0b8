/**
 * Compressed logs. Rotated logs are compressed (`syslog.2.gz`, `app.log.1.xz`): read as text, one
 * was "no socket errors found" beside a hint about UTF-16. Gzip is inflated as it is read (Node
 * has it: infra/text); another compression a log's first bytes name is refused, with the command
 * that reads it.
 */

/** Each compression's magic (its first bytes) and the command that writes the log to stdout. */
const FORMATS = [
  { name: 'xz', magic: [[0xfd], [0x37], [0x7a], [0x58], [0x5a], [0x00]], command: 'xz -dc' },
  { name: 'zstd', magic: [[0x28], [0xb5], [0x2f], [0xfd]], command: 'zstd -dc' },
  { name: 'lz4', magic: [[0x04], [0x22], [0x4d], [0x18]], command: 'lz4 -dc' },
  { name: 'zip', magic: [[0x50], [0x4b], [0x03], [0x04]], command: 'unzip -p' },
  { name: '7z', magic: [[0x37], [0x7a], [0xbc], [0xaf], [0x27], [0x1c]], command: '7z x -so' },
  // `BZh`, the block size (1-9), then a block's magic (π's digits) or the end of the stream (√π's).
  {
    name: 'bzip2',
    magic: [
      [0x42],
      [0x5a],
      [0x68],
      [0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39],
      [0x31, 0x17],
      [0x41, 0x72],
      [0x59, 0x45],
    ],
    command: 'bzip2 -dc',
  },
] as const;

/** The most bytes a magic above takes: a log's first bytes are held until this many have come. */
export const MAGIC_BYTES = 7;

/** A log compressed in a way sockerr does not read: its name, and the command that reads it. */
export class CompressedLog extends Error {
  constructor(
    readonly format: string,
    readonly command: string,
  ) {
    super(`${format}-compressed`);
  }
}

/** gzip's magic, in the form above: read elsewhere (infra/text), but waited for here as the others. */
const GZIP = [[0x1f], [0x8b]] as const;

/**
 * Whether `head`, a log's first bytes so far, decides which compression it is, if any: no magic
 * (gzip's included) has them all as its beginning while still longer than they are.
 */
export function compressionDecided(head: Uint8Array): boolean {
  const undecidedBy = (magic: readonly (readonly number[])[]) =>
    head.length < magic.length &&
    magic.slice(0, head.length).every((values, i) => values.includes(head[i] ?? -1));
  return !undecidedBy(GZIP) && !FORMATS.some((format) => undecidedBy(format.magic));
}

/** The compression `head` (a log's first bytes) names, other than gzip, or null. */
export function compressionOf(head: Uint8Array): { name: string; command: string } | null {
  // Each byte of a magic is any of the values listed for it.
  const names = (format: (typeof FORMATS)[number]) =>
    format.magic.every((values, i) => (values as readonly number[]).includes(head[i] ?? -1));
  return FORMATS.find(names) ?? null;
}
