/**
 * PoolService calls on user slots: list (v_user_slots), assign, release, and reclaim idle ones now.
 * Every change writes its audit rows in the transaction and publishes pool_slots.changed for each
 * key touched after commit, so the engine reloads that key's slots and assignments.
 */
import { failedPrecondition, invalidField } from '../../errors/control-error.js';
import { Violations } from '../../errors/violations.js';
import { compileFilter, filterValues, type FilterField } from '../../filter.js';
import type { PoolServiceHandlers } from '../../generated/swarmgate/control/v1/PoolService.js';
import { mutate } from '../../mutation.js';
import { fetchPage } from '../../pagination.js';
import { parseUserName, userName } from '../../resource-names.js';
import { callerOf } from '../../server/call-context.js';
import { unary } from '../../server/unary.js';
import type { ServiceDeps } from '../deps.js';
import { findUser } from '../users/user-records.js';
import { findPoolKey, HEALTH_FROM_PROTO } from './key-records.js';
import { poolFilterValues } from './pool-filters.js';
import { parsePoolKeyName, parsePoolKeyParent, parseSlotName, poolKeyName, slotName } from './pool-names.js';
import { findIdleSlots, idleCutoff, reclaimIdleSlots, type IdleSlot } from './slot-reclamation.js';
import { findSlot, findSlotById, slotAuditImage, toPoolSlotMessage, USER_SLOTS_KEYSET, USER_SLOTS_SELECT, type SlotRow } from './slot-records.js';
import { recountUserSlots } from './slot-rows.js';

type SlotHandlers = Pick<PoolServiceHandlers, 'ListSlots' | 'AssignSlot' | 'ReleaseSlot' | 'ReclaimIdleSlots'>;

const SLOT_FILTER: Record<string, FilterField> = {
  user: { column: 'v.user_id', operators: ['='], convert: poolFilterValues.user },
  idle_days: { column: 'v.days_since_activity', operators: ['<', '<=', '>', '>='], convert: poolFilterValues.number },
  pool_health: { column: 'v.pool_status', operators: ['=', '!='], convert: filterValues.enumeration(HEALTH_FROM_PROTO) },
};

/** Statuses a key may be in to take a new user when an operator names it (failing and disabled keys get none). */
const ASSIGNABLE = ['healthy', 'degraded'];

export function slotHandlers(deps: ServiceDeps): SlotHandlers {
  const { pool, bus } = deps;
  return {
    ListSlots: unary(async (request, context) => {
      const caller = callerOf(context);
      const poolKeyId = parsePoolKeyParent(request.parent, 'parent');
      const params: unknown[] = [];
      const conditions = compileFilter(request.filter, SLOT_FILTER, params);
      if (poolKeyId) {
        params.push(poolKeyId);
        conditions.push(`v.pool_key_id = $${params.length}`);
      }
      const result = await fetchPage<SlotRow>(pool, {
        select: USER_SLOTS_SELECT,
        alias: 'v',
        keyset: USER_SLOTS_KEYSET,
        conditions,
        params,
        pageSize: request.pageSize,
        pageToken: request.pageToken,
        scope: { parent: poolKeyId, filter: request.filter },
      });
      return { slots: result.rows.map((row) => toPoolSlotMessage(row, caller)), nextPageToken: result.nextPageToken };
    }),

    AssignSlot: unary(async (request, context) => {
      const caller = callerOf(context);
      const userRef = parseUserName(request.user, 'user');
      const poolKeyId = request.poolKey ? parsePoolKeyName(request.poolKey, 'pool_key') : null;
      const deviceId = request.deviceId;
      const v = new Violations();
      if (deviceId) v.check(deviceId.length <= 128, 'device_id', 'at most 128 characters');
      v.throwIfAny();
      const assigned = await mutate(pool, bus, context, async ({ tx, audit, publish }) => {
        // The user's row lock makes two assignments of one user take turns (one slot per user).
        const user = await findUser(tx, userRef, { lock: true });
        if (user.status !== 'enabled' || user.deleted_at) {
          throw failedPrecondition('USER_NOT_ENABLED', `${userName(user.id)} is ${user.deleted_at ? 'deleted' : user.status}; only enabled accounts get slots`);
        }
        const { rows: [held] } = await tx.query<{ pool_key_id: string; slot_number: number }>(
          `SELECT pool_key_id, slot_number FROM torbox_slots WHERE user_id = $1 LIMIT 1`,
          [user.id],
        );
        if (held) {
          throw failedPrecondition('USER_HAS_SLOT', `${userName(user.id)} already holds ${slotName(held.pool_key_id, held.slot_number)}; release it first`, {
            slot: slotName(held.pool_key_id, held.slot_number),
          });
        }
        if (poolKeyId) {
          const key = await findPoolKey(tx, poolKeyId);
          if (!key.is_active || !ASSIGNABLE.includes(key.status)) {
            throw failedPrecondition('KEY_NOT_ACTIVE', `${poolKeyName(poolKeyId)} is ${key.is_active ? key.status : 'disabled'} and takes no new users`);
          }
        }
        // The lowest free slot of the named key, or of the best key: active, healthy, highest
        // priority, then the emptiest (the pool document's "find available slot", made deterministic).
        const { rows: [free] } = await tx.query<{ id: string; pool_key_id: string }>(
          `SELECT s.id, s.pool_key_id
           FROM torbox_slots s JOIN torbox_pool p ON p.id = s.pool_key_id
           WHERE s.user_id IS NULL AND p.is_active AND p.status = ANY($2) AND ($1::uuid IS NULL OR p.id = $1)
           ORDER BY p.priority DESC, p.current_user_slots, p.created_at, s.slot_number
           LIMIT 1 FOR UPDATE OF s SKIP LOCKED`,
          [poolKeyId, poolKeyId ? ASSIGNABLE : ['healthy']],
        );
        if (!free) {
          throw failedPrecondition('NO_FREE_SLOT', poolKeyId ? `${poolKeyName(poolKeyId)} has no free slot` : 'no active, healthy pool key has a free slot; add a key');
        }
        const before = await findSlotById(tx, free.id);
        await tx.query(
          `UPDATE torbox_slots SET user_id = $2, assigned_at = now(), last_activity_at = now(), is_active = true, total_streams = 0, updated_at = now()
           WHERE id = $1`,
          [free.id, user.id],
        );
        // Every device of the user uses the user's one slot.
        await tx.query(`UPDATE torbox_assignments SET slot_id = $2, assigned_pool_key_id = $3 WHERE user_id = $1`, [user.id, free.id, free.pool_key_id]);
        if (deviceId) {
          await tx.query(
            `INSERT INTO torbox_assignments (user_id, device_id, slot_id, assigned_pool_key_id) VALUES ($1, $2, $3, $4)
             ON CONFLICT (user_id, device_id) DO UPDATE SET slot_id = EXCLUDED.slot_id, assigned_pool_key_id = EXCLUDED.assigned_pool_key_id`,
            [user.id, deviceId, free.id, free.pool_key_id],
          );
        }
        await recountUserSlots(tx, [free.pool_key_id]);
        const after = await findSlotById(tx, free.id);
        await audit({
          action: 'pool_slot.assign',
          entityType: 'pool_slot',
          entityId: free.id,
          before: slotAuditImage(before),
          after: slotAuditImage(after),
          ...(deviceId ? { metadata: { device_id: deviceId } } : {}),
        });
        publish({ type: 'pool_slots.changed', poolKeyId: free.pool_key_id });
        return after;
      });
      return toPoolSlotMessage(assigned, caller);
    }),

    ReleaseSlot: unary(async (request, context) => {
      const caller = callerOf(context);
      const { poolKeyId, slotNumber } = parseSlotName(request.name, 'name');
      const released = await mutate(pool, bus, context, async ({ tx, audit, publish }) => {
        const before = await findSlot(tx, poolKeyId, slotNumber, { lock: true });
        if (!before.user_id) throw failedPrecondition('SLOT_FREE', `${slotName(poolKeyId, slotNumber)} is not assigned`);
        const removed = await tx.query(`DELETE FROM torbox_assignments WHERE slot_id = $1`, [before.id]);
        await tx.query(
          `UPDATE torbox_slots SET user_id = NULL, assigned_at = NULL, last_activity_at = NULL, is_active = false, total_streams = 0, updated_at = now()
           WHERE id = $1`,
          [before.id],
        );
        await recountUserSlots(tx, [poolKeyId]);
        const after = await findSlotById(tx, before.id);
        await audit({
          action: 'pool_slot.release',
          entityType: 'pool_slot',
          entityId: before.id,
          before: slotAuditImage(before),
          after: slotAuditImage(after),
          metadata: { assignments_removed: removed.rowCount ?? 0 },
        });
        publish({ type: 'pool_slots.changed', poolKeyId });
        return after;
      });
      return toPoolSlotMessage(released, caller);
    }),

    ReclaimIdleSlots: unary(async (request, context) => {
      const caller = callerOf(context);
      const poolKeyId = parsePoolKeyParent(request.parent, 'parent');
      if (!(request.idleDays >= 0 && request.idleDays <= 3650)) throw invalidField('idle_days', 'must be from 0 to 3650 (0 means pool.slotIdleDays)');
      const idleDays = request.idleDays || deps.settings.pool.slotIdleDays;
      const now = new Date();
      const query = { cutoff: idleCutoff(now, idleDays), poolKeyId };
      if (poolKeyId) await findPoolKey(pool, poolKeyId);
      // Answered as the slots were before: assigned, and idle for this long at `now`.
      const asSlot = (slot: IdleSlot) => {
        const since = slot.last_activity_at ?? slot.assigned_at;
        const days = since ? ((now.getTime() - since.getTime()) / 86_400_000).toFixed(2) : null;
        return toPoolSlotMessage({ ...slot, is_active: true, days_since_activity: days, created_us: '0' }, caller);
      };
      if (request.dryRun) {
        const idle = await findIdleSlots(pool, query);
        return { slots: idle.map(asSlot), dryRun: true, assignmentsRemoved: 0 };
      }
      const reclaimed = await mutate(pool, bus, context, async ({ tx, audit, publish }) => {
        const result = await reclaimIdleSlots(tx, query, now);
        for (const slot of result.slots) {
          await audit({
            action: 'pool_slot.reclaim',
            entityType: 'pool_slot',
            entityId: slot.id,
            before: slotAuditImage(slot),
            after: slotAuditImage({ ...slot, user_id: null, assigned_at: null, last_activity_at: null, total_streams: 0 }),
            metadata: { idle_days: idleDays },
          });
        }
        for (const key of new Set(result.slots.map((s) => s.pool_key_id))) publish({ type: 'pool_slots.changed', poolKeyId: key });
        return result;
      });
      return { slots: reclaimed.slots.map(asSlot), dryRun: false, assignmentsRemoved: reclaimed.assignmentsRemoved };
    }),
  };
}
