/**
 * Bad input on the pool routes gets a clear JSON error and changes nothing: malformed JSON, huge
 * bodies, invalid fields, unknown leases, keys and users, disabled users, missing, wrong, revoked and
 * unprivileged tokens. Afterwards nothing was written and no stream or slot was taken.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToken, hashToken } from '../../control/credentials.js';
import { startTestEngine, type TestEngine } from '../support/engine.js';
import { createUser, type TestUser } from '../support/fixtures.js';
import { MASTER_KEY, postJson, seedPoolKey, seedPoolToken, type SeededKey } from './pool-fixtures.js';

describe('pool routes: bad input', () => {
  let t: TestEngine;
  let key: SeededKey;
  let token: string;
  let memberToken: string;
  let service: TestUser;
  let user: TestUser;
  let disabled: TestUser;

  beforeAll(async () => {
    t = await startTestEngine({
      workers: 2,
      flush: { intervalMs: 600_000 },
      streamPool: { masterKey: MASTER_KEY, flushIntervalMs: 600_000 },
      prepare: async (db) => {
        key = await seedPoolKey(db.pool);
        ({ token, user: service } = await seedPoolToken(db.pool));
        memberToken = (await seedPoolToken(db.pool, { group: 'member' })).token;
        user = await createUser(db.pool);
        disabled = await createUser(db.pool, { status: 'disabled' });
      },
    });
  });

  afterAll(async () => {
    await t?.stop();
  });

  const streams = `/pool/v1/streams`;
  const expectError = (answer: { status: number; body: any }, status: number, code: string, field?: string) => {
    expect(answer.status).toBe(status);
    expect(answer.body.error).toMatchObject({ status, code, message: expect.any(String) });
    if (field !== undefined) expect(answer.body.error.field).toBe(field);
  };

  it('answers every kind of bad request with a JSON error', async () => {
    const url = (path: string) => `${t.serviceUrl}${path}`;
    const good = { userId: user.id, deviceId: 'tv', stream: { type: 'movie' } };

    expectError(await postJson(url(streams), token, '{"userId": "'), 400, 'MALFORMED_JSON');
    expectError(await postJson(url(streams), token, '[1, 2'), 400, 'MALFORMED_JSON');
    expectError(await postJson(url(streams), token, Buffer.alloc(1 << 20, 0x20)), 413, 'BODY_TOO_LARGE');
    expectError(await postJson(url(streams), token, JSON.stringify({ ...good, title: 'x'.repeat(20_000) })), 413, 'BODY_TOO_LARGE');
    expectError(await postJson(url(streams), token, good, { 'content-type': 'text/plain' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectError(await postJson(url(streams), token, [good]), 400, 'INVALID_ARGUMENT');
    expectError(await postJson(url(streams), token, { ...good, userId: 'nobody' }), 400, 'INVALID_ARGUMENT', 'userId');
    expectError(await postJson(url(streams), token, { ...good, deviceId: '' }), 400, 'INVALID_ARGUMENT', 'deviceId');
    expectError(await postJson(url(streams), token, { ...good, stream: { type: 'podcast' } }), 400, 'INVALID_ARGUMENT', 'stream.type');
    expectError(await postJson(url(streams), token, { ...good, stream: { torrentHash: 'abc' } }), 400, 'INVALID_ARGUMENT', 'stream.torrentHash');
    expectError(await postJson(url(streams), token, { ...good, stream: { imdbId: 'imdb' } }), 400, 'INVALID_ARGUMENT', 'stream.imdbId');
    expectError(await postJson(url(streams), token, { ...good, userId: randomUUID() }), 404, 'USER_UNKNOWN', 'userId');
    expectError(await postJson(url(streams), token, { ...good, userId: disabled.id }), 403, 'USER_DISABLED', 'userId');

    // Leases that do not exist, and ids that are not ids.
    expectError(await postJson(url(`${streams}/${randomUUID()}/heartbeat`), token, {}), 404, 'LEASE_UNKNOWN', 'leaseId');
    expectError(await postJson(url(`${streams}/${randomUUID()}/end`), token, {}), 404, 'LEASE_UNKNOWN', 'leaseId');
    expectError(await postJson(url(`${streams}/not-a-lease/end`), token, {}), 400, 'INVALID_ARGUMENT', 'leaseId');
    expectError(await postJson(url(`${streams}/${randomUUID()}/end`), token, { outcome: 'exploded' }), 400, 'INVALID_ARGUMENT', 'outcome');

    // Reports: unknown key, bad status, unknown user.
    const report = { poolKeyId: key.id, endpoint: '/v1/api/user/me', httpStatus: 200 };
    expectError(await postJson(url('/pool/v1/reports'), token, { ...report, poolKeyId: randomUUID() }), 404, 'POOL_KEY_UNKNOWN', 'poolKeyId');
    expectError(await postJson(url('/pool/v1/reports'), token, { ...report, httpStatus: 42 }), 400, 'INVALID_ARGUMENT', 'httpStatus');
    expectError(await postJson(url('/pool/v1/reports'), token, { ...report, endpoint: undefined }), 400, 'INVALID_ARGUMENT', 'endpoint');
    expectError(await postJson(url('/pool/v1/reports'), token, { ...report, userId: randomUUID() }), 404, 'USER_UNKNOWN', 'userId');

    // Credentials.
    const missing = await postJson(url(streams), null, good);
    expectError(missing, 401, 'CREDENTIALS_MISSING');
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    expectError(await postJson(url(streams), generateToken('sgt'), good), 401, 'CREDENTIALS_INVALID');
    expectError(await postJson(url(streams), 'x'.repeat(5000), good), 401, 'CREDENTIALS_INVALID');
    expectError(await postJson(url(streams), memberToken, good), 403, 'PERMISSION_DENIED');

    // Routes and methods.
    expectError(await postJson(url('/pool/v1/nothing'), token, {}), 404, 'NOT_FOUND');
    const get = await fetch(url(streams));
    expect(get.status).toBe(405);
    expect(((await get.json()) as { error: unknown }).error).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });
    // The public announce port does not serve the pool unless configured.
    expect((await postJson(`${t.baseUrl}${streams}`, token, good)).status).toBe(404);

    // Nothing was written, nothing taken.
    await t.engine.flushNow();
    const counts = await t.db.pool.query(
      `SELECT (SELECT count(*) FROM torbox_concurrency_log)::int AS sessions, (SELECT count(*) FROM torbox_usage_logs)::int AS usage,
              (SELECT count(*) FROM torbox_assignments)::int AS assignments, (SELECT count(*) FROM torbox_slots WHERE user_id IS NOT NULL)::int AS slots,
              (SELECT current_concurrent_streams FROM torbox_pool WHERE id = $1) AS streams, (SELECT status FROM torbox_pool WHERE id = $1) AS status`,
      [key.id],
    );
    expect(counts.rows[0]).toEqual({ sessions: 0, usage: 0, assignments: 0, slots: 0, streams: 0, status: 'healthy' });
    const cells = t.engine.streamPool!.state.keyCells;
    const index = t.engine.streamPool!.keys.placeOf(key.id)!.index;
    expect([cells.streams(index), cells.usedSlots(index)]).toEqual([0, 0]);
  });

  it('tokens are kept current by events: a revoked token stops working, a new one works at once', async () => {
    const good = { userId: user.id, deviceId: 'tv' };
    const started = await postJson(`${t.serviceUrl}${streams}`, token, good);
    expect(started.status).toBe(201);
    await t.db.pool.query(`UPDATE api_tokens SET revoked_at = now() WHERE user_id = $1`, [service.id]);
    await t.bus.publish({ type: 'user.changed', userId: service.id });
    await t.engine.settled();
    expectError(await postJson(`${t.serviceUrl}${streams}/${started.body.leaseId}/end`, token, {}), 401, 'CREDENTIALS_INVALID');

    const fresh = generateToken('sgt');
    await t.db.pool.query(`INSERT INTO api_tokens (user_id, name, token_hash) VALUES ($1, 'proxy-2', $2)`, [service.id, hashToken(fresh)]);
    await t.bus.publish({ type: 'user.changed', userId: service.id });
    await t.engine.settled();
    expect((await postJson(`${t.serviceUrl}${streams}/${started.body.leaseId}/end`, fresh, {})).status).toBe(200);
  });
});
