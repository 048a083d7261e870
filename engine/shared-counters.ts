/**
 * State every worker must agree on at once, in SharedArrayBuffers changed with Atomics (no locks):
 * how many torrents each user is leeching right now, for download slots.
 */
import { nextPowerOfTwo } from './state/typed-arrays.js';

const INITIAL_USERS = 1 << 16;
const MAX_USERS = 1 << 24;

export function createLeechingBuffer(users: number): SharedArrayBuffer {
  const length = Math.max(INITIAL_USERS, nextPowerOfTwo(users)) * 4;
  return new SharedArrayBuffer(length, { maxByteLength: MAX_USERS * 4 });
}


/** Leeching torrents per user index, shared by all workers. */
export class LeechingCounters {
  private readonly counts: Int32Array;

  constructor(private readonly buffer: SharedArrayBuffer) {
    // A length-tracking view: it sees growth made by the supervisor from any thread.
    this.counts = new Int32Array(buffer);
  }

  /** Make room for user indexes below `users` (supervisor only, before handing the index out). */
  ensureCapacity(users: number): void {
    const needed = nextPowerOfTwo(users) * 4;
    if (needed > this.buffer.byteLength) this.buffer.grow(Math.min(needed, this.buffer.maxByteLength));
  }

  get(userIndex: number): number {
    return Atomics.load(this.counts, userIndex);
  }

  /** Take one slot unless the user already holds `limit`; the check and the increment are one atomic step. */
  tryAcquire(userIndex: number, limit: number): boolean {
    for (;;) {
      const current = Atomics.load(this.counts, userIndex);
      if (current >= limit) return false;
      if (Atomics.compareExchange(this.counts, userIndex, current, current + 1) === current) return true;
    }
  }

  acquire(userIndex: number): void {
    Atomics.add(this.counts, userIndex, 1);
  }

  release(userIndex: number): void {
    Atomics.sub(this.counts, userIndex, 1);
  }
}
