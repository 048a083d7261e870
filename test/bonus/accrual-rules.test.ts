import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bonusAccrualJob } from '../../control/services/bonus/jobs.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTorrent, createUser } from '../support/fixtures.js';
import { GIB, jobContext, setSeedTime } from './support.js';

// The points statement has a column per active rule (accrual-points.ts): no rule at all, and rules
// beyond the defaults (seed_size, category limits), each by hand.
describe('bonus accrual with other rule sets than the defaults', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  const earned = async (userId: string) =>
    (
      await db.pool.query<{ amount: string; metadata: { rules: Record<string, number> } }>(
        `SELECT amount, metadata FROM bonus_transactions WHERE user_id = $1 AND transaction_type = 'earned' ORDER BY id`,
        [userId],
      )
    ).rows.map((r) => ({ amount: Number(r.amount), rules: r.metadata.rules }));

  it('with no rule active credits nobody, yet the marks move: the next period pays only its own seeding', async () => {
    const user = await createUser(db.pool);
    const torrent = await createTorrent(db.pool, { size: GIB });
    await db.pool.query(`UPDATE torrents SET seeders = 10 WHERE id = $1`, [torrent.id]);
    await setSeedTime(db.pool, user.id, torrent.id, 3600);
    await db.pool.query(`UPDATE bonus_rules SET is_active = false`);
    const idle = await bonusAccrualJob.run(jobContext(db.pool, new Date('2026-11-29T10:05:00Z')));
    expect(idle.details).toMatchObject({ credited: true, usersCredited: 0, marksWritten: 1 });
    expect(await earned(user.id)).toEqual([]);

    await db.pool.query(`UPDATE bonus_rules SET is_active = true`);
    await setSeedTime(db.pool, user.id, torrent.id, 3600 + 1800);
    await bonusAccrualJob.run(jobContext(db.pool, new Date('2026-11-29T11:05:00Z')));
    // Half an hour of standard_seeding on 1 GiB (the first hour was marked paid by the idle run).
    expect(await earned(user.id)).toEqual([{ amount: 0.5, rules: { standard_seeding: 0.5 } }]);
  });

  it('pays a seed_size rule by the size and a category rule only in its categories, stacked on the defaults', async () => {
    const user = await createUser(db.pool);
    const torrent = await createTorrent(db.pool, { size: 4 * GIB });
    await db.pool.query(`UPDATE torrents SET seeders = 10 WHERE id = $1`, [torrent.id]);
    await db.pool.query(
      `INSERT INTO bonus_rules (name, rule_type, points_per_hour, base_multiplier, category_ids) VALUES
         ('per_gib', 'seed_size', 0.1, 1, NULL),
         ('in_category', 'seed_time', 1, 1, ARRAY[(SELECT category_id FROM torrents WHERE id = $1)]),
         ('elsewhere', 'seed_time', 5, 1, ARRAY[-1])`,
      [torrent.id],
    );
    await setSeedTime(db.pool, user.id, torrent.id, 3600);
    await bonusAccrualJob.run(jobContext(db.pool, new Date('2026-11-29T12:05:00Z')));
    // standard 1 x size factor 2 (4 GiB) = 2, per_gib 0.1 x 4 GiB = 0.4, in_category 1; elsewhere nothing.
    expect(await earned(user.id)).toEqual([{ amount: 3.4, rules: { standard_seeding: 2, per_gib: 0.4, in_category: 1 } }]);
  });
});
