/**
 * State every worker must agree on at once, in SharedArrayBuffers changed with Atomics (no locks):
 * how many torrents each user is leeching right now, for download slots.
 */
import { SharedInt32Cells } from './state/shared-int32-cells.js';
import { nextPowerOfTwo } from './state/typed-arrays.js';

const INITIAL_USERS = 1 << 16;
const MAX_USERS = 1 << 24;

export function createLeechingBuffer(users: number): SharedArrayBuffer {
  const length = Math.max(INITIAL_USERS, nextPowerOfTwo(users)) * 4;
  return new SharedArrayBuffer(length, { maxByteLength: MAX_USERS * 4 });
}


/** Leeching torrents per user index, shared by all workers. */
export class LeechingCounters {
  /** Grown by the supervisor, from any thread's point of view at any time. */
  private readonly cells: SharedInt32Cells;

  constructor(buffer: SharedArrayBuffer) {
    this.cells = new SharedInt32Cells(buffer);
  }

  /** Make room for user indexes below `users` (supervisor only, before handing the index out). */
  ensureCapacity(users: number): void {
    this.cells.growTo(nextPowerOfTwo(users) * 4);
  }

  get(userIndex: number): number {
    return Atomics.load(this.cells.covering(userIndex), userIndex);
  }

  /** Take one slot unless the user already holds `limit`; the check and the increment are one atomic step. */
  tryAcquire(userIndex: number, limit: number): boolean {
    const counts = this.cells.covering(userIndex);
    for (;;) {
      const current = Atomics.load(counts, userIndex);
      if (current >= limit) return false;
      if (Atomics.compareExchange(counts, userIndex, current, current + 1) === current) return true;
    }
  }

  acquire(userIndex: number): void {
    Atomics.add(this.cells.covering(userIndex), userIndex, 1);
  }

  release(userIndex: number): void {
    Atomics.sub(this.cells.covering(userIndex), userIndex, 1);
  }
}
