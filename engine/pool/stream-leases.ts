/**
 * Starting, extending and ending stream leases against the shared cells. Used by the pool routes on
 * any worker, and by the supervisor (expiry sweep, operator evictions); each records what it did in
 * the caller's journal for the pool flusher.
 */
import type { PoolState } from './pool-state.js';
import type { EndReason, StreamMetadata } from './pool-records.js';
import { LEASE_ID_BYTES, formatLeaseId } from './shared/lease-id.js';
import { slotFor } from './slot-assignment.js';

export type StartResult =
  | { outcome: 'started'; leaseId: string; cell: number; key: number; slot: number; expiresAt: number }
  | { outcome: 'at-cap'; key: number }
  | { outcome: 'no-key' }
  | { outcome: 'table-full' };

/** Start a stream for a known, enabled user: slot, then a stream under the key's cap, then a lease. */
export function startLease(
  s: PoolState,
  userIndex: number,
  userId: string,
  deviceId: string,
  stream: StreamMetadata,
  nowMs: number,
): StartResult {
  const slot = slotFor(s, userIndex);
  if (slot < 0) return { outcome: 'no-key' };
  const key = s.slotCells.keyOf(slot);
  if (!s.keyCells.tryTakeStream(key)) {
    s.keyCells.refused(key);
    return { outcome: 'at-cap', key };
  }
  // The start is timed after the stream was taken, and an end before its stream is given back, so
  // the sessions' times in torbox_concurrency_log never overlap more than the cap allowed.
  const startedAtMs = Math.max(nowMs, Date.now());
  const nowSeconds = Math.floor(startedAtMs / 1000);
  const expiresAt = nowSeconds + s.settings.leaseTtlSeconds;
  const cell = s.leases.start(key, slot, userIndex, startedAtMs, expiresAt);
  if (cell < 0) {
    s.keyCells.releaseStream(key);
    return { outcome: 'table-full' };
  }
  s.slotCells.streamStarted(slot, nowSeconds);
  const leaseId = formatLeaseId(s.leases.ids, cell * LEASE_ID_BYTES);
  // The start also tells the flusher which device used the slot (torbox_assignments).
  s.journal.streamStarted(s.leases.ids, cell * LEASE_ID_BYTES, startedAtMs, key, slot, userId, deviceId, stream);
  return { outcome: 'started', leaseId, cell, key, slot, expiresAt };
}

/** Extend a live lease (by its parsed id); returns its new expiry (unix seconds) or -1 when unknown. */
export function heartbeatLease(s: PoolState, id: Uint8Array, nowMs: number): number {
  const cell = s.leases.find(id);
  if (cell < 0) return -1;
  const expiresAt = Math.floor(nowMs / 1000) + s.settings.leaseTtlSeconds;
  s.leases.extend(cell, expiresAt);
  s.slotCells.touch(s.leases.slotOf(cell), Math.floor(nowMs / 1000));
  return expiresAt;
}

/** End the live lease in `cell` if this thread wins it: frees its stream; returns its duration in ms or -1. */
export function endLeaseAt(s: PoolState, cell: number, reason: EndReason, nowMs: number): number {
  if (!s.leases.end(cell)) return -1;
  const e = s.leases.ended;
  // Timed before the stream is given back (see startLease); an injected future clock (tests) is not believed.
  const endedAtMs = Math.max(Math.min(nowMs, Date.now()), e.startedAtMs);
  s.keyCells.releaseStream(e.key);
  s.slotCells.touch(e.slot, Math.floor(nowMs / 1000));
  s.journal.streamEnded(e.id, 0, e.startedAtMs, endedAtMs, reason);
  return endedAtMs - e.startedAtMs;
}

export function endLease(s: PoolState, id: Uint8Array, reason: EndReason, nowMs: number): number {
  const cell = s.leases.find(id);
  return cell < 0 ? -1 : endLeaseAt(s, cell, reason, nowMs);
}
