/**
 * A full V8 collection on request, for a thread that has just dropped large buffers (a worker's journal
 * and announce log after a burst, engine/flush/drain-capacity.ts; the flusher's batch once written).
 * Array buffers give their memory back only when V8 collects them, and an idle thread may not collect
 * for minutes: the buffers it dropped stay in RSS until then. `gc` is not exposed without --expose-gc,
 * so the flag is set at run time and the function taken from a new context (the way Jest's
 * --logHeapUsage does it); only contexts made after the flag see `gc`, the engine's own is unchanged.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null = null;

/** Buffers a thread must have just dropped before it asks V8 for a collection at once. */
export const COLLECT_AFTER_RELEASE_BYTES = 32 * 2 ** 20;

export function collectGarbage(): void {
  if (gc === null) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
