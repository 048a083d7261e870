/**
 * A key has one torbox_slots row per slot number, 1 to max_user_slots: created with the key, added
 * when the maximum grows, and (only while free) removed when it shrinks. current_user_slots is always
 * recounted from the rows rather than adjusted, so it cannot drift from them.
 */
import { failedPrecondition } from '../../errors/control-error.js';
import type { Queryable } from './key-records.js';
import { poolKeyName } from './pool-names.js';

/** Slot rows from..to (inclusive) for the key; existing numbers are left alone. */
export async function addSlotRows(db: Queryable, poolKeyId: string, from: number, to: number): Promise<void> {
  if (to < from) return;
  await db.query(
    `INSERT INTO torbox_slots (pool_key_id, slot_number) SELECT $1, n FROM generate_series($2::int, $3::int) AS n
     ON CONFLICT (pool_key_id, slot_number) DO NOTHING`,
    [poolKeyId, from, to],
  );
}

/** Removes the slot rows numbered above `max`; FAILED_PRECONDITION SLOTS_OCCUPIED while a user holds one. */
export async function removeSlotRowsAbove(db: Queryable, poolKeyId: string, max: number): Promise<void> {
  const { rows } = await db.query<{ slot_number: number }>(
    `SELECT slot_number FROM torbox_slots WHERE pool_key_id = $1 AND slot_number > $2 AND user_id IS NOT NULL ORDER BY slot_number FOR UPDATE`,
    [poolKeyId, max],
  );
  if (rows.length > 0) {
    const numbers = rows.map((r) => r.slot_number);
    throw failedPrecondition(
      'SLOTS_OCCUPIED',
      `${poolKeyName(poolKeyId)} has users in slots above ${max} (${numbers.slice(0, 10).join(', ')}${numbers.length > 10 ? ', ...' : ''}); release them first`,
      { occupied_slots: numbers.join(',') },
    );
  }
  await db.query(`DELETE FROM torbox_slots WHERE pool_key_id = $1 AND slot_number > $2`, [poolKeyId, max]);
}

/** current_user_slots := the number of occupied slot rows, for the given keys. */
export async function recountUserSlots(db: Queryable, poolKeyIds: string[]): Promise<void> {
  if (poolKeyIds.length === 0) return;
  await db.query(
    `UPDATE torbox_pool p SET current_user_slots = (SELECT count(*) FROM torbox_slots s WHERE s.pool_key_id = p.id AND s.user_id IS NOT NULL)
     WHERE p.id = ANY($1::uuid[])`,
    [poolKeyIds],
  );
}
