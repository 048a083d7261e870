/**
 * Giving back the memory of large buffers a thread keeps dropping (a worker's journal and announce
 * log after a burst, engine/flush/drain-capacity.ts; the flusher's batches once written; the encoder's
 * sealed batches once encoded). Array buffers give their memory back only when V8 collects them, and
 * V8 starts a full collection for external memory only once tens of MiB more are held than after the
 * last one: a thread that drops a few MiB per flush may hold 50-90 MiB of dead buffers in RSS for
 * minutes. Two ways out, one per kind of drop:
 *
 * - `release`: buffers dropped at a known point and held nowhere else (the spares beyond their bound,
 *   spare-buffers.ts) are emptied at once, their memory freed by a minor collection right after;
 * - `noteReleased`: for the rest (a journal's own buffers after it shrinks), each thread counts what it
 *   dropped and asks for a full collection once the total passes a threshold, or once it goes quiet.
 *
 * `gc` is not exposed without --expose-gc, so the flag is set at run time and the function
 * taken from a new context (the way Jest's --logHeapUsage does it); only contexts made after the flag
 * see `gc`, the engine's own is unchanged.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (options?: { type: 'major' | 'minor' }) => void;
let gc: Gc | null = null;

/** Bytes of buffers a thread drops before it asks V8 for a full collection. */
export const COLLECT_AFTER_RELEASE_BYTES = 16 * 2 ** 20;

function exposedGc(): Gc {
  if (gc === null) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as Gc;
  }
  return gc;
}

/** A full collection, now. */
export function collectGarbage(): void {
  exposedGc()();
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

/** Array buffers smaller than this are left to V8: they may be slices of Node's shared Buffer pool. */
export const RELEASE_MIN_BYTES = 64 * 2 ** 10;

let minorScheduled: NodeJS.Immediate | null = null;

/**
 * Free the memory of `buffers`, which the caller drops for good (nothing may read them afterwards),
 * at the next minor collection instead of the next full one. Their contents are moved (transferred,
 * not copied) into new array buffers that nothing keeps, and the old ones are left empty: a buffer that
 * lived through a couple of collections is in the old generation, which only a full collection sweeps
 * (tens of ms on the supervisor's heap, and V8 starts one for external memory late), while the new ones
 * are young and go at the next minor collection (about a ms), which is asked for on the next turn of
 * the event loop: left to the young generation filling up, the moved memory stayed resident for seconds
 * on the supervisor during a fill (40-50 B more RSS per peer while 1M peers arrived).
 * Buffers under RELEASE_MIN_BYTES, detached ones and repeats are skipped. Returns the bytes released.
 */
export function release(buffers: readonly ArrayBuffer[]): number {
  const owned = new Set<ArrayBuffer>();
  let bytes = 0;
  for (const buffer of buffers) {
    if (buffer.byteLength < RELEASE_MIN_BYTES || owned.has(buffer)) continue;
    owned.add(buffer);
    bytes += buffer.byteLength;
  }
  if (owned.size === 0) return 0;
  const list = [...owned];
  structuredClone(list, { transfer: list });
  if (!minorScheduled) minorScheduled = setImmediate(collectYoung);
  return bytes;
}

function collectYoung(): void {
  minorScheduled = null;
  exposedGc()({ type: 'minor' });
}
