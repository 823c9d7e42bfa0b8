/**
 * The first `count` bytes of a stream of chunks (fewer where it ends sooner, or where `enough` says
 * the bytes so far decide it), and a generator of all of it again, the first chunks then the rest of
 * the same iterator: a reader that returns early reaches the source (a download is cancelled, a
 * file closed). `enough` matters for a stream that pauses (a pipe, a terminal): `EPIPE` typed on its
 * own is 6 bytes, and waiting for a 7th would hold it from a reader stopped at Ctrl-C.
 */
export async function peekHead(
  chunks: AsyncIterable<Uint8Array>,
  count: number,
  enough: (head: Uint8Array) => boolean = () => false,
): Promise<{ head: Uint8Array; all: () => AsyncGenerator<Uint8Array> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  while (size < count && (size === 0 || !enough(Buffer.concat(first)))) {
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
