/**
 * The pool in the engine supervisor: loads keys and slots into the shared cells before the
 * workers start, restores the leases still inside their time to live, keeps everything current from
 * events, sweeps expired leases, and runs the pool flusher. Nothing here is on the request path.
 */
import type { Config } from '../../core/config.js';
import type { Pool } from '../../core/db.js';
import type { DomainEvent } from '../../core/events.js';
import type { Logger } from '../../core/log.js';
import { SecretBox } from '../../core/secret-box.js';
import type { UserIndexes } from '../catalog-loader.js';
import type { SupervisorToWorker, WorkerToSupervisor } from '../messages.js';
import { PoolFlusher } from './flush/pool-flusher.js';
import { WrittenState } from './flush/written-state.js';
import { KeyDirectory } from './key-directory.js';
import { restoreLeases } from './lease-restore.js';
import { loadPoolKey, loadPoolKeys, loadSlots, type PoolKeyRow } from './pool-loader.js';
import type { PoolBuffers, PoolKeyRecord, PoolToWorker, PoolWorkerData } from './pool-records.js';
import { readPoolDrain, type PoolDrain, type PoolDrainRecords } from './pool-journal.js';
import { PoolState } from './pool-state.js';
import { createKeyBuffer } from './shared/key-cells.js';
import { statusCode } from './shared/key-status.js';
import { LEASE_ID_BYTES, parseLeaseId } from './shared/lease-id.js';
import { createLeaseBuffers, MAX_LEASES } from './shared/lease-table.js';
import { createSlotBuffer } from './shared/slot-cells.js';
import { createUserSlotBuffer } from './shared/user-slot-cells.js';
import { endLease, endLeaseAt } from './stream-leases.js';

export interface PoolSupervisorOptions {
  config: Config['pool'];
  pool: Pool;
  indexes: UserIndexes;
  log: Logger;
  /** Write what the pool does to PostgreSQL (off: tests that only inspect memory). */
  flushToDatabase: boolean;
}

/** Sends a message to every worker and collects each one's reply (the engine's askAll). */
export type AskWorkers = <T>(message: SupervisorToWorker, pick: (m: WorkerToSupervisor) => T | undefined) => Promise<T[]>;

const SWEEP_MS = 500;
/** engine.workers is at most 256. */
const MAX_WORKERS = 256;

/** Refuse to run the pool without a master key, saying how to make one. */
export function poolMasterKeyProblem(config: Config['pool']): string | null {
  if (config.masterKey) return null;
  return 'the debrid key pool is off: pool.masterKey (SWARMGATE_POOL_MASTER_KEY) is not set; make one with `openssl rand -base64 32` and keep it: it decrypts the stored API keys';
}

export class PoolSupervisor {
  readonly state: PoolState;
  readonly written = new WrittenState();
  readonly keys = new KeyDirectory();
  private readonly buffers: PoolBuffers;
  private readonly box: SecretBox;
  private ask: AskWorkers | null = null;
  private sweepTimer: NodeJS.Timeout | null = null;
  private readonly flusher: PoolFlusher | null;
  private nextRequestId = 1;

  private constructor(private readonly options: PoolSupervisorOptions) {
    this.box = new SecretBox(options.config.masterKey!);
    this.buffers = {
      keys: createKeyBuffer(),
      slots: createSlotBuffer(),
      userSlots: createUserSlotBuffer(options.indexes.size),
      leases: createLeaseBuffers(),
      requests: new SharedArrayBuffer(MAX_WORKERS * 8),
    };
    this.state = new PoolState({ settings: this.settings(), buffers: this.buffers, keys: [] }, 0, 1);
    this.flusher = options.flushToDatabase
      ? new PoolFlusher({
          pool: options.pool,
          intervalMs: options.config.flushIntervalMs,
          supervisor: this,
          drainWorkers: () => this.drainWorkers(),
          log: options.log.child({ module: 'pool-flush' }),
        })
      : null;
  }

  /** Load everything and restore live leases; throws when the master key is unusable. */
  static async load(options: PoolSupervisorOptions): Promise<PoolSupervisor> {
    const supervisor = new PoolSupervisor(options);
    const started = Date.now();
    const rows = await loadPoolKeys(options.pool, supervisor.box);
    for (const row of rows) await supervisor.loadKey(row);
    const restored = await restoreLeases(supervisor, options.pool, options.config.leaseTtlSeconds);
    options.log.info({ keys: rows.length, ...restored, ms: Date.now() - started }, 'debrid key pool loaded');
    return supervisor;
  }

  private settings() {
    const c = this.options.config;
    return {
      leaseTtlSeconds: c.leaseTtlSeconds,
      degradedAfterFailures: c.degradedAfterFailures,
      failingAfterFailures: c.failingAfterFailures,
      onAnnouncePort: c.onAnnouncePort,
    };
  }

  get indexes(): UserIndexes {
    return this.options.indexes;
  }

  /** What every worker starts from. */
  workerData(): PoolWorkerData {
    return { settings: this.settings(), buffers: this.buffers, keys: this.keys.all() };
  }

  /** Grow the per-user cells before a new user index reaches a worker. */
  ensureUserCapacity(users: number): void {
    this.state.userSlots.ensureCapacity(users);
  }

  /** The workers are up: start sweeping expired leases and flushing. */
  start(ask: AskWorkers): void {
    this.ask = ask;
    this.sweepTimer = setInterval(() => this.sweepExpired(Date.now()), SWEEP_MS);
    this.flusher?.start();
  }

  async stop(): Promise<void> {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    this.sweepTimer = null;
    await this.flusher?.stop();
  }

  /** Write what has happened so far (tests, shutdown). */
  async flushNow(): Promise<void> {
    await this.flusher?.flushNow();
  }

  /** End every lease whose heartbeats stopped more than a time to live ago. */
  sweepExpired(nowMs: number): number {
    const now = Math.floor(nowMs / 1000);
    const leases = this.state.leases;
    let ended = 0;
    for (let cell = 0; cell < MAX_LEASES; cell++) {
      if (leases.isLive(cell) && leases.expiresAt(cell) < now && endLeaseAt(this.state, cell, 'expired', nowMs) >= 0) ended++;
    }
    return ended;
  }

  // --- keys and slots --------------------------------------------------------------------------

  /** Put a key row into the cells and the directory; returns its record (null when it cannot be placed). */
  private async loadKey(row: PoolKeyRow): Promise<PoolKeyRecord | null> {
    const { log, pool } = this.options;
    const place = this.keys.place(row.id, row.maxUserSlots);
    if (!place) {
      log.error({ poolKeyId: row.id, name: row.name }, 'pool key not loaded: the engine holds its maximum of keys or slots');
      return null;
    }
    if (row.maxUserSlots > place.slotCapacity) {
      log.warn({ poolKeyId: row.id, name: row.name, maxUserSlots: row.maxUserSlots, served: place.slotCapacity },
        'max_user_slots grew beyond the slots placed at first load: the new slots serve after an engine restart');
    }
    if (row.apiKey === null) {
      log.error({ poolKeyId: row.id, name: row.name, fingerprint: row.fingerprint },
        'pool key not served: its API key does not decrypt under pool.masterKey (was it sealed with another master key?)');
    }
    const slots = await loadSlots(pool, row.id, place.slotCapacity);
    const record: PoolKeyRecord = {
      index: place.index,
      id: row.id,
      name: row.name,
      apiKey: row.apiKey ?? '',
      fingerprint: row.fingerprint,
      slotIds: slots.map((s) => s.id),
    };
    this.keys.setRecord(record);
    this.state.keyCells.load(
      place.index,
      {
        cap: row.maxConcurrentStreams,
        maxSlots: row.maxUserSlots,
        status: statusCode(row.status),
        active: row.active && row.apiKey !== null,
        consecutiveFailures: row.consecutiveFailures,
        priority: row.priority,
      },
      place.slotBase,
      place.slotCapacity,
    );
    this.placeOwners(place.index, place.slotBase, slots);
    this.state.setKeys([record]);
    return record;
  }

  /** Slot owners as stored: the cells, each user's slot, and the key's used-slot count follow the rows. */
  private placeOwners(key: number, slotBase: number, slots: { slotNumber: number; userId: string | null }[]): void {
    const { slotCells, userSlots, keyCells } = this.state;
    const users = slots.map((s) => (s.userId ? this.options.indexes.indexOf(s.userId) : -1));
    this.ensureUserCapacity(this.options.indexes.size);
    let used = 0;
    slots.forEach((slot, i) => {
      const cell = slotBase + slot.slotNumber - 1;
      const user = users[i]!;
      const previous = slotCells.owner(cell);
      slotCells.setKey(cell, key);
      if (previous >= 0 && previous !== user && userSlots.slotOf(previous) === cell) userSlots.set(previous, -1);
      slotCells.setOwner(cell, user);
      if (user >= 0) {
        const held = userSlots.slotOf(user);
        // A user holds one slot: a slot given elsewhere by an operator replaces the one they had.
        if (held >= 0 && held !== cell && slotCells.release(held, user)) keyCells.releaseSlot(slotCells.keyOf(held));
        userSlots.set(user, cell);
        used++;
      }
      this.written.slotOwner[cell] = user;
    });
    keyCells.setUsedSlots(key, used);
  }

  /** pool_key.changed: reload the key (settings, status, secret); a deleted key stops serving. */
  private async reloadKey(keyId: string): Promise<void> {
    const row = await loadPoolKey(this.options.pool, this.box, keyId);
    const place = this.keys.placeOf(keyId);
    if (!row) {
      if (!place) return;
      this.state.keyCells.remove(place.index);
      for (let cell = place.slotBase; cell < place.slotBase + place.slotCapacity; cell++) {
        const owner = this.state.slotCells.owner(cell);
        if (owner >= 0 && this.state.userSlots.slotOf(owner) === cell) this.state.userSlots.set(owner, -1);
      }
      this.keys.removeRecord(place.index);
      this.state.removeKey(place.index);
      await this.tellWorkers({ kind: 'key-removed', index: place.index });
      return;
    }
    const record = await this.loadKey(row);
    if (record) await this.tellWorkers({ kind: 'keys', keys: [record] });
  }

  /** pool_slots.changed: the control plane assigned, released or reclaimed slots of this key. */
  private async reloadSlots(keyId: string): Promise<void> {
    const place = this.keys.placeOf(keyId);
    if (!place) return;
    const slots = await loadSlots(this.options.pool, keyId, place.slotCapacity);
    this.placeOwners(place.index, place.slotBase, slots);
  }

  // --- events ----------------------------------------------------------------------------------

  async onEvent(event: DomainEvent): Promise<void> {
    switch (event.type) {
      case 'pool_key.changed':
        return this.reloadKey(event.poolKeyId);
      case 'pool_slots.changed':
        return this.reloadSlots(event.poolKeyId);
      case 'pool_stream.end_requested': {
        const id = new Uint8Array(LEASE_ID_BYTES);
        if (parseLeaseId(event.leaseId, id)) endLease(this.state, id, 'evicted', Date.now());
        return;
      }
      default:
        return;
    }
  }

  private async tellWorkers(message: PoolToWorker): Promise<void> {
    if (!this.ask) return;
    await this.ask({ type: 'pool', message }, (m) => (m.type === 'pool-applied' ? true : undefined));
  }

  /** Every worker's pool journal and the supervisor's own (expiries, evictions). */
  async drainWorkers(): Promise<PoolDrainRecords[]> {
    const own = this.state.journal.drain();
    if (!this.ask) return [readPoolDrain(own)];
    const requestId = this.nextRequestId++;
    const drains: PoolDrain[] = await this.ask({ type: 'pool', message: { kind: 'drain', requestId } }, (m) =>
      m.type === 'pool-drain' && m.requestId === requestId ? m.drain : undefined,
    );
    return [...drains, own].map(readPoolDrain);
  }
}
