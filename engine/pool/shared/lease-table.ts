/**
 * Live stream leases in SharedArrayBuffers, so a heartbeat or an end lands on any worker and finds
 * the lease its start created on another (no hand-off between workers). A cell is claimed with a
 * compare-exchange (free -> starting), filled, then published (-> live); ending is one
 * compare-exchange (live -> ending) that exactly one thread wins, whether a worker's end route, the
 * supervisor's expiry sweep or an operator's eviction, so a stream is freed exactly once.
 */
import { cellOfLeaseId, generationOfLeaseId, LEASE_ID_BYTES, newLeaseId } from './lease-id.js';

/** Leases live at once, all keys together. */
export const MAX_LEASES = 1 << 16;

export const FREE = 0;
export const LIVE = 1;
const ENDING = 2;
const STARTING = 3;

const STATE = 0;
const KEY = 1;
const SLOT = 2;
const USER = 3;
const GENERATION = 4;
/** Unix seconds after which the lease is expired. */
const EXPIRES = 5;
const ROW = 8;

export interface LeaseBuffers {
  cells: SharedArrayBuffer;
  startedAt: SharedArrayBuffer;
  ids: SharedArrayBuffer;
}

export function createLeaseBuffers(): LeaseBuffers {
  return {
    cells: new SharedArrayBuffer(MAX_LEASES * ROW * 4),
    startedAt: new SharedArrayBuffer(MAX_LEASES * 8),
    ids: new SharedArrayBuffer(MAX_LEASES * LEASE_ID_BYTES),
  };
}

/** What the thread that ended a lease learns about it (reused: read it before the next call). */
export interface EndedLease {
  /** The lease's id (16 bytes), copied before the cell can be reused. */
  id: Uint8Array;
  cell: number;
  key: number;
  slot: number;
  user: number;
  startedAtMs: number;
}

export class LeaseTable {
  private readonly cells: Int32Array;
  private readonly startedAt: Float64Array;
  readonly ids: Uint8Array;
  private cursor: number;
  readonly ended: EndedLease = { id: new Uint8Array(LEASE_ID_BYTES), cell: -1, key: -1, slot: -1, user: -1, startedAtMs: 0 };

  /** `start` spreads the workers' claim scans apart. */
  constructor(buffers: LeaseBuffers, start = 0) {
    this.cells = new Int32Array(buffers.cells);
    this.startedAt = new Float64Array(buffers.startedAt);
    this.ids = new Uint8Array(buffers.ids);
    this.cursor = start % MAX_LEASES;
  }

  /** Claim, fill and publish a lease; returns its cell (its id is at ids[cell * 16]), or -1 when the table is full. */
  start(key: number, slot: number, user: number, startedAtMs: number, expiresAt: number): number {
    const c = this.cells;
    for (let n = 0; n < MAX_LEASES; n++) {
      const cell = (this.cursor + n) % MAX_LEASES;
      const at = cell * ROW;
      if (Atomics.load(c, at + STATE) !== FREE || Atomics.compareExchange(c, at + STATE, FREE, STARTING) !== FREE) continue;
      this.cursor = cell + 1;
      const generation = Atomics.add(c, at + GENERATION, 1) + 1;
      this.fill(cell, key, slot, user, startedAtMs, expiresAt);
      newLeaseId(cell, generation >>> 0, this.ids, cell * LEASE_ID_BYTES);
      Atomics.store(c, at + STATE, LIVE); // publishes the plain writes above to any thread that sees LIVE
      return cell;
    }
    return -1;
  }

  /** Put a lease restored after a restart back in the cell its id names; false when that cell is taken. */
  restore(id: Uint8Array, key: number, slot: number, user: number, startedAtMs: number, expiresAt: number): boolean {
    const cell = cellOfLeaseId(id);
    if (cell >= MAX_LEASES) return false;
    const at = cell * ROW;
    if (Atomics.compareExchange(this.cells, at + STATE, FREE, STARTING) !== FREE) return false;
    Atomics.store(this.cells, at + GENERATION, generationOfLeaseId(id) | 0);
    this.fill(cell, key, slot, user, startedAtMs, expiresAt);
    this.ids.set(id.subarray(0, LEASE_ID_BYTES), cell * LEASE_ID_BYTES);
    Atomics.store(this.cells, at + STATE, LIVE);
    return true;
  }

  private fill(cell: number, key: number, slot: number, user: number, startedAtMs: number, expiresAt: number): void {
    const at = cell * ROW;
    const c = this.cells;
    c[at + KEY] = key;
    c[at + SLOT] = slot;
    c[at + USER] = user;
    c[at + EXPIRES] = expiresAt;
    this.startedAt[cell] = startedAtMs;
  }

  /** The live lease whose id is `id` (16 bytes), or -1. */
  find(id: Uint8Array): number {
    const cell = cellOfLeaseId(id);
    if (cell >= MAX_LEASES || Atomics.load(this.cells, cell * ROW + STATE) !== LIVE) return -1;
    const ids = this.ids;
    const base = cell * LEASE_ID_BYTES;
    for (let i = 0; i < LEASE_ID_BYTES; i++) if (ids[base + i] !== id[i]) return -1;
    return cell;
  }

  extend(cell: number, expiresAt: number): void {
    Atomics.store(this.cells, cell * ROW + EXPIRES, expiresAt);
  }

  /**
   * End the live lease in `cell` if this thread wins it; its figures are then in `ended` until the
   * next call. The cell is free again on return (its id stays readable until it is reused).
   */
  end(cell: number): boolean {
    const at = cell * ROW;
    const c = this.cells;
    if (Atomics.compareExchange(c, at + STATE, LIVE, ENDING) !== LIVE) return false;
    const e = this.ended;
    e.id.set(this.ids.subarray(cell * LEASE_ID_BYTES, (cell + 1) * LEASE_ID_BYTES)); // before the cell can be reused
    e.cell = cell;
    e.key = c[at + KEY]!;
    e.slot = c[at + SLOT]!;
    e.user = c[at + USER]!;
    e.startedAtMs = this.startedAt[cell]!;
    Atomics.store(c, at + STATE, FREE);
    return true;
  }

  isLive(cell: number): boolean {
    return Atomics.load(this.cells, cell * ROW + STATE) === LIVE;
  }

  keyOf(cell: number): number {
    return this.cells[cell * ROW + KEY]!;
  }

  slotOf(cell: number): number {
    return this.cells[cell * ROW + SLOT]!;
  }

  userOf(cell: number): number {
    return this.cells[cell * ROW + USER]!;
  }

  expiresAt(cell: number): number {
    return Atomics.load(this.cells, cell * ROW + EXPIRES);
  }

  startedAtMs(cell: number): number {
    return this.startedAt[cell]!;
  }
}
