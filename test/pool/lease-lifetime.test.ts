/**
 * Leases live while heartbeats come: one whose heartbeats stop is freed after the time to live, and a
 * restart restores the leases still inside their time to live so the cap holds across it, closing the
 * rest as expired.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startTestEngine, type TestEngine } from '../support/engine.js';
import type { TestUser } from '../support/fixtures.js';
import { createUsers, MASTER_KEY, postJson, seedPoolKey, seedPoolToken, startStream, waitFor, type SeededKey } from './pool-fixtures.js';

async function session(db: TestDatabase, leaseId: string) {
  const { rows } = await db.pool.query(
    `SELECT stream_ended_at, end_reason, last_heartbeat_at, duration_seconds FROM torbox_concurrency_log WHERE id = $1`,
    [leaseId],
  );
  return rows[0];
}

interface Fixture {
  db: TestDatabase;
  key: SeededKey;
  token: string;
  users: TestUser[];
}

async function fixture(): Promise<Fixture> {
  const db = await createTestDatabase();
  const key = await seedPoolKey(db.pool, { maxStreams: 3 });
  const token = (await seedPoolToken(db.pool)).token;
  return { db, key, token, users: await createUsers(db.pool, 4) };
}

const engineOn = (db: TestDatabase, leaseTtlSeconds: number) =>
  startTestEngine({ db, workers: 2, flush: { intervalMs: 600_000 }, streamPool: { masterKey: MASTER_KEY, leaseTtlSeconds, flushIntervalMs: 600_000 } });

describe('lease lifetime', () => {
  let f: Fixture | undefined;
  let t: TestEngine | undefined;

  afterEach(async () => {
    await t?.stop();
    await f?.db.drop();
    t = undefined;
    f = undefined;
  });

  it('a lease whose heartbeats stop frees its stream after the time to live; heartbeats keep one alive', async () => {
    f = await fixture();
    const { token, users, db } = f;
    t = await engineOn(db, 3);
    const serviceUrl = t.serviceUrl;
    const leases = await Promise.all(users.slice(0, 3).map((u) => startStream(serviceUrl, token, u.id)));
    expect(leases.map((a) => a.status)).toEqual([201, 201, 201]);
    expect((await startStream(serviceUrl, token, users[3]!.id)).status).toBe(429);
    const [quiet, kept, ended] = leases.map((a) => a.body.leaseId as string) as [string, string, string];
    expect((await postJson(`${serviceUrl}/pool/v1/streams/${ended}/end`, token, { outcome: 'error' })).body).toMatchObject({ ended: true, outcome: 'error' });

    // Only `kept` hears from its proxy, every half second, until the key is down to one live stream.
    const pool = t.engine.streamPool!;
    const keyIndex = pool.keys.placeOf(f.key.id)!.index;
    const startedAt = Date.now();
    await waitFor(async () => {
      const beat = await postJson(`${serviceUrl}/pool/v1/streams/${kept}/heartbeat`, token, {});
      expect(beat.status).toBe(200);
      expect(beat.body).toMatchObject({ leaseId: kept, ttlSeconds: 3 });
      await new Promise((r) => setTimeout(r, 500));
      return pool.state.keyCells.streams(keyIndex) === 1;
    }, 'the quiet lease to expire');
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(2500);
    expect((await postJson(`${serviceUrl}/pool/v1/streams/${quiet}/heartbeat`, token, {})).status).toBe(404);
    expect((await postJson(`${serviceUrl}/pool/v1/streams/${kept}/heartbeat`, token, {})).status).toBe(200);

    // Its stream (and the ended one's) is free again: two more starts fit under the cap, the next does not.
    expect((await startStream(serviceUrl, token, users[3]!.id)).status).toBe(201);
    expect((await startStream(serviceUrl, token, users[2]!.id, 'other')).status).toBe(201);
    expect((await startStream(serviceUrl, token, users[0]!.id, 'other')).status).toBe(429);
    await t.engine.flushNow();
    expect(await session(db, quiet)).toMatchObject({ end_reason: 'expired', stream_ended_at: expect.any(Date) });
    expect(await session(db, ended)).toMatchObject({ end_reason: 'error', stream_ended_at: expect.any(Date) });
    expect(await session(db, kept)).toMatchObject({ end_reason: null, stream_ended_at: null, last_heartbeat_at: expect.any(Date) });
  });

  it('a restart restores live leases (the cap still holds, their ids still work) and closes stale ones as expired', async () => {
    f = await fixture();
    const { token, users, db, key } = f;
    t = await engineOn(db, 120);
    const leases = await Promise.all(users.slice(0, 3).map((u) => startStream(t!.serviceUrl, token, u.id)));
    expect(leases.map((a) => a.status)).toEqual([201, 201, 201]);
    expect((await postJson(`${t.serviceUrl}/pool/v1/streams/${leases[0]!.body.leaseId}/heartbeat`, token)).status).toBe(200);

    // A session left open by a crash long ago: its last heartbeat is an hour old.
    const stale = randomUUID();
    const slot = await db.pool.query<{ id: string }>(`SELECT id FROM torbox_slots WHERE pool_key_id = $1 ORDER BY slot_number DESC LIMIT 1`, [key.id]);
    await db.pool.query(
      `INSERT INTO torbox_concurrency_log (id, stream_started_at, pool_key_id, user_id, slot_id, last_heartbeat_at)
       VALUES ($1, now() - interval '2 hours', $2, $3, $4, now() - interval '1 hour')`,
      [stale, key.id, users[3]!.id, slot.rows[0]!.id],
    );

    await t.stop(); // the final flush writes the sessions; they stay open in the log
    t = undefined;
    const live = await db.pool.query<{ id: string }>(`SELECT id FROM torbox_concurrency_log WHERE pool_key_id = $1 AND stream_ended_at IS NULL AND id <> $2`, [key.id, stale]);
    expect(live.rows.map((r) => r.id).sort()).toEqual(leases.map((a) => a.body.leaseId).sort());

    t = await engineOn(db, 120);
    // The three restored leases count against the cap of 3 at once.
    expect((await startStream(t.serviceUrl, token, users[3]!.id, 'after-restart')).status).toBe(429);
    for (const { id } of live.rows) expect((await postJson(`${t.serviceUrl}/pool/v1/streams/${id}/heartbeat`, token, {})).status).toBe(200);
    expect(await session(db, stale)).toMatchObject({ end_reason: 'expired', stream_ended_at: expect.any(Date) });
    expect((await session(db, stale)).duration_seconds).toBeGreaterThanOrEqual(3600 - 5);

    // Ending a restored lease frees its stream for someone else, and the end is flushed on its row.
    const first = live.rows[0]!.id;
    expect((await postJson(`${t.serviceUrl}/pool/v1/streams/${first}/end`, token)).status).toBe(200);
    expect((await startStream(t.serviceUrl, token, users[3]!.id, 'after-restart')).status).toBe(201);
    await t.engine.flushNow();
    expect(await session(db, first)).toMatchObject({ end_reason: 'stopped', stream_ended_at: expect.any(Date) });
  });
});
