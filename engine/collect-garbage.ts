/**
 * Full V8 collections for a thread that keeps dropping large buffers (a worker's journal and announce
 * log after a burst, engine/flush/drain-capacity.ts; the flusher's batches once written; the encoder's
 * sealed batches once encoded). Array buffers give their memory back only when V8 collects them, and
 * V8 starts a full collection for external memory only once tens of MiB more are held than after the
 * last one: a thread that drops a few MiB per flush may hold 50-90 MiB of dead buffers in RSS for
 * minutes. So each thread counts what it dropped and asks for a collection once the total passes a
 * threshold. `gc` is not exposed without --expose-gc, so the flag is set at run time and the function
 * taken from a new context (the way Jest's --logHeapUsage does it); only contexts made after the flag
 * see `gc`, the engine's own is unchanged.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null = null;

/** Bytes of buffers a thread drops before it asks V8 for a full collection. */
export const COLLECT_AFTER_RELEASE_BYTES = 16 * 2 ** 20;

export function collectGarbage(): void {
  if (gc === null) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

/** How long a thread that dropped less than the threshold waits for quiet before it collects anyway. */
export const COLLECT_WHEN_QUIET_MS = 2000;

let releasedSinceCollection = 0;
let collectionScheduled = false;
let quietTimer: NodeJS.Timeout | null = null;

function collectNow(): void {
  collectionScheduled = false;
  releasedSinceCollection = 0;
  if (quietTimer) clearTimeout(quietTimer);
  quietTimer = null;
  collectGarbage();
}

/**
 * Note that this thread has just dropped `bytes` of array buffers. Once the total since the last
 * collection passes COLLECT_AFTER_RELEASE_BYTES, collect on the next turn of the event loop (after
 * the work in hand, never inside it); below it, collect once the thread has dropped nothing more for
 * COLLECT_WHEN_QUIET_MS (a flusher that caught up, an encoder between bursts), so what the last
 * batches of a burst dropped is not held until the next burst.
 */
export function noteReleased(bytes: number): void {
  if (bytes <= 0) return;
  releasedSinceCollection += bytes;
  if (collectionScheduled) return;
  if (releasedSinceCollection >= COLLECT_AFTER_RELEASE_BYTES) {
    collectionScheduled = true;
    setImmediate(collectNow);
    return;
  }
  if (quietTimer) clearTimeout(quietTimer);
  quietTimer = setTimeout(collectNow, COLLECT_WHEN_QUIET_MS);
  quietTimer.unref();
}
