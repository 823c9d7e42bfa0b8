import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what was live at the last full collection, in
 * percent. By default it grows it by up to about 4× when collections are cheap: a chat process
 * with ~30 MB live (SDKs, catalog, detector) and a stream of short-lived request garbage then
 * holds 100+ MB of dead objects under load. 30% keeps it near the live set, for full collections
 * that come more often (incremental, a few milliseconds each).
 */
const HEAP_GROWING_PERCENT = 30;

/**
 * Keeps a long-running chat process's heap near its live size. A V8 flag that is read at every
 * full collection, so it takes effect when set at start; in a V8 that ignores it, nothing changes.
 */
export function keepHeapNearLiveSize(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
