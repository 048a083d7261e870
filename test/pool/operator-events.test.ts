/**
 * What the control plane changes reaches the engine by event: an operator ends a live stream
 * (pool_stream.end_requested), releases a user's slot (pool_slots.changed), or deletes a key
 * (pool_key.changed): the engine frees the stream, follows the slot rows, and stops serving the key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../support/engine.js';
import type { TestUser } from '../support/fixtures.js';
import { createUsers, MASTER_KEY, postJson, seedPoolKey, seedPoolToken, startStream, type SeededKey } from './pool-fixtures.js';

describe('pool: operator changes by event', () => {
  let t: TestEngine;
  let key: SeededKey;
  let spare: SeededKey;
  let token: string;
  let users: TestUser[];

  beforeAll(async () => {
    t = await startTestEngine({
      workers: 2,
      flush: { intervalMs: 600_000 },
      streamPool: { masterKey: MASTER_KEY, flushIntervalMs: 600_000 },
      prepare: async (db) => {
        key = await seedPoolKey(db.pool, { priority: 10, maxStreams: 1, maxUserSlots: 1 });
        spare = await seedPoolKey(db.pool, { priority: 1 });
        token = (await seedPoolToken(db.pool)).token;
        users = await createUsers(db.pool, 2);
      },
    });
  });

  afterAll(async () => {
    await t?.stop();
  });

  it('ends a lease, releases a slot and drops a deleted key when the control plane says so', async () => {
    const [u1, u2] = users as [TestUser, TestUser];
    const lease = await startStream(t.serviceUrl, token, u1.id);
    expect(lease.body).toMatchObject({ poolKeyId: key.id, slotNumber: 1 });
    expect((await startStream(t.serviceUrl, token, u1.id, 'phone')).status).toBe(429);

    // An operator ends the stream.
    await t.bus.publish({ type: 'pool_stream.end_requested', leaseId: lease.body.leaseId });
    await t.engine.settled();
    expect((await postJson(`${t.serviceUrl}/pool/v1/streams/${lease.body.leaseId}/heartbeat`, token, {})).status).toBe(404);
    const next = await startStream(t.serviceUrl, token, u1.id, 'phone');
    expect(next.status).toBe(201);
    await t.engine.flushNow();
    const ended = await t.db.pool.query(`SELECT end_reason FROM torbox_concurrency_log WHERE id = $1`, [lease.body.leaseId]);
    expect(ended.rows[0]).toEqual({ end_reason: 'evicted' });

    // The key's only slot is u1's: u2 goes to the spare key. An operator releases u1's slot and gives it to u2.
    expect((await startStream(t.serviceUrl, token, u2.id)).body).toMatchObject({ poolKeyId: spare.id });
    expect((await postJson(`${t.serviceUrl}/pool/v1/streams/${next.body.leaseId}/end`, token, {})).status).toBe(200);
    await t.db.pool.query(`UPDATE torbox_slots SET user_id = $2, assigned_at = now(), is_active = true WHERE pool_key_id = $1 AND slot_number = 1`, [key.id, u2.id]);
    await t.bus.publish({ type: 'pool_slots.changed', poolKeyId: key.id });
    await t.engine.settled();
    expect((await startStream(t.serviceUrl, token, u2.id, 'tv')).body).toMatchObject({ poolKeyId: key.id, slotNumber: 1 });
    // u1 lost the slot: their next stream goes where there is room (the spare key).
    expect((await startStream(t.serviceUrl, token, u1.id, 'tv')).body).toMatchObject({ poolKeyId: spare.id });

    // The key is deleted: nobody streams on it any more, its users move on.
    await t.db.pool.query(`DELETE FROM torbox_pool WHERE id = $1`, [key.id]);
    await t.bus.publish({ type: 'pool_key.changed', poolKeyId: key.id });
    await t.engine.settled();
    expect((await startStream(t.serviceUrl, token, u2.id, 'laptop')).body).toMatchObject({ poolKeyId: spare.id });
    const metrics = await (await fetch(`${t.opsUrl}/metrics`)).text();
    expect(metrics).not.toContain(key.id);
    await t.engine.flushNow();
    const rows = await t.db.pool.query(`SELECT count(*)::int AS n FROM torbox_slots WHERE pool_key_id = $1 AND user_id IS NOT NULL`, [spare.id]);
    expect(rows.rows[0].n).toBe(2);
  });
});
