/**
 * Every pool key's live figures in one SharedArrayBuffer, one row of Int32 cells per key index,
 * changed with Atomics by whichever thread a request lands on. The stream count is taken with a
 * compare-exchange under the cap, so the cap holds across workers without a lock; health fields
 * change under a tiny per-key spin lock (a report reads and writes status and failure count together).
 */
import { DEGRADED, HEALTHY } from './key-status.js';

/** Keys the engine can hold at once (a key index is never reused while the process runs). */
export const MAX_KEYS = 4096;

const PRESENT = 0; // 0: unused index, 1: loaded, 2: deleted
const STREAMS = 1;
const CAP = 2;
const USED_SLOTS = 3;
const MAX_SLOTS = 4;
const STATUS = 5;
const ACTIVE = 6;
const FAILURES = 7;
const PRIORITY = 8;
const SLOT_BASE = 9;
const SLOT_CAPACITY = 10;
const REFUSALS = 11;
const LOCK = 12;
/** Bumped by every health change, so the flusher writes a key's health only when it moved. */
const HEALTH_VERSION = 13;
const LAST_HTTP_STATUS = 14;
const ROW = 16;

export function createKeyBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(MAX_KEYS * ROW * 4);
}

/** What a key's row is set from (a torbox_pool row). */
export interface KeySettings {
  cap: number;
  maxSlots: number;
  status: number;
  active: boolean;
  consecutiveFailures: number;
  priority: number;
}

export class KeyCells {
  private readonly cells: Int32Array;

  constructor(buffer: SharedArrayBuffer) {
    this.cells = new Int32Array(buffer);
  }

  // --- streams ---------------------------------------------------------------------------------

  /** Take one stream unless the key already has `cap` live: the check and the increment are one atomic step. */
  tryTakeStream(key: number): boolean {
    const at = key * ROW;
    const c = this.cells;
    for (;;) {
      const current = Atomics.load(c, at + STREAMS);
      if (current >= Atomics.load(c, at + CAP)) return false;
      if (Atomics.compareExchange(c, at + STREAMS, current, current + 1) === current) return true;
    }
  }

  /** A restored lease counts whatever the cap (the streams were live before the restart). */
  addStream(key: number): void {
    Atomics.add(this.cells, key * ROW + STREAMS, 1);
  }

  releaseStream(key: number): void {
    Atomics.sub(this.cells, key * ROW + STREAMS, 1);
  }

  streams(key: number): number {
    return Atomics.load(this.cells, key * ROW + STREAMS);
  }

  cap(key: number): number {
    return Atomics.load(this.cells, key * ROW + CAP);
  }

  refused(key: number): void {
    Atomics.add(this.cells, key * ROW + REFUSALS, 1);
  }

  refusals(key: number): number {
    return Atomics.load(this.cells, key * ROW + REFUSALS);
  }

  // --- slots -----------------------------------------------------------------------------------

  /** Reserve one user slot unless all `max_user_slots` are taken. */
  tryReserveSlot(key: number): boolean {
    const at = key * ROW;
    const c = this.cells;
    for (;;) {
      const current = Atomics.load(c, at + USED_SLOTS);
      if (current >= Atomics.load(c, at + MAX_SLOTS)) return false;
      if (Atomics.compareExchange(c, at + USED_SLOTS, current, current + 1) === current) return true;
    }
  }

  releaseSlot(key: number): void {
    Atomics.sub(this.cells, key * ROW + USED_SLOTS, 1);
  }

  setUsedSlots(key: number, used: number): void {
    Atomics.store(this.cells, key * ROW + USED_SLOTS, used);
  }

  usedSlots(key: number): number {
    return Atomics.load(this.cells, key * ROW + USED_SLOTS);
  }

  maxSlots(key: number): number {
    return Atomics.load(this.cells, key * ROW + MAX_SLOTS);
  }

  slotBase(key: number): number {
    return Atomics.load(this.cells, key * ROW + SLOT_BASE);
  }

  slotCapacity(key: number): number {
    return Atomics.load(this.cells, key * ROW + SLOT_CAPACITY);
  }

  // --- settings and state ----------------------------------------------------------------------

  /** Loaded or reloaded from its row (supervisor only). Slot cells are placed once, at first load. */
  load(key: number, settings: KeySettings, slotBase: number, slotCapacity: number): void {
    const at = key * ROW;
    const c = this.cells;
    Atomics.store(c, at + CAP, settings.cap);
    Atomics.store(c, at + MAX_SLOTS, Math.min(settings.maxSlots, slotCapacity));
    Atomics.store(c, at + ACTIVE, settings.active ? 1 : 0);
    Atomics.store(c, at + PRIORITY, settings.priority);
    Atomics.store(c, at + SLOT_BASE, slotBase);
    Atomics.store(c, at + SLOT_CAPACITY, slotCapacity);
    this.withLock(key, () => {
      Atomics.store(c, at + STATUS, settings.status);
      Atomics.store(c, at + FAILURES, settings.consecutiveFailures);
    });
    Atomics.store(c, at + PRESENT, 1);
  }

  remove(key: number): void {
    Atomics.store(this.cells, key * ROW + PRESENT, 2);
  }

  isPresent(key: number): boolean {
    return Atomics.load(this.cells, key * ROW + PRESENT) === 1;
  }

  /** A key an existing user may keep streaming on: loaded, active, healthy or degraded. */
  servesStreams(key: number): boolean {
    const at = key * ROW;
    const status = Atomics.load(this.cells, at + STATUS);
    return this.isPresent(key) && Atomics.load(this.cells, at + ACTIVE) === 1 && (status === HEALTHY || status === DEGRADED);
  }

  /** A key that may take a new user: loaded, active and healthy. */
  takesNewUsers(key: number): boolean {
    const at = key * ROW;
    return this.isPresent(key) && Atomics.load(this.cells, at + ACTIVE) === 1 && Atomics.load(this.cells, at + STATUS) === HEALTHY;
  }

  priority(key: number): number {
    return Atomics.load(this.cells, key * ROW + PRIORITY);
  }

  status(key: number): number {
    return Atomics.load(this.cells, key * ROW + STATUS);
  }

  consecutiveFailures(key: number): number {
    return Atomics.load(this.cells, key * ROW + FAILURES);
  }

  healthVersion(key: number): number {
    return Atomics.load(this.cells, key * ROW + HEALTH_VERSION);
  }

  lastHttpStatus(key: number): number {
    return Atomics.load(this.cells, key * ROW + LAST_HTTP_STATUS);
  }

  /**
   * Move the key's health by `next(status, failures)` as one step: reports landing on two workers at
   * once never lose a failure. Returns the health version after the change.
   */
  changeHealth(key: number, httpStatus: number, next: (status: number, failures: number) => { status: number; failures: number }): number {
    const at = key * ROW;
    const c = this.cells;
    return this.withLock(key, () => {
      const moved = next(Atomics.load(c, at + STATUS), Atomics.load(c, at + FAILURES));
      Atomics.store(c, at + STATUS, moved.status);
      Atomics.store(c, at + FAILURES, moved.failures);
      Atomics.store(c, at + LAST_HTTP_STATUS, httpStatus);
      return Atomics.add(c, at + HEALTH_VERSION, 1) + 1;
    });
  }

  private withLock<T>(key: number, fn: () => T): T {
    const lock = key * ROW + LOCK;
    const c = this.cells;
    // The critical sections are a few loads and stores: spinning is cheaper than parking.
    while (Atomics.compareExchange(c, lock, 0, 1) !== 0);
    try {
      return fn();
    } finally {
      Atomics.store(c, lock, 0);
    }
  }
}
