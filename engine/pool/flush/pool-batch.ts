/**
 * A pool batch sealed for writing: what the workers journaled (sessions, usage, health, devices) plus
 * what changed in the shared cells since the last write (slot owners, streams started per slot,
 * heartbeats, key counts), as the column arrays the writer passes to unnest(); times are epoch ms
 * (the writer makes them timestamptz). The batch id makes a
 * retry after an unknown commit outcome count nothing twice (flush_batches).
 */
import { randomUUID } from 'node:crypto';
import type { PoolSupervisor } from '../pool-supervisor.js';
import { LEASE_ID_BYTES, formatLeaseId } from '../shared/lease-id.js';
import { MAX_LEASES } from '../shared/lease-table.js';
import type { PendingEnd, PoolPending } from './pool-pending.js';

export interface PoolBatch {
  id: string;
  sessions: {
    id: string[]; started: number[]; key: string[]; user: (string | null)[]; slot: (string | null)[]; device: string[];
    ended: (number | null)[]; reason: (string | null)[]; type: (string | null)[]; imdb: (string | null)[]; hash: (string | null)[];
  };
  ends: PendingEnd[];
  heartbeats: { id: string[]; at: number[] };
  usage: {
    id: string[]; at: number[]; user: (string | null)[]; key: string[]; device: (string | null)[]; type: (string | null)[];
    title: (string | null)[]; imdb: (string | null)[]; hash: (string | null)[]; cached: (boolean | null)[]; endpoint: string[];
    responseMs: (number | null)[]; status: (number | null)[]; ok: boolean[]; errorType: (string | null)[];
  };
  health: { key: string[]; status: string[]; reason: string[]; failures: number[]; lastSuccess: (number | null)[]; lastFailure: (number | null)[] };
  slotOwners: { slot: string[]; user: (string | null)[]; at: number[] };
  slotActivity: { slot: string[]; streams: number[]; at: (number | null)[] };
  devices: { user: string[]; device: string[]; slot: (string | null)[]; at: number[] };
  keyCounts: { key: string[]; streams: number[] };
  /** Applied to the written state once the batch commits. */
  commit: { ownerCells: number[]; owners: number[]; leaseCells: number[]; expires: number[]; keys: number[]; keyStreams: number[]; keySlots: number[] };
  rows: number;
}

export function sealPoolBatch(pending: PoolPending, sup: PoolSupervisor, nowMs: number): PoolBatch {
  const taken = pending.take();
  const { state, keys, written } = sup;
  const ttl = state.settings.leaseTtlSeconds;
  const b: PoolBatch = {
    id: randomUUID(),
    sessions: { id: [], started: [], key: [], user: [], slot: [], device: [], ended: [], reason: [], type: [], imdb: [], hash: [] },
    ends: [...taken.ends.values()],
    heartbeats: { id: [], at: [] },
    usage: { id: [], at: [], user: [], key: [], device: [], type: [], title: [], imdb: [], hash: [], cached: [], endpoint: [], responseMs: [], status: [], ok: [], errorType: [] },
    health: { key: [], status: [], reason: [], failures: [], lastSuccess: [], lastFailure: [] },
    slotOwners: { slot: [], user: [], at: [] },
    slotActivity: { slot: [], streams: [], at: [] },
    devices: { user: [], device: [], slot: [], at: [] },
    keyCounts: { key: [], streams: [] },
    commit: { ownerCells: [], owners: [], leaseCells: [], expires: [], keys: [], keyStreams: [], keySlots: [] },
    rows: 0,
  };

  for (const { start, end } of taken.starts.values()) {
    const key = keys.record(start.key);
    if (!key) continue; // the key was deleted: its sessions went with it
    const s = b.sessions;
    s.id.push(start.leaseId);
    s.started.push(start.startedAtMs);
    s.key.push(key.id);
    s.user.push(start.userId);
    s.slot.push(keys.slotId(start.slot) ?? null);
    s.device.push(start.deviceId);
    s.ended.push(end ? end.endedAtMs : null);
    s.reason.push(end ? end.reason : null);
    s.type.push(start.stream.type);
    s.imdb.push(start.stream.imdbId);
    s.hash.push(start.stream.torrentHash);
  }

  for (const r of taken.usage) {
    const key = keys.record(r.key);
    if (!key) continue;
    const u = b.usage;
    u.id.push(r.id);
    u.at.push(r.atMs);
    u.user.push(r.userId);
    u.key.push(key.id);
    u.device.push(r.deviceId);
    u.type.push(r.stream.type);
    u.title.push(r.stream.title);
    u.imdb.push(r.stream.imdbId);
    u.hash.push(r.stream.torrentHash);
    u.cached.push(r.cached);
    u.endpoint.push(r.endpoint);
    u.responseMs.push(r.responseTimeMs);
    u.status.push(r.statusCode);
    u.ok.push(r.ok);
    u.errorType.push(r.errorType);
  }

  for (const h of taken.health.values()) {
    const key = keys.record(h.key);
    if (!key) continue;
    b.health.key.push(key.id);
    b.health.status.push(h.status);
    b.health.reason.push(h.reason);
    b.health.failures.push(h.failures);
    b.health.lastSuccess.push(h.lastSuccessMs || null);
    b.health.lastFailure.push(h.lastFailureMs || null);
  }

  // Devices point at the user's slot as it is now (a user who moved key takes every device along).
  for (const use of taken.devices.values()) {
    const held = state.userSlots.slotOf(sup.indexes.indexOf(use.userId));
    b.devices.user.push(use.userId);
    b.devices.device.push(use.deviceId);
    b.devices.slot.push(keys.slotId(held >= 0 ? held : use.slot) ?? null);
    b.devices.at.push(use.atMs);
  }

  // Slots and keys: the difference between the shared cells and what was last written.
  const { slotCells, keyCells, leases } = state;
  for (const key of keys.all()) {
    const place = keys.placeOf(key.id)!;
    const ownerChangesBefore = b.slotOwners.slot.length;
    for (let cell = place.slotBase; cell < place.slotBase + place.slotCapacity; cell++) {
      const slotId = keys.slotId(cell);
      if (!slotId) continue;
      const owner = slotCells.owner(cell);
      if (owner !== written.slotOwner[cell]) {
        b.slotOwners.slot.push(slotId);
        b.slotOwners.user.push(owner >= 0 ? (sup.indexes.idOf(owner) ?? null) : null);
        b.slotOwners.at.push(nowMs);
        b.commit.ownerCells.push(cell);
        b.commit.owners.push(owner);
      }
      const started = slotCells.takeStarted(cell);
      const last = slotCells.lastActivity(cell);
      if (started > 0 || (owner >= 0 && owner !== written.slotOwner[cell])) {
        b.slotActivity.slot.push(slotId);
        b.slotActivity.streams.push(started);
        b.slotActivity.at.push(last > 0 ? last * 1000 : null);
      }
    }
    const streams = keyCells.streams(key.index);
    const used = keyCells.usedSlots(key.index);
    if (streams !== written.keyStreams[key.index] || used !== written.keySlots[key.index] || b.slotOwners.slot.length > ownerChangesBefore) {
      b.keyCounts.key.push(key.id);
      b.keyCounts.streams.push(streams);
      b.commit.keys.push(key.index);
      b.commit.keyStreams.push(streams);
      b.commit.keySlots.push(used);
    }
  }

  // Heartbeats of live leases extended since the last write (what a restart restores from).
  for (let cell = 0; cell < MAX_LEASES; cell++) {
    if (!leases.isLive(cell)) continue;
    const expires = leases.expiresAt(cell);
    if (expires === written.leaseExpires[cell]) continue;
    b.commit.leaseCells.push(cell);
    b.commit.expires.push(expires);
    const heartbeat = (expires - ttl) * 1000;
    if (heartbeat <= leases.startedAtMs(cell)) continue; // never extended: the start row says as much
    b.heartbeats.id.push(formatLeaseId(leases.ids, cell * LEASE_ID_BYTES));
    b.heartbeats.at.push(heartbeat);
  }

  b.rows = b.sessions.id.length + b.ends.length + b.heartbeats.id.length + b.usage.id.length + b.health.key.length +
    b.slotOwners.slot.length + b.slotActivity.slot.length + b.devices.user.length + b.keyCounts.key.length;
  return b;
}

/** The batch committed: what it wrote is now the written state. */
export function commitPoolBatch(b: PoolBatch, sup: PoolSupervisor): void {
  const w = sup.written;
  b.commit.ownerCells.forEach((cell, i) => (w.slotOwner[cell] = b.commit.owners[i]!));
  b.commit.leaseCells.forEach((cell, i) => (w.leaseExpires[cell] = b.commit.expires[i]!));
  b.commit.keys.forEach((key, i) => {
    w.keyStreams[key] = b.commit.keyStreams[i]!;
    w.keySlots[key] = b.commit.keySlots[i]!;
  });
}
