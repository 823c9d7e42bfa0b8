/**
 * The first `count` bytes of a stream of chunks (fewer where it ends sooner), and a generator of all
 * of it again, the first chunks then the rest of the same iterator: a reader that returns early
 * reaches the source (a download is cancelled, a file closed).
 */
export async function peekHead(
  chunks: AsyncIterable<Uint8Array>,
  count: number,
): Promise<{ head: Uint8Array; all: () => AsyncGenerator<Uint8Array> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  while (size < count) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    first.push(next.value);
    size += next.value.byteLength;
  }
  async function* all(): AsyncGenerator<Uint8Array> {
    yield* first;
    if (!ended) yield* { [Symbol.asyncIterator]: () => iterator };
  }
  return { head: Buffer.concat(first).subarray(0, count), all };
}
