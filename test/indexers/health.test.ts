/** The health job's automatic disable and Prowlarr-style escalating back-off, on an injected clock. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthJob } from '../../control/services/indexers/jobs.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { jobContext, testClock, type TestClock } from './support/job-context.js';
import { insertIndexer, insertSearches } from './support/search-rows.js';

let db: TestDatabase;
let flaky: string;
let steady: string;
const clock: TestClock = testClock('2026-11-29T08:00:00Z');

beforeAll(async () => {
  db = await createTestDatabase();
  flaky = await insertIndexer(db.pool, 'Flaky');
  steady = await insertIndexer(db.pool, 'Steady');
});
afterAll(async () => {
  await db?.drop();
});

/** `count` searches of `indexerId` spread in the last few milliseconds before the clock, `failures` of them failed. */
async function searches(indexerId: string, count: number, failures: number): Promise<void> {
  const now = clock.now().getTime();
  await insertSearches(
    db.pool,
    indexerId,
    Array.from({ length: count }, (_, k) => ({ at: new Date(now - (k + 1)), ms: 200, ok: k >= failures })),
  );
}

async function run() {
  const ctx = jobContext(db.pool, clock, { healthMinSearches: 10, successDisablePercent: 80 });
  const outcome = await healthJob.run(ctx);
  return { outcome, events: ctx.events };
}

async function state(indexerId: string) {
  const { rows: [row] } = await db.pool.query(
    `SELECT is_enabled, disabled_by, backoff_level, disabled_until, status FROM prowlarr_indexers WHERE id = $1`,
    [indexerId],
  );
  return row as { is_enabled: boolean; disabled_by: string | null; backoff_level: number; disabled_until: Date | null; status: string };
}

const MINUTE = 60_000;

describe('automatic disable with escalating back-off', () => {
  it('disables an indexer below 80 % success for 1 minute, with an audit row and an event', async () => {
    await searches(flaky, 10, 3); // 70 %
    await searches(steady, 10, 1); // 90 %: stays enabled
    const { outcome, events } = await run();
    expect(outcome.details).toMatchObject({ disabled: 1, retried: 0 });
    expect(events).toEqual([{ type: 'indexer.changed', indexerId: flaky }]);
    expect(await state(flaky)).toEqual({
      is_enabled: false, disabled_by: 'health', backoff_level: 1, disabled_until: new Date(clock.now().getTime() + MINUTE), status: 'down',
    });
    expect(await state(steady)).toMatchObject({ is_enabled: true, backoff_level: 0 });
    const { rows } = await db.pool.query(
      `SELECT actor_type, action, entity_id, metadata->>'successRate' AS rate, metadata->>'job' AS job FROM audit_logs WHERE entity_type = 'prowlarr_indexer'`,
    );
    expect(rows).toEqual([{ actor_type: 'system', action: 'indexer.auto_disabled', entity_id: flaky, rate: '70', job: 'indexer_health' }]);
  });

  it('waits out the back-off, then tries the indexer again', async () => {
    clock.advance(30_000);
    expect((await run()).events).toEqual([]);
    expect(await state(flaky)).toMatchObject({ is_enabled: false, backoff_level: 1 });
    clock.advance(30_000);
    const { outcome, events } = await run();
    expect(outcome.details).toMatchObject({ retried: 1 });
    expect(events).toEqual([{ type: 'indexer.changed', indexerId: flaky }]);
    expect(await state(flaky)).toMatchObject({ is_enabled: true, disabled_by: null, disabled_until: null, backoff_level: 1 });
  });

  it('climbs the ladder 5 min, 15 min, 30 min, 1 h, 3 h, 6 h, 12 h, 24 h while it keeps failing, and stays at 24 h', async () => {
    const ladderMinutes = [5, 15, 30, 60, 180, 360, 720, 1440, 1440];
    for (const [k, minutes] of ladderMinutes.entries()) {
      clock.advance(5_000);
      await searches(flaky, 10, 5); // 50 %
      await run();
      const now = clock.now().getTime();
      expect(await state(flaky)).toEqual({
        is_enabled: false, disabled_by: 'health', backoff_level: Math.min(k + 2, 9), disabled_until: new Date(now + minutes * MINUTE), status: 'down',
      });
      // One second early it is still held back; on time it is tried again.
      clock.advance(minutes * MINUTE - 1000);
      await run();
      expect(await state(flaky)).toMatchObject({ is_enabled: false });
      clock.advance(1000);
      await run();
      expect(await state(flaky)).toMatchObject({ is_enabled: true, backoff_level: Math.min(k + 2, 9) });
    }
  });

  it('steps back one level per good window and stays enabled', async () => {
    for (let level = 8; level >= 0; level--) {
      clock.advance(5_000);
      await searches(flaky, 10, 1); // 90 %
      await run();
      expect(await state(flaky)).toMatchObject({ is_enabled: true, disabled_by: null, backoff_level: level });
    }
    const { rows } = await db.pool.query(`SELECT action, count(*)::int AS n FROM audit_logs WHERE entity_id = $1 GROUP BY action ORDER BY action`, [flaky]);
    expect(rows).toEqual([
      { action: 'indexer.auto_disabled', n: 10 },
      { action: 'indexer.backoff_ended', n: 10 },
    ]);
  });

  it('judges nothing until enough searches arrive, and never re-enables an operator\'s disable', async () => {
    clock.advance(5_000);
    await searches(flaky, 9, 9); // all failed, but fewer than the minimum
    await run();
    expect(await state(flaky)).toMatchObject({ is_enabled: true, backoff_level: 0 });
    await db.pool.query(`UPDATE prowlarr_indexers SET is_enabled = false, disabled_by = 'operator' WHERE id = $1`, [steady]);
    clock.advance(5_000);
    await searches(steady, 10, 0);
    clock.advance(48 * 3600_000);
    await run();
    expect(await state(steady)).toMatchObject({ is_enabled: false, disabled_by: 'operator' });
  });

  it('does the same thing once when two runs race', async () => {
    clock.advance(5_000);
    await searches(flaky, 10, 10);
    await Promise.all([run(), run()]);
    expect(await state(flaky)).toMatchObject({ is_enabled: false, backoff_level: 1 });
  });
});
