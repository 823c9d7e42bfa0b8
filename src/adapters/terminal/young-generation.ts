import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/**
 * The young generation a scan settles at: V8's new space (two halves) of 8 MB. `scan` reads a log
 * in steps whose strings V8 collects young. Left to itself, V8 doubles the young generation up to
 * 32 MB as the scan allocates, most of the process's memory beyond what it starts with; kept at its
 * starting 1 MB, it collects so often that a third of a 1 GB scan went to it. Alternated runs of
 * `sockerr scan --json` (`/usr/bin/time`): a 1 GB log in 3.8 s and 85 MB at this size, against
 * 5.1 s and 84-104 MB at 1 MB; 16 MB took about as long as 8 and 130 MB.
 */
const NEW_SPACE_BYTES = 8 << 20;

/**
 * The pieces of a text, letting V8 grow the young generation to NEW_SPACE_BYTES and no further.
 * The process starts with growth stopped (`--semi-space-growth-factor=1`: the detector's tables,
 * read at the first piece, would grow it past any size). V8 has no flag to set the size once the
 * process runs, but reads the growth factor each time it would grow it: from the second piece on,
 * the factor is set to reach the size in one growth, then to 1 once it is reached. Looked at
 * between pieces: a look costs under a microsecond.
 */
export function withYoungGenerationCap(pieces: AsyncIterable<string>): AsyncIterable<string> {
  let seen = 0;
  let factor = 1;
  let reached = false;
  const look = (result: IteratorResult<string>) => {
    if (!result.done && !reached && seen++ > 0) {
      const size = newSpaceSize();
      reached = size >= NEW_SPACE_BYTES;
      const next = reached ? 1 : Math.ceil(NEW_SPACE_BYTES / size);
      if (next !== factor) setFlagsFromString(`--semi-space-growth-factor=${next}`);
      factor = next;
    }
    return result;
  };
  // An iterator of its own, not an async generator: a generator's every piece went through its own
  // promise and resumption, once per 16 KB piece of a log (with readUntil's, 10-20 ms of a 50 MB scan).
  return {
    [Symbol.asyncIterator]() {
      const iterator = pieces[Symbol.asyncIterator]();
      return {
        next: () => iterator.next().then(look),
        // A scan that stops early (Ctrl-C, an error) lets its source go: a file is closed.
        return: (value?: unknown) => iterator.return?.(value) ?? Promise.resolve({ done: true, value }),
      };
    },
  };
}

const newSpaceSize = () =>
  getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? Infinity;
