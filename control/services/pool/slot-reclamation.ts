/**
 * Reclaiming idle slots, shared by the ReclaimIdleSlots RPC and the pool_slot_reclamation job: every
 * assigned slot whose last activity is older than the cutoff, and which has no live stream, is
 * cleared and its device assignments removed, in one statement under row locks, then the keys'
 * current_user_slots are recounted. Two runs at once cannot clear a slot twice: the second waits on
 * the first's row locks, re-checks the row and finds it free. The dry run is the same selection
 * without locks or changes.
 */
import type { PoolClient } from '../../../core/db.js';
import type { Queryable } from './key-records.js';
import type { SlotRow } from './slot-records.js';
import { recountUserSlots } from './slot-rows.js';

/** A slot the reclamation finds or frees: the columns of a listed slot it reads. */
export type IdleSlot = Omit<SlotRow, 'is_active' | 'days_since_activity' | 'created_us'>;

export interface IdleSlotQuery {
  /** Slots whose last activity is before this are idle. */
  cutoff: Date;
  /** Only this key's slots; null for every key. */
  poolKeyId: string | null;
}

const IDLE = `
  s.user_id IS NOT NULL
  AND coalesce(s.last_activity_at, s.assigned_at, s.created_at) < $1
  AND ($2::uuid IS NULL OR s.pool_key_id = $2)
  AND NOT EXISTS (SELECT 1 FROM torbox_concurrency_log c WHERE c.slot_id = s.id AND c.stream_ended_at IS NULL)`;

const COLUMNS = `s.id, s.pool_key_id, s.slot_number, s.user_id, s.assigned_at, s.last_activity_at, s.total_streams`;

/** What a reclamation would free now (no locks, no changes). */
export async function findIdleSlots(db: Queryable, query: IdleSlotQuery): Promise<IdleSlot[]> {
  const { rows } = await db.query<IdleSlot>(
    `SELECT ${COLUMNS}, u.email, p.status AS pool_status
     FROM torbox_slots s JOIN torbox_pool p ON p.id = s.pool_key_id LEFT JOIN users u ON u.id = s.user_id
     WHERE ${IDLE} ORDER BY s.pool_key_id, s.slot_number`,
    [query.cutoff, query.poolKeyId],
  );
  return rows;
}

/** Frees the idle slots (as they were before) and removes their device assignments; `now` stamps updated_at. */
export async function reclaimIdleSlots(tx: PoolClient, query: IdleSlotQuery, now: Date): Promise<{ slots: IdleSlot[]; assignmentsRemoved: number }> {
  const { rows } = await tx.query<IdleSlot & { assignments_removed: number }>(
    `WITH idle AS (
       SELECT ${COLUMNS} FROM torbox_slots s WHERE ${IDLE} ORDER BY s.id FOR UPDATE OF s
     ), removed AS (
       DELETE FROM torbox_assignments a USING idle WHERE a.slot_id = idle.id RETURNING a.id
     ), cleared AS (
       UPDATE torbox_slots s SET user_id = NULL, assigned_at = NULL, last_activity_at = NULL, is_active = false, total_streams = 0, updated_at = $3
       FROM idle WHERE s.id = idle.id RETURNING s.id
     )
     SELECT idle.*, u.email, p.status AS pool_status, (SELECT count(*) FROM removed)::int AS assignments_removed
     FROM idle JOIN cleared USING (id) JOIN torbox_pool p ON p.id = idle.pool_key_id LEFT JOIN users u ON u.id = idle.user_id
     ORDER BY idle.pool_key_id, idle.slot_number`,
    [query.cutoff, query.poolKeyId, now],
  );
  await recountUserSlots(tx, [...new Set(rows.map((r) => r.pool_key_id))]);
  return { slots: rows.map(({ assignments_removed: _, ...slot }) => slot), assignmentsRemoved: rows[0]?.assignments_removed ?? 0 };
}

/** The cutoff `idleDays` before `now`. */
export function idleCutoff(now: Date, idleDays: number): Date {
  return new Date(now.getTime() - idleDays * 86_400_000);
}
