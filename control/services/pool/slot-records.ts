/**
 * Reading slots: the v_user_slots shape used by ListSlots, the same columns read from the tables for
 * one slot (free or not), their mapping to PoolSlot (the user's email only for readers allowed to
 * see it), and the audit image.
 */
import { canViewEmailsOf, type Reader } from '../../auth/field-visibility.js';
import { notFound } from '../../errors/control-error.js';
import type { PoolSlot } from '../../generated/swarmgate/control/v1/PoolSlot.js';
import { userName } from '../../resource-names.js';
import { toTimestamp } from '../../timestamps.js';
import { HEALTH_TO_PROTO, type PoolKeyRow, type Queryable } from './key-records.js';
import { poolKeyName, slotName } from './pool-names.js';

export interface SlotRow {
  id: string;
  pool_key_id: string;
  slot_number: number;
  user_id: string | null;
  email: string | null;
  assigned_at: Date | null;
  last_activity_at: Date | null;
  total_streams: number;
  is_active: boolean;
  pool_status: PoolKeyRow['status'];
  /** numeric: pg sends it as text. */
  days_since_activity: string | null;
  created_us: string;
}

/** Assigned slots, from the view (ListSlots); ordered by assignment time. */
export const USER_SLOTS_SELECT = `
  SELECT v.slot_id AS id, v.pool_key_id, v.slot_number, v.user_id, v.email, v.assigned_at, v.last_activity_at,
         v.total_streams, v.is_active, v.pool_status, v.days_since_activity,
         (extract(epoch FROM coalesce(v.assigned_at, timestamptz 'epoch')) * 1000000)::bigint::text AS created_us
  FROM v_user_slots v`;

export const USER_SLOTS_KEYSET = { time: `coalesce(v.assigned_at, timestamptz 'epoch')`, id: 'v.slot_id', idType: 'uuid' } as const;

/** One slot, free or assigned, with the view's columns. */
const SLOT_SELECT = `
  SELECT s.id, s.pool_key_id, s.slot_number, s.user_id, u.email, s.assigned_at, s.last_activity_at, s.total_streams, s.is_active,
         p.status AS pool_status, round(extract(epoch FROM (now() - s.last_activity_at)) / 86400, 2) AS days_since_activity,
         (extract(epoch FROM coalesce(s.assigned_at, timestamptz 'epoch')) * 1000000)::bigint::text AS created_us
  FROM torbox_slots s
  JOIN torbox_pool p ON p.id = s.pool_key_id
  LEFT JOIN users u ON u.id = s.user_id`;

export function toPoolSlotMessage(row: SlotRow, reader: Reader): PoolSlot {
  return {
    name: slotName(row.pool_key_id, row.slot_number),
    id: row.id,
    poolKey: poolKeyName(row.pool_key_id),
    slotNumber: row.slot_number,
    user: row.user_id ? userName(row.user_id) : '',
    userEmail: row.user_id && row.email && canViewEmailsOf(reader, row.user_id) ? row.email : '',
    assignTime: toTimestamp(row.assigned_at),
    lastActivityTime: toTimestamp(row.last_activity_at),
    totalStreams: row.total_streams,
    active: row.is_active,
    poolHealth: HEALTH_TO_PROTO[row.pool_status],
    ...(row.days_since_activity === null ? {} : { daysSinceActivity: Number(row.days_since_activity) }),
  };
}

/** What the audit log keeps of a slot. */
export function slotAuditImage(row: Pick<SlotRow, 'pool_key_id' | 'slot_number' | 'user_id' | 'assigned_at' | 'last_activity_at' | 'total_streams'>): Record<string, unknown> {
  return {
    pool_key: poolKeyName(row.pool_key_id),
    slot_number: row.slot_number,
    user: row.user_id ? userName(row.user_id) : null,
    assigned_at: row.assigned_at?.toISOString() ?? null,
    last_activity_at: row.last_activity_at?.toISOString() ?? null,
    total_streams: row.total_streams,
  };
}

export async function findSlot(db: Queryable, poolKeyId: string, slotNumber: number, options: { lock?: boolean } = {}): Promise<SlotRow> {
  const { rows } = await db.query<SlotRow>(
    `${SLOT_SELECT} WHERE s.pool_key_id = $1 AND s.slot_number = $2${options.lock ? ' FOR UPDATE OF s' : ''}`,
    [poolKeyId, slotNumber],
  );
  if (!rows[0]) throw notFound(slotName(poolKeyId, slotNumber));
  return rows[0];
}

export async function findSlotById(db: Queryable, id: string): Promise<SlotRow> {
  const { rows } = await db.query<SlotRow>(`${SLOT_SELECT} WHERE s.id = $1`, [id]);
  if (!rows[0]) throw notFound(`slot ${id}`);
  return rows[0];
}
