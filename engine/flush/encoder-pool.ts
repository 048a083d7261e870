/**
 * The flush encoder's thread (encode-task.ts): one piscina worker that turns sealed batches into COPY
 * text off the supervisor's event loop. Batches arrive and leave by transfer.
 */
import { Piscina } from 'piscina';

export function createEncoderPool(): Piscina {
  return new Piscina({
    filename: new URL('./encode-task-entry.mjs', import.meta.url).href,
    minThreads: 1,
    maxThreads: 1,
    // Idle, the thread waits with Atomics.waitAsync rather than Atomics.wait, so its event loop keeps
    // running and the collection it schedules after a batch (engine/collect-garbage.ts) happens. With
    // piscina's default ('sync') it ran only once the next batch arrived: after a burst the thread held
    // the last batches' buffers (75 MiB at 1M peers, docs/benchmarks.md) for as long as the tracker
    // stayed quiet.
    atomics: 'async',
  });
}
