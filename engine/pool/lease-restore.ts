/**
 * After a restart: stream sessions still open in torbox_concurrency_log whose last flushed heartbeat
 * is inside the time to live go back into the lease table (in the cell their id names, so the proxy's
 * lease ids keep working) and count against their key's cap again. The others are closed as expired.
 */
import type { Pool } from '../../core/db.js';
import { expireSessions, loadOpenSessions } from './pool-loader.js';
import type { PoolSupervisor } from './pool-supervisor.js';
import { cellOfLeaseId, LEASE_ID_BYTES, parseLeaseId } from './shared/lease-id.js';

export async function restoreLeases(supervisor: PoolSupervisor, pool: Pool, ttlSeconds: number): Promise<{ restoredLeases: number; expiredLeases: number }> {
  const sessions = await loadOpenSessions(pool);
  const now = Math.floor(Date.now() / 1000);
  const id = new Uint8Array(LEASE_ID_BYTES);
  const expired: string[] = [];
  let restored = 0;
  for (const session of sessions) {
    const place = supervisor.keys.placeOf(session.poolKeyId);
    const slot = session.slotId ? supervisor.keys.slotCell(session.slotId) : undefined;
    const expiresAt = session.lastHeartbeat + ttlSeconds;
    if (expiresAt >= now && place && slot !== undefined && session.userId && parseLeaseId(session.id, id)) {
      const user = supervisor.indexes.indexOf(session.userId);
      supervisor.ensureUserCapacity(supervisor.indexes.size);
      if (supervisor.state.leases.restore(id, place.index, slot, user, session.startedAtMs, expiresAt)) {
        supervisor.state.keyCells.addStream(place.index);
        supervisor.written.leaseExpires[cellOfLeaseId(id)] = expiresAt;
        restored++;
        continue;
      }
    }
    expired.push(session.id);
  }
  await expireSessions(pool, expired, ttlSeconds);
  return { restoredLeases: restored, expiredLeases: expired.length };
}
