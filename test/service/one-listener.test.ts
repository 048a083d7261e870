/**
 * One service listener, one service-token check: the pool routes and the search-log route answer on
 * the same port, and the permission each route needs is what decides. A token of a group holding
 * both PERMISSION_POOL_STREAM (can_pool_stream) and PERMISSION_INDEXERS_REPORT (level 20+) calls
 * both; a token holding only one gets a JSON 403 naming the other; a group losing its flag is seen
 * through group.changed. Moved settings stop the configuration with a message naming the new one.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../core/config.js';
import { startTestEngine, type TestEngine } from '../support/engine.js';
import { createUser, type TestUser } from '../support/fixtures.js';
import { insertIndexer } from '../indexers/support/search-rows.js';
import { MASTER_KEY, postJson, seedPoolKey, seedPoolToken, startStream, waitFor } from '../pool/pool-fixtures.js';

let t: TestEngine;
let viewer: TestUser;
let indexerId: string;
let both: string;
let poolOnly: string;
let reportOnly: string;
let reportOnlyGroup: number;

beforeAll(async () => {
  t = await startTestEngine({
    workers: 2,
    flush: { intervalMs: 600_000 },
    indexers: { ingestEnabled: true },
    streamPool: { masterKey: MASTER_KEY, flushIntervalMs: 600_000 },
    prepare: async (db) => {
      await seedPoolKey(db.pool);
      indexerId = await insertIndexer(db.pool, 'YTS');
      viewer = await createUser(db.pool);
      // administrator: level 20 and can_pool_stream, so both permissions.
      both = (await seedPoolToken(db.pool, { group: 'administrator' })).token;
      await db.pool.query(
        `INSERT INTO user_groups (name, display_name, level, can_pool_stream) VALUES ('stream_proxy', 'Stream proxy', 5, true), ('search_reporter', 'Search reporter', 20, false)`,
      );
      poolOnly = (await seedPoolToken(db.pool, { group: 'stream_proxy' })).token;
      reportOnly = (await seedPoolToken(db.pool, { group: 'search_reporter' })).token;
      reportOnlyGroup = Number((await db.pool.query<{ id: number }>(`SELECT id FROM user_groups WHERE name = 'search_reporter'`)).rows[0]!.id);
    },
  });
});

afterAll(async () => {
  await t?.stop();
});

function report(token: string) {
  const search = { indexerId, query: 'Heat', type: 'movie', responseTimeMs: 120, httpStatus: 200, resultsCount: 3, success: true, userId: viewer.id };
  return postJson(`${t.serviceUrl}/api/v1/search-logs`, token, { batchId: randomUUID(), searches: [search] });
}

describe('one service listener', () => {
  it('serves a token holding both permissions on both route sets, on the one port', async () => {
    const started = await startStream(t.serviceUrl, both, viewer.id);
    expect(started.status).toBe(201);
    expect(started.body.apiKey).toMatch(/^tb_/);
    const reported = await report(both);
    expect(reported.status).toBe(202);
    expect(reported.body).toMatchObject({ accepted: 1 });
  });

  it('refuses a token holding only PERMISSION_POOL_STREAM on the search-log route with a JSON 403', async () => {
    expect((await startStream(t.serviceUrl, poolOnly, viewer.id, 'device-2')).status).toBe(201);
    const refused = await report(poolOnly);
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toBe('application/json');
    expect(refused.body.error).toMatchObject({ status: 403, code: 'PERMISSION_DENIED', permission: 'PERMISSION_INDEXERS_REPORT' });
  });

  it('refuses a token holding only PERMISSION_INDEXERS_REPORT on the pool routes with a JSON 403', async () => {
    expect((await report(reportOnly)).status).toBe(202);
    const refused = await startStream(t.serviceUrl, reportOnly, viewer.id, 'device-3');
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toBe('application/json');
    expect(refused.body.error).toMatchObject({ status: 403, code: 'PERMISSION_DENIED', permission: 'PERMISSION_POOL_STREAM' });
    expect(refused.body.error.message).toContain('can_pool_stream');
  });

  it('answers an unknown token and an unknown path with JSON on the same port', async () => {
    const unknown = await report('sgt_unknown');
    expect(unknown.status).toBe(401);
    expect(unknown.body.error).toMatchObject({ code: 'CREDENTIALS_INVALID' });
    const nowhere = await postJson(`${t.serviceUrl}/elsewhere`, both, {});
    expect(nowhere.status).toBe(404);
    expect(nowhere.body.error.code).toBe('NOT_FOUND');
    expect(nowhere.body.error.message).toContain('/api/v1/search-logs');
  });

  it('sees a group gaining a permission through group.changed, in every worker', async () => {
    await t.db.pool.query(`UPDATE user_groups SET can_pool_stream = true WHERE id = $1`, [reportOnlyGroup]);
    await t.bus.publish({ type: 'group.changed', groupId: reportOnlyGroup });
    await t.engine.settled();
    // New connections each time, so both workers are asked.
    await waitFor(async () => (await startStream(t.serviceUrl, reportOnly, viewer.id, `device-${randomUUID()}`)).status !== 403, 'the new grant');
    for (let i = 0; i < 6; i++) expect((await startStream(t.serviceUrl, reportOnly, viewer.id, `device-x${i}`)).status).not.toBe(403);
  });
});

describe('moved settings', () => {
  it.each([
    ['SWARMGATE_POOL_PORT', '7000', 'engine.servicePort'],
    ['SWARMGATE_POOL_HOST', '0.0.0.0', 'engine.serviceHost'],
    ['SWARMGATE_SEARCHLOG_PORT', '7001', 'engine.servicePort'],
  ])('refuses %s with a message naming its replacement', (env, value, replacement) => {
    expect(() => loadConfig({ env: { [env]: value } })).toThrow(ConfigError);
    expect(() => loadConfig({ env: { [env]: value } })).toThrow(replacement);
  });

  it('refuses a moved setting in a config file too, not as an unknown one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swarmgate-moved-'));
    try {
      const file = join(dir, 'config.json');
      writeFileSync(file, JSON.stringify({ pool: { port: 7000 }, indexers: { ingestPort: 7001 } }));
      let message = '';
      try {
        loadConfig({ env: {}, file });
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).toContain('pool.port (in ' + file + '): this setting moved to engine.servicePort');
      expect(message).toContain('indexers.ingestPort (in ' + file + '): this setting moved to engine.servicePort');
      expect(message).not.toContain('unknown setting');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the service listener on loopback by default', () => {
    const { engine } = loadConfig({ env: {} });
    expect([engine.serviceHost, engine.servicePort]).toEqual(['127.0.0.1', 6971]);
  });
});
