/**
 * Each user's slot (by the engine's dense user index): the cell of the slot they hold + 1, or 0.
 * One compare-exchange decides a user's slot, so two devices starting streams on two workers at once
 * end up on the same slot. The buffer grows with the user index space, like the leeching counters.
 */
import { SharedInt32Cells } from '../../state/shared-int32-cells.js';
import { nextPowerOfTwo } from '../../state/typed-arrays.js';

const INITIAL_USERS = 1 << 16;
const MAX_USERS = 1 << 24;

export function createUserSlotBuffer(users: number): SharedArrayBuffer {
  const length = Math.max(INITIAL_USERS, nextPowerOfTwo(users)) * 4;
  return new SharedArrayBuffer(length, { maxByteLength: MAX_USERS * 4 });
}

export class UserSlotCells {
  /** Grown by the supervisor, from any thread's point of view at any time. */
  private readonly cells: SharedInt32Cells;

  constructor(buffer: SharedArrayBuffer) {
    this.cells = new SharedInt32Cells(buffer);
  }

  /** Make room for user indexes below `users` (supervisor only, before handing an index out). */
  ensureCapacity(users: number): void {
    this.cells.growTo(nextPowerOfTwo(users) * 4);
  }

  /** The slot cell the user holds, or -1. */
  slotOf(userIndex: number): number {
    const cells = this.cells.covering(userIndex);
    return userIndex < cells.length ? Atomics.load(cells, userIndex) - 1 : -1;
  }

  /** Replace `expected` (a cell or -1) with `cell` (or -1); false when another thread changed it first. */
  swap(userIndex: number, expected: number, cell: number): boolean {
    return Atomics.compareExchange(this.cells.covering(userIndex), userIndex, expected + 1, cell + 1) === expected + 1;
  }

  set(userIndex: number, cell: number): void {
    Atomics.store(this.cells.covering(userIndex), userIndex, cell + 1);
  }
}
