import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what was live at the last full collection, in
 * percent. By default it grows it by up to about 4× when collections are cheap: a chat process
 * with ~30 MB live (SDKs, catalog, detector) and a stream of short-lived request garbage then
 * holds 100+ MB of dead objects under load. Doubling at most keeps it nearer the live set (about
 * 15–20 MB less RSS after a load) for full collections that come about twice as often. Measured on
 * the bench: 30% saves another 20 MB but costs about a fifth more CPU per request under load.
 */
const HEAP_GROWING_PERCENT = 100;

/**
 * Keeps a long-running chat process's heap near its live size. A V8 flag that is read at every
 * full collection, so it takes effect when set at start; in a V8 that ignores it, nothing changes.
 */
export function keepHeapNearLiveSize(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
