/**
 * What the pool flusher has drained and not yet written: stream sessions (a start and its end merge
 * into one row when both are pending), usage reports, the latest health per key and the latest use
 * per device. Sessions are keyed by lease id, so whatever the drain order, each is written once.
 */
import type { PoolDrainRecords } from '../pool-journal.js';
import type { HealthChange, LeaseEnd, LeaseStart, UsageReport } from '../pool-records.js';

/** Usage rows held while PostgreSQL is unreachable; beyond it the oldest are dropped (history only). */
const MAX_PENDING_USAGE = 200_000;

export interface PendingHealth extends HealthChange {
  lastSuccessMs: number;
  lastFailureMs: number;
}

/** A device used a slot (torbox_assignments upsert by user and device), known from a stream start. */
export interface DeviceUse {
  userId: string;
  deviceId: string;
  slot: number;
  atMs: number;
}

export interface PendingEnd {
  end: LeaseEnd;
  /** Batches that found no session row for it yet (its start was drained later). */
  attempts: number;
}

export class PoolPending {
  starts = new Map<string, { start: LeaseStart; end: LeaseEnd | null }>();
  ends = new Map<string, PendingEnd>();
  usage: UsageReport[] = [];
  health = new Map<number, PendingHealth>();
  devices = new Map<string, DeviceUse>();
  droppedUsage = 0;

  get isEmpty(): boolean {
    return this.starts.size === 0 && this.ends.size === 0 && this.usage.length === 0 && this.health.size === 0 && this.devices.size === 0;
  }

  /** Merge drains taken at one moment: all their starts before any of their ends. */
  add(drains: PoolDrainRecords[]): void {
    for (const d of drains) {
      for (const start of d.starts) {
        this.starts.set(start.leaseId, { start, end: null });
        this.addDevice(start);
      }
    }
    for (const d of drains) {
      for (const end of d.ends) this.addEnd({ end, attempts: 0 });
      for (const report of d.usage) this.usage.push(report);
      for (const change of d.health) this.addHealth(change);
    }
    if (this.usage.length > MAX_PENDING_USAGE) {
      const excess = this.usage.length - MAX_PENDING_USAGE;
      this.usage.splice(0, excess);
      this.droppedUsage += excess;
    }
  }

  addEnd(pending: PendingEnd): void {
    const start = this.starts.get(pending.end.leaseId);
    if (start) start.end = pending.end;
    else this.ends.set(pending.end.leaseId, pending);
  }

  /** The latest use per device wins. */
  private addDevice(start: LeaseStart): void {
    const id = `${start.userId}\n${start.deviceId}`;
    const known = this.devices.get(id);
    if (!known || known.atMs <= start.startedAtMs) this.devices.set(id, { userId: start.userId, deviceId: start.deviceId, slot: start.slot, atMs: start.startedAtMs });
  }

  private addHealth(change: HealthChange): void {
    const known = this.health.get(change.key);
    const lastSuccessMs = Math.max(known?.lastSuccessMs ?? 0, change.ok ? change.atMs : 0);
    const lastFailureMs = Math.max(known?.lastFailureMs ?? 0, change.ok ? 0 : change.atMs);
    const latest = !known || known.version < change.version ? change : known;
    this.health.set(change.key, { ...latest, lastSuccessMs, lastFailureMs });
  }

  /** Take everything (the caller seals it into a batch). */
  take(): Pick<PoolPending, 'starts' | 'ends' | 'usage' | 'health' | 'devices'> {
    const taken = { starts: this.starts, ends: this.ends, usage: this.usage, health: this.health, devices: this.devices };
    this.starts = new Map();
    this.ends = new Map();
    this.usage = [];
    this.health = new Map();
    this.devices = new Map();
    return taken;
  }
}
