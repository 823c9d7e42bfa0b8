/** The body said it was gzip and was not: bad data, a bad checksum, or cut short. */
export class CorruptGzip extends Error {
  constructor(cause: unknown) {
    super('corrupt gzip data', { cause });
  }
}
