/** Batch ids of written search reports are forgotten after the retention, not before. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { searchBatchPruneJob } from '../../control/services/indexers/jobs.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { jobContext, testClock } from './support/job-context.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

it('deletes batch ids older than 7 days and keeps the rest, the same when run twice', async () => {
  const old = randomUUID();
  const recent = randomUUID();
  await db.pool.query(`INSERT INTO prowlarr_search_batches (batch_id, search_rows, written_at) VALUES ($1, 3, '2026-11-20T00:00:00Z'), ($2, 2, '2026-11-28T00:00:00Z')`, [old, recent]);
  const ctx = jobContext(db.pool, testClock('2026-11-29T12:00:00Z'));
  expect(await searchBatchPruneJob.run(ctx)).toEqual({ rowsTouched: 1 });
  expect(await searchBatchPruneJob.run(ctx)).toEqual({ rowsTouched: 0 });
  const { rows } = await db.pool.query(`SELECT batch_id FROM prowlarr_search_batches`);
  expect(rows).toEqual([{ batch_id: recent }]);
});
