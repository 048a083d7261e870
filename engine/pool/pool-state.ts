/**
 * One worker's view of the pool: the shared cells (the truth every worker agrees on), and the
 * read-mostly records the supervisor sends (keys with their decrypted API keys, slot ids,
 * users by id). Nothing here is read from PostgreSQL.
 */
import type { UserRecord } from '../records.js';
import { PoolJournal } from './pool-journal.js';
import type { PoolKeyRecord, PoolWorkerData, PoolWorkerSettings } from './pool-records.js';
import { KeyCells } from './shared/key-cells.js';
import { LeaseTable, MAX_LEASES } from './shared/lease-table.js';
import { SlotCells } from './shared/slot-cells.js';
import { UserSlotCells } from './shared/user-slot-cells.js';

export interface PoolUser {
  index: number;
  enabled: boolean;
}

export class PoolState {
  readonly keyCells: KeyCells;
  readonly slotCells: SlotCells;
  readonly userSlots: UserSlotCells;
  readonly leases: LeaseTable;
  readonly journal = new PoolJournal();
  readonly settings: PoolWorkerSettings;
  /** Requests served per worker (this worker writes only its own cell). */
  readonly requests: Float64Array;
  readonly workerIndex: number;
  private readonly keys: (PoolKeyRecord | undefined)[] = [];
  private readonly keysById = new Map<string, PoolKeyRecord>();
  /** Key indexes, highest priority first (ties: the older key, i.e. the lower index). */
  order: number[] = [];
  private readonly users = new Map<string, PoolUser>();
  private readonly userIdOfIndex: (string | undefined)[] = [];

  constructor(data: PoolWorkerData, workerIndex: number, workerCount: number) {
    this.settings = data.settings;
    this.requests = new Float64Array(data.buffers.requests);
    this.workerIndex = workerIndex;
    this.keyCells = new KeyCells(data.buffers.keys);
    this.slotCells = new SlotCells(data.buffers.slots);
    this.userSlots = new UserSlotCells(data.buffers.userSlots);
    this.leases = new LeaseTable(data.buffers.leases, Math.floor((MAX_LEASES / workerCount) * workerIndex));
    this.setKeys(data.keys);
  }

  // --- keys ------------------------------------------------------------------------------------

  setKeys(records: PoolKeyRecord[]): void {
    for (const record of records) {
      const previous = this.keys[record.index];
      if (previous) this.keysById.delete(previous.id);
      this.keys[record.index] = record;
      this.keysById.set(record.id, record);
    }
    this.sortKeys();
  }

  removeKey(index: number): void {
    const previous = this.keys[index];
    if (previous) this.keysById.delete(previous.id);
    this.keys[index] = undefined;
    this.sortKeys();
  }

  /** Priorities live in the shared cells (the supervisor sets them before sending the records). */
  private sortKeys(): void {
    const cells = this.keyCells;
    this.order = this.keys.flatMap((k) => (k ? [k.index] : [])).sort((a, b) => cells.priority(b) - cells.priority(a) || a - b);
  }

  key(index: number): PoolKeyRecord | undefined {
    return this.keys[index];
  }

  keyById(id: string): PoolKeyRecord | undefined {
    return this.keysById.get(id);
  }

  /** Every key this worker knows (metrics). */
  allKeys(): PoolKeyRecord[] {
    return this.keys.filter((k): k is PoolKeyRecord => k !== undefined);
  }

  // --- users ----------------------------------------------------------------------------------

  upsertUser(user: UserRecord): void {
    this.users.set(user.id, { index: user.index, enabled: user.enabled });
    this.userIdOfIndex[user.index] = user.id;
  }

  removeUser(index: number): void {
    const id = this.userIdOfIndex[index];
    if (id !== undefined) this.users.delete(id);
    this.userIdOfIndex[index] = undefined;
  }

  user(id: string): PoolUser | undefined {
    return this.users.get(id);
  }

  userIdOf(index: number): string | undefined {
    return this.userIdOfIndex[index];
  }

}
