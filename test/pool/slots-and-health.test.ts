/**
 * Slots and key health: a user's first stream takes a slot on the highest-priority active, healthy key
 * with a slot free; their devices share it; a 403 report makes the key failing at once and moves its
 * users to a healthy key on their next stream; consecutive failures degrade a key, a success restores
 * it; an operator's change reaches the engine by event. The flushed rows and the views show it all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../support/engine.js';
import type { TestUser } from '../support/fixtures.js';
import { createUsers, MASTER_KEY, postJson, seedPoolKey, seedPoolToken, startStream, type SeededKey } from './pool-fixtures.js';

describe('pool slots and key health', () => {
  let t: TestEngine;
  let token: string;
  let users: TestUser[];
  let a: SeededKey; // priority 10, 2 slots
  let b: SeededKey; // priority 5
  let failing: SeededKey; // priority 20 but failing
  let inactive: SeededKey; // priority 30 but not active

  beforeAll(async () => {
    t = await startTestEngine({
      workers: 2,
      flush: { intervalMs: 600_000 },
      streamPool: { masterKey: MASTER_KEY, flushIntervalMs: 600_000, degradedAfterFailures: 3, failingAfterFailures: 6 },
      prepare: async (db) => {
        a = await seedPoolKey(db.pool, { name: 'a', priority: 10, maxUserSlots: 2 });
        b = await seedPoolKey(db.pool, { name: 'b', priority: 5, maxUserSlots: 10 });
        failing = await seedPoolKey(db.pool, { name: 'failing', priority: 20, status: 'failing' });
        inactive = await seedPoolKey(db.pool, { name: 'inactive', priority: 30, active: false });
        token = (await seedPoolToken(db.pool)).token;
        users = await createUsers(db.pool, 6);
      },
    });
  });

  afterAll(async () => {
    await t?.stop();
  });

  const report = (poolKeyId: string, httpStatus: number, userId?: string) =>
    postJson(`${t.serviceUrl}/pool/v1/reports`, token, { poolKeyId, endpoint: '/v1/api/torrents/mylist', httpStatus, responseTimeMs: 120, cached: true, userId });

  const assignments = async (userId: string) =>
    (
      await t.db.pool.query(
        `SELECT a.device_id, a.assigned_pool_key_id, s.slot_number FROM torbox_assignments a LEFT JOIN torbox_slots s ON s.id = a.slot_id
         WHERE a.user_id = $1 ORDER BY a.device_id`,
        [userId],
      )
    ).rows;

  it('assigns by priority and health, one slot per user shared by their devices; a 403 moves users off a failing key', async () => {
    const [u1, u2, u3, u4] = users as [TestUser, TestUser, TestUser, TestUser];
    // u1's first stream: key a (b is lower; the failing and inactive keys take no one).
    const tv = await startStream(t.serviceUrl, token, u1.id, 'tv');
    expect(tv.status).toBe(201);
    expect(tv.body).toMatchObject({ poolKeyId: a.id, slotNumber: 1, apiKey: a.apiKey });
    expect((await startStream(t.serviceUrl, token, u1.id, 'phone')).body).toMatchObject({ poolKeyId: a.id, slotNumber: 1 });
    // u2's two devices at once, on whichever workers: one slot between them.
    const both = await Promise.all([startStream(t.serviceUrl, token, u2.id, 'tv'), startStream(t.serviceUrl, token, u2.id, 'phone')]);
    expect(both.map((x) => [x.status, x.body.poolKeyId, x.body.slotNumber])).toEqual([[201, a.id, 2], [201, a.id, 2]]);
    // a is full: u3 goes to b.
    expect((await startStream(t.serviceUrl, token, u3.id, 'tv')).body).toMatchObject({ poolKeyId: b.id, slotNumber: 1 });

    await t.engine.flushNow();
    const slots = await t.db.pool.query(
      `SELECT p.name, s.slot_number, s.user_id, s.is_active, s.total_streams, s.assigned_at IS NOT NULL AS assigned
       FROM torbox_slots s JOIN torbox_pool p ON p.id = s.pool_key_id WHERE s.user_id IS NOT NULL ORDER BY p.name, s.slot_number`,
    );
    expect(slots.rows).toEqual([
      { name: 'a', slot_number: 1, user_id: u1.id, is_active: true, total_streams: 2, assigned: true },
      { name: 'a', slot_number: 2, user_id: u2.id, is_active: true, total_streams: 2, assigned: true },
      { name: 'b', slot_number: 1, user_id: u3.id, is_active: true, total_streams: 1, assigned: true },
    ]);
    expect(await assignments(u1.id)).toEqual([
      { device_id: 'phone', assigned_pool_key_id: a.id, slot_number: 1 },
      { device_id: 'tv', assigned_pool_key_id: a.id, slot_number: 1 },
    ]);
    const status = await t.db.pool.query(`SELECT * FROM v_pool_status WHERE pool_key_id = $1`, [a.id]);
    expect(status.rows[0]).toMatchObject({ current_user_slots: 2, max_user_slots: 2, current_concurrent_streams: 4, slot_status: 'CRITICAL', concurrency_status: 'OK' });
    const userSlots = await t.db.pool.query(`SELECT pool_key_id, slot_number, total_streams, is_active, pool_status FROM v_user_slots WHERE user_id = $1`, [u1.id]);
    expect(userSlots.rows).toEqual([{ pool_key_id: a.id, slot_number: 1, total_streams: 2, is_active: true, pool_status: 'healthy' }]);

    // Upstream refuses key a: failing at once.
    const refused = await report(a.id, 403, u1.id);
    expect(refused.status).toBe(202);
    expect(refused.body).toMatchObject({ poolKeyId: a.id, status: 'failing' });
    // u1's next stream moves to a healthy key (b), and a new user never lands on a.
    expect((await startStream(t.serviceUrl, token, u1.id, 'laptop')).body).toMatchObject({ poolKeyId: b.id, slotNumber: 2 });
    expect((await startStream(t.serviceUrl, token, u4.id, 'tv')).body).toMatchObject({ poolKeyId: b.id, slotNumber: 3 });

    await t.engine.flushNow();
    const keyA = await t.db.pool.query(`SELECT status, status_reason, consecutive_failures, last_failure_at FROM torbox_pool WHERE id = $1`, [a.id]);
    expect(keyA.rows[0]).toMatchObject({ status: 'failing', status_reason: 'upstream refused the key (HTTP 403)', consecutive_failures: 1, last_failure_at: expect.any(Date) });
    // Every device of u1 follows them to b; their old slot on a is free.
    expect(await assignments(u1.id)).toEqual([
      { device_id: 'laptop', assigned_pool_key_id: b.id, slot_number: 2 },
      { device_id: 'phone', assigned_pool_key_id: b.id, slot_number: 2 },
      { device_id: 'tv', assigned_pool_key_id: b.id, slot_number: 2 },
    ]);
    const old = await t.db.pool.query(`SELECT user_id, is_active FROM torbox_slots WHERE pool_key_id = $1 AND slot_number = 1`, [a.id]);
    expect(old.rows[0]).toEqual({ user_id: null, is_active: false });
    const usage = await t.db.pool.query(
      `SELECT user_id, status_code, was_successful, was_cached, response_time_ms, endpoint, error_type FROM torbox_usage_logs WHERE pool_key_id = $1`,
      [a.id],
    );
    expect(usage.rows).toEqual([
      { user_id: u1.id, status_code: 403, was_successful: false, was_cached: true, response_time_ms: 120, endpoint: '/v1/api/torrents/mylist', error_type: 'http_error' },
    ]);
    // The failing and inactive keys were never handed out.
    const unused = await t.db.pool.query(`SELECT count(*)::int AS n FROM torbox_concurrency_log WHERE pool_key_id = ANY($1)`, [[failing.id, inactive.id]]);
    expect(unused.rows[0].n).toBe(0);
  });

  it('consecutive failures degrade a key (existing users keep it, new ones find no healthy key); a success restores it; operators reach the engine by event', async () => {
    const [, , u3, , u5, u6] = users as [TestUser, TestUser, TestUser, TestUser, TestUser, TestUser];
    expect((await report(b.id, 500)).body.status).toBe('healthy');
    expect((await report(b.id, 502)).body.status).toBe('healthy');
    expect((await report(b.id, 0)).body).toMatchObject({ status: 'degraded', consecutiveFailures: 3 });
    // u3 keeps streaming on the degraded key; u5 (no slot yet) finds no healthy key with a free slot.
    expect((await startStream(t.serviceUrl, token, u3.id, 'phone')).body).toMatchObject({ poolKeyId: b.id, slotNumber: 1 });
    const none = await startStream(t.serviceUrl, token, u5.id);
    expect(none.status).toBe(503);
    expect(none.body.error).toMatchObject({ status: 503, code: 'NO_HEALTHY_KEY' });
    expect((await report(b.id, 200)).body).toMatchObject({ status: 'healthy', consecutiveFailures: 0 });
    expect((await startStream(t.serviceUrl, token, u5.id)).body).toMatchObject({ poolKeyId: b.id });

    // An operator puts key a back in service (the control plane writes the row and publishes the event).
    await t.engine.flushNow();
    await t.db.pool.query(`UPDATE torbox_pool SET status = 'healthy', status_reason = NULL, consecutive_failures = 0 WHERE id = $1`, [a.id]);
    await t.bus.publish({ type: 'pool_key.changed', poolKeyId: a.id });
    await t.engine.settled();
    expect((await startStream(t.serviceUrl, token, u6.id)).body).toMatchObject({ poolKeyId: a.id, slotNumber: 1 });

    await t.engine.flushNow();
    const keyB = await t.db.pool.query(`SELECT status, status_reason, consecutive_failures, last_success_at FROM torbox_pool WHERE id = $1`, [b.id]);
    expect(keyB.rows[0]).toMatchObject({ status: 'healthy', status_reason: null, consecutive_failures: 0, last_success_at: expect.any(Date) });
    const rows = await t.db.pool.query(`SELECT count(*)::int AS n FROM torbox_usage_logs WHERE pool_key_id = $1`, [b.id]);
    expect(rows.rows[0].n).toBe(4);
  });
});
