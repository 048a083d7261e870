/**
 * Search reports on the engine's HTTP endpoint reach prowlarr_search_logs through the COPY flusher,
 * exactly once (a report sent twice, a flush retried after a lost COMMIT acknowledgement), and bad
 * reports are refused whole with a JSON error naming the row and field, writing nothing.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '../../core/db.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startTestEngine, type TestEngine } from '../support/engine.js';
import { createUser } from '../support/fixtures.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { createApiToken } from './support/service-token.js';
import { insertIndexer } from './support/search-rows.js';

let db: TestDatabase;
let proxy: TcpProxy;
let enginePool: Pool;
let t: TestEngine;
let url: string;
let token: string;
let memberToken: string;
let yts: string;
let eztv: string;
let viewer: string;

beforeAll(async () => {
  db = await createTestDatabase();
  yts = await insertIndexer(db.pool, 'YTS');
  eztv = await insertIndexer(db.pool, 'EZTV');
  viewer = (await createUser(db.pool)).id;
  token = (await createApiToken(db.pool, 'administrator')).token;
  memberToken = (await createApiToken(db.pool, 'member')).token;
  proxy = await startTcpProxy(Number(new URL(db.url).port || 5432));
  enginePool = createPool(proxy.urlFor(db.url), 4);
  // A long interval: the tests flush when they choose (flushNow).
  t = await startTestEngine({ db, enginePool, workers: 1, flush: { intervalMs: 600_000 }, indexers: { ingestEnabled: true, ingestMaxBatchRows: 50, ingestMaxBodyBytes: 64 * 1024 } });
  url = `${t.serviceUrl}/api/v1/search-logs`;
});
afterAll(async () => {
  await t?.stop();
  await enginePool?.end();
  await proxy?.close();
  await db?.drop();
});

function search(indexerId: string, k: number, extra: Record<string, unknown> = {}) {
  return {
    indexerId,
    query: `The Matrix ${k}\twith\ttabs\\ and a\nnewline`,
    type: 'movie',
    imdbId: 'tt0133093',
    tmdbId: '603',
    responseTimeMs: 100 + k,
    httpStatus: 200,
    resultsCount: k,
    success: true,
    userId: viewer,
    searchedAt: new Date(Date.UTC(2026, 10, 29, 10, 0, k)).toISOString(),
    ...extra,
  };
}

async function post(body: unknown, options: { token?: string; contentType?: string; raw?: string } = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${options.token ?? token}`, 'content-type': options.contentType ?? 'application/json' },
    body: options.raw ?? JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

async function stored(): Promise<number> {
  const { rows: [row] } = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM prowlarr_search_logs`);
  return row!.n;
}

describe('search-log ingestion', () => {
  it('writes a reported batch once through the flusher, even when the reporter sends it again', async () => {
    const batchId = randomUUID();
    const report = { batchId, searches: [search(yts, 1), search(yts, 2), search(eztv, 3, { success: false, errorType: 'timeout', errorMessage: 'no answer in 10 s', httpStatus: null })] };
    expect(await post(report)).toEqual({ status: 202, body: { accepted: 3, batchId } });
    // Sent again before the flush: recognised in memory.
    expect(await post(report)).toEqual({ status: 200, body: { accepted: 0, duplicate: true, batchId } });
    expect(await stored()).toBe(0); // nothing is written on the request path
    const batchesBefore = (await db.pool.query(`SELECT count(*)::int AS n FROM flush_batches`)).rows[0].n;
    await t.engine.flushNow();
    expect(await stored()).toBe(3);
    // The rows were written by the flusher's batch transaction.
    expect((await db.pool.query(`SELECT count(*)::int AS n FROM flush_batches`)).rows[0].n).toBe(batchesBefore + 1);
    // Sent again after the flush: accepted by the engine, refused by PostgreSQL's batch record.
    expect((await post(report)).status).toBe(202);
    await t.engine.flushNow();
    expect(await stored()).toBe(3);
    const { rows } = await db.pool.query(
      `SELECT indexer_id, user_id, search_query, search_type, imdb_id, tmdb_id, response_time_ms, http_status, results_count, was_successful,
              error_type, error_message, searched_at FROM prowlarr_search_logs ORDER BY response_time_ms`,
    );
    expect(rows[0]).toEqual({
      indexer_id: yts, user_id: viewer, search_query: 'The Matrix 1\twith\ttabs\\ and a\nnewline', search_type: 'movie', imdb_id: 'tt0133093', tmdb_id: '603',
      response_time_ms: 101, http_status: 200, results_count: 1, was_successful: true, error_type: null, error_message: null,
      searched_at: new Date(Date.UTC(2026, 10, 29, 10, 0, 1)),
    });
    expect(rows[2]).toMatchObject({ indexer_id: eztv, was_successful: false, error_type: 'timeout', error_message: 'no answer in 10 s', http_status: null });
  });

  it('writes a batch once when the flush is retried after a lost COMMIT acknowledgement', async () => {
    const before = await stored();
    const searches = Array.from({ length: 20 }, (_, k) => search(yts, k, { userId: null }));
    expect((await post({ searches })).status).toBe(202); // no batchId: only the flusher's batch id guards it
    const lost = proxy.loseNextCommitAck();
    await t.engine.flushNow(); // commits, but the engine never hears so: the batch stays in flight
    await lost;
    await t.engine.flushNow(); // the retry finds its batch id recorded and skips
    expect(await stored()).toBe(before + 20);
  });

  it('accepts reports while PostgreSQL is unreachable and writes them when it returns', async () => {
    const before = await stored();
    proxy.cut();
    expect((await post({ batchId: randomUUID(), searches: [search(yts, 7), search(eztv, 8)] })).status).toBe(202);
    await t.engine.flushNow(); // fails: kept
    proxy.restore();
    await t.engine.flushNow();
    expect(await stored()).toBe(before + 2);
  });

  it('learns indexers created after start from indexer.changed', async () => {
    const fresh = await insertIndexer(db.pool, 'TorrentGalaxy');
    expect((await post({ searches: [search(fresh, 1)] })).body.error.code).toBe('UNKNOWN_INDEXER');
    await t.bus.publish({ type: 'indexer.changed', indexerId: fresh });
    await t.engine.settled();
    expect((await post({ searches: [search(fresh, 1)] })).status).toBe(202);
    await t.engine.flushNow();
  });
});

describe('bad reports are refused whole and write nothing', () => {
  const good = () => search(yts, 1);
  const cases: [string, () => Promise<{ status: number; body: Record<string, any> }>, number, Record<string, unknown>][] = [
    ['malformed JSON', () => post(null, { raw: '{"searches": [{"indexerId": ' }), 400, { code: 'MALFORMED_JSON' }],
    ['a body that is not a report', () => post([good()]), 400, { code: 'INVALID_REPORT' }],
    ['an unknown indexer', () => post({ searches: [good(), search(randomUUID(), 2)] }), 400, { code: 'UNKNOWN_INDEXER', row: 1, field: 'indexerId' }],
    ['a negative response time', () => post({ searches: [good(), good(), search(yts, 3, { responseTimeMs: -5 })] }), 400, { code: 'INVALID_ROW', row: 2, field: 'responseTimeMs', message: 'searches[2].responseTimeMs: must not be negative' }],
    ['a negative result count', () => post({ searches: [search(yts, 3, { resultsCount: -1 })] }), 400, { code: 'INVALID_ROW', row: 0, field: 'resultsCount' }],
    ['an unknown field', () => post({ searches: [search(yts, 3, { respnseTime: 5 })] }), 400, { code: 'INVALID_ROW', row: 0, field: 'respnseTime' }],
    ['a search type outside the list', () => post({ searches: [search(yts, 3, { type: 'music' })] }), 400, { code: 'INVALID_ROW', row: 0, field: 'type' }],
    ['a huge batch (more rows than allowed)', () => post({ searches: Array.from({ length: 51 }, good) }), 413, { code: 'BATCH_TOO_LARGE' }],
    ['a huge body', () => post({ searches: [search(yts, 1, { errorMessage: 'x'.repeat(70 * 1024) })] }), 413, { code: 'BODY_TOO_LARGE' }],
    ['an unknown service token', () => post({ searches: [good()] }, { token: 'sgt_not-a-token' }), 401, { code: 'CREDENTIALS_INVALID' }],
    ['a token of a group without the permission', () => post({ searches: [good()] }, { token: memberToken }), 403, { code: 'PERMISSION_DENIED', permission: 'PERMISSION_INDEXERS_REPORT' }],
    ['a body that is not JSON by type', () => post({ searches: [good()] }, { contentType: 'text/plain' }), 415, { code: 'UNSUPPORTED_MEDIA_TYPE' }],
  ];
  for (const [what, send, status, error] of cases) {
    it(`refuses ${what}`, async () => {
      await t.engine.flushNow();
      const before = await stored();
      const answer = await send();
      expect(answer.status).toBe(status);
      expect(answer.body.error).toMatchObject(error);
      expect(typeof answer.body.error.message).toBe('string');
      await t.engine.flushNow();
      expect(await stored()).toBe(before);
    });
  }
});
