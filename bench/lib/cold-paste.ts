import { median, medianRatio } from './stats.js';

/**
 * Larger than the last-level cache of the machines the bench runs on (32 MB of L3 on the 2-core
 * EPYC of the README's runs): walking it leaves none of the detector's code or data in any cache.
 */
export const EVICT_BYTES = 64 * 1024 * 1024;
const CACHE_LINE = 64;
/** Calls before the rounds, so every function on the paste's path is optimized (as in a process running for days). */
const WARM_CALLS = 3000;

/** Median microseconds of one detection with cold caches and of the same detection warm, and their ratio. */
export interface PasteTiming {
  coldUs: number;
  warmUs: number;
  ratio: number;
}

/**
 * Times one short paste the way a chat process meets it and the way an in-process benchmark does.
 * A chat process answers a paste after milliseconds or minutes of other work (Bolt, HTTP, the store,
 * other tenants of the host), which leave the detector's machine code, tables and index out of
 * cache: measured in the Slack web process under load, a detection of the Slack rows' paste took
 * about ten times what it takes in a loop (`sockerr_detection_seconds`), and a 25 ms pause alone,
 * busy or idle, cost as much. Each round walks {@link EVICT_BYTES} first (untimed), then times the
 * paste (cold) and the same paste again at once (warm).
 */
export function timeColdPaste(detect: (text: string) => unknown, text: string, rounds: number): PasteTiming {
  for (let i = 0; i < WARM_CALLS; i++) detect(text);
  const evict = new Uint8Array(EVICT_BYTES);
  let sink = 0;
  const cold: number[] = [];
  const warm: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Written, not only read: a new buffer's pages all map the kernel's one page of zeros until
    // written, and reading that one page would evict nothing.
    for (let i = 0; i < evict.length; i += CACHE_LINE) {
      const byte = evict[i] as number;
      evict[i] = byte + 1;
      sink += byte;
    }
    let t0 = performance.now();
    detect(text);
    cold.push((performance.now() - t0) * 1000);
    t0 = performance.now();
    detect(text);
    warm.push((performance.now() - t0) * 1000);
  }
  // Read once, so the walk is not dropped as dead code.
  if (sink < 0) throw new Error('unreachable');
  return {
    coldUs: median(cold),
    warmUs: median(warm),
    ratio: medianRatio(cold, warm),
  };
}
