/**
 * Each user's slot (by the engine's dense user index): the cell of the slot they hold + 1, or 0.
 * One compare-exchange decides a user's slot, so two devices starting streams on two workers at once
 * end up on the same slot. The buffer grows with the user index space, like the leeching counters.
 */
import { nextPowerOfTwo } from '../../state/typed-arrays.js';

const INITIAL_USERS = 1 << 16;
const MAX_USERS = 1 << 24;

export function createUserSlotBuffer(users: number): SharedArrayBuffer {
  const length = Math.max(INITIAL_USERS, nextPowerOfTwo(users)) * 4;
  return new SharedArrayBuffer(length, { maxByteLength: MAX_USERS * 4 });
}

export class UserSlotCells {
  private readonly cells: Int32Array;

  constructor(private readonly buffer: SharedArrayBuffer) {
    // Length-tracking: sees growth made by the supervisor from any thread.
    this.cells = new Int32Array(buffer);
  }

  /** Make room for user indexes below `users` (supervisor only, before handing an index out). */
  ensureCapacity(users: number): void {
    const needed = nextPowerOfTwo(users) * 4;
    if (needed > this.buffer.byteLength) this.buffer.grow(Math.min(needed, this.buffer.maxByteLength));
  }

  /** The slot cell the user holds, or -1. */
  slotOf(userIndex: number): number {
    return userIndex < this.cells.length ? Atomics.load(this.cells, userIndex) - 1 : -1;
  }

  /** Replace `expected` (a cell or -1) with `cell` (or -1); false when another thread changed it first. */
  swap(userIndex: number, expected: number, cell: number): boolean {
    return Atomics.compareExchange(this.cells, userIndex, expected + 1, cell + 1) === expected + 1;
  }

  set(userIndex: number, cell: number): void {
    Atomics.store(this.cells, userIndex, cell + 1);
  }
}
