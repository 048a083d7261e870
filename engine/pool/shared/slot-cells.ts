/**
 * User slots of every key in one SharedArrayBuffer: each key owns a contiguous range of slot cells
 * (slot number n of a key is cell base + n - 1). A cell holds its owner (user index + 1, 0 = free),
 * its key, the streams started on it since the last flush and its last activity. Claims are
 * compare-exchanges, so two workers never hand one slot to two users.
 */

/** Slot cells in all (about 2,600 keys of 100 slots). */
export const MAX_SLOT_CELLS = 1 << 18;

const OWNER = 0;
const KEY = 1;
const STARTED = 2;
const LAST_ACTIVITY = 3;
const ROW = 4;

export function createSlotBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(MAX_SLOT_CELLS * ROW * 4);
}

export class SlotCells {
  private readonly cells: Int32Array;

  constructor(buffer: SharedArrayBuffer) {
    this.cells = new Int32Array(buffer);
  }

  /** User index holding the cell, or -1 when free. */
  owner(cell: number): number {
    return Atomics.load(this.cells, cell * ROW + OWNER) - 1;
  }

  keyOf(cell: number): number {
    return Atomics.load(this.cells, cell * ROW + KEY);
  }

  /** Claim a free cell for `userIndex`; false when someone holds it. */
  tryClaim(cell: number, userIndex: number): boolean {
    return Atomics.compareExchange(this.cells, cell * ROW + OWNER, 0, userIndex + 1) === 0;
  }

  /** Free the cell if `userIndex` still holds it. */
  release(cell: number, userIndex: number): boolean {
    return Atomics.compareExchange(this.cells, cell * ROW + OWNER, userIndex + 1, 0) === userIndex + 1;
  }

  /** Set from the database (supervisor: load and pool_slots.changed). */
  setOwner(cell: number, userIndex: number): void {
    Atomics.store(this.cells, cell * ROW + OWNER, userIndex + 1);
  }

  setKey(cell: number, key: number): void {
    Atomics.store(this.cells, cell * ROW + KEY, key);
  }

  streamStarted(cell: number, nowSeconds: number): void {
    Atomics.add(this.cells, cell * ROW + STARTED, 1);
    Atomics.store(this.cells, cell * ROW + LAST_ACTIVITY, nowSeconds);
  }

  touch(cell: number, nowSeconds: number): void {
    Atomics.store(this.cells, cell * ROW + LAST_ACTIVITY, nowSeconds);
  }

  /** Streams started since the last call (the flusher takes them). */
  takeStarted(cell: number): number {
    return Atomics.exchange(this.cells, cell * ROW + STARTED, 0);
  }

  /** Put back what a failed take could not write. */
  giveBackStarted(cell: number, count: number): void {
    Atomics.add(this.cells, cell * ROW + STARTED, count);
  }

  lastActivity(cell: number): number {
    return Atomics.load(this.cells, cell * ROW + LAST_ACTIVITY);
  }
}
