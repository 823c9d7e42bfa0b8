/**
 * Bytes from a stream of chunks, taken as a parser needs them (a gzip header, a trailer), with
 * what was read past the need put back for the next taker. Nothing is held but what was put back.
 */
export class ByteReader {
  private readonly held: Uint8Array[] = [];

  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  /** The next chunk, what was put back first; null at the end. */
  async next(): Promise<Uint8Array | null> {
    const held = this.held.pop();
    if (held) return held;
    for (;;) {
      const next = await this.source.next();
      if (next.done) return null;
      if (next.value.byteLength > 0) return next.value;
    }
  }

  /** Puts bytes back: the next `next()` gives them. */
  unshift(bytes: Uint8Array): void {
    if (bytes.byteLength > 0) this.held.push(bytes);
  }

  /** The next `count` bytes, or fewer where the stream ends sooner. */
  async take(count: number): Promise<Buffer> {
    const taken: Uint8Array[] = [];
    let size = 0;
    while (size < count) {
      const chunk = await this.next();
      if (chunk === null) break;
      const part = chunk.subarray(0, count - size);
      this.unshift(chunk.subarray(part.byteLength));
      taken.push(part);
      size += part.byteLength;
    }
    return Buffer.concat(taken);
  }

  /**
   * Passes over bytes up to and past the first that is `byte`, or, with `until: false`, up to the
   * first that is not; false if the stream ends first. What is passed over is not kept.
   */
  async skip(byte: number, until: boolean): Promise<boolean> {
    for (let chunk = await this.next(); chunk !== null; chunk = await this.next()) {
      const at = until ? chunk.indexOf(byte) : chunk.findIndex((b) => b !== byte);
      if (at >= 0) {
        this.unshift(chunk.subarray(until ? at + 1 : at));
        return true;
      }
    }
    return false;
  }

  /** Lets the source go (a download is cancelled, a file closed) without waiting for it. */
  close(): void {
    this.source.return?.().catch(() => {});
  }
}
