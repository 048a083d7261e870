/**
 * Rows other domains hand to the flusher (search logs, pool sessions, ...), written in the same
 * transaction as the engine's batch and under its batch id: a retry after an unknown commit outcome
 * writes them once, like the rest of the batch. A source seals what it holds into the batch being
 * written; the flusher retries a sealed part with the batch and tells it when the batch is written.
 */
import type { PoolClient } from '../../core/db.js';

export interface FlushSide {
  /** Rows waiting for the next batch. */
  readonly pendingRows: number;
  /** Epoch ms of the oldest waiting row, or 0 (flush lag). */
  readonly oldestAt: number;
  /** Hand everything waiting to the batch being sealed; null when nothing waits. */
  seal(): SealedSide | null;
}

export interface SealedSide {
  rows: number;
  oldestAt: number;
  /** Write on the batch's transaction; throwing rolls the whole batch back (and it is retried). */
  write(tx: PoolClient): Promise<void>;
  /** The batch committed (or had committed before): release what the part held. */
  written(): void;
}

export function sidesPending(sides: readonly FlushSide[]): boolean {
  return sides.some((side) => side.pendingRows > 0);
}

export function oldestOf(sides: readonly { oldestAt: number }[]): number {
  let oldest = 0;
  for (const side of sides) if (side.oldestAt && (!oldest || side.oldestAt < oldest)) oldest = side.oldestAt;
  return oldest;
}
