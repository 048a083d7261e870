import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accrue, lastCompletePeriod } from '../../control/services/bonus/accrual.js';
import { bonusAccrualJob } from '../../control/services/bonus/jobs.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTorrent, createUser, type TestTorrent, type TestUser } from '../support/fixtures.js';
import { balanceOf, GIB, jobContext, setSeedTime, setTransfer } from './support.js';

describe('bonus accrual pays the seeding of each period once, by the default rules', () => {
  let db: TestDatabase;
  // Seeders, one per default rule (hand-computed points in each test).
  let member: TestUser; // standard_seeding only
  let powerUser: TestUser; // low_seeder_bonus (+ standard), group x1.5
  let eliteLowRatio: TestUser; // freeleech_seeding only (ratio below 0.5), group x2
  let bigSeeder: TestUser; // large_file_bonus (+ standard), and more seed time than the window
  let disabled: TestUser;
  let plain: TestTorrent; // 1 GiB, 10 seeders
  let scarce: TestTorrent; // 4 GiB, 2 seeders
  let free: TestTorrent; // 1 GiB freeleech, 10 seeders
  let large: TestTorrent; // 64 GiB, 10 seeders
  const firstHour = new Date('2026-11-29T10:07:00Z'); // credits 09:00-10:00

  beforeAll(async () => {
    db = await createTestDatabase();
    member = await createUser(db.pool);
    powerUser = await createUser(db.pool, { group: 'power_user' });
    eliteLowRatio = await createUser(db.pool, { group: 'elite' });
    bigSeeder = await createUser(db.pool);
    disabled = await createUser(db.pool, { status: 'disabled' });
    plain = await createTorrent(db.pool, { size: GIB });
    scarce = await createTorrent(db.pool, { size: 4 * GIB });
    free = await createTorrent(db.pool, { size: GIB, freeleech: true });
    large = await createTorrent(db.pool, { size: 64 * GIB });
    await db.pool.query(`UPDATE torrents SET seeders = CASE WHEN id = $1 THEN 2 ELSE 10 END`, [scarce.id]);
    await setTransfer(db.pool, powerUser.id, 100, 100); // ratio 1
    await setTransfer(db.pool, eliteLowRatio.id, 25, 100); // ratio 0.25
    await setTransfer(db.pool, bigSeeder.id, 200, 100); // ratio 2
    await setSeedTime(db.pool, member.id, plain.id, 3600);
    await setSeedTime(db.pool, powerUser.id, scarce.id, 3600);
    await setSeedTime(db.pool, eliteLowRatio.id, free.id, 1800);
    await setSeedTime(db.pool, bigSeeder.id, large.id, 3600);
    await setSeedTime(db.pool, bigSeeder.id, plain.id, 7200); // two peers' worth: capped at the hour
    await setSeedTime(db.pool, disabled.id, plain.id, 3600);
  });
  afterAll(() => db.drop());

  const earned = async (userId: string) =>
    (
      await db.pool.query<{ amount: string; balance_after: string; metadata: Record<string, unknown> }>(
        `SELECT amount, balance_after, metadata FROM bonus_transactions WHERE user_id = $1 AND transaction_type = 'earned' ORDER BY id`,
        [userId],
      )
    ).rows.map((r) => ({ amount: Number(r.amount), balanceAfter: Number(r.balance_after), metadata: r.metadata }));

  it('credits each seeder the hand-computed points, one ledger row each with the balance after it', async () => {
    const outcome = await bonusAccrualJob.run(jobContext(db.pool, firstHour));
    expect(outcome.details).toMatchObject({ credited: true, usersCredited: 4, periodStart: '2026-11-29T09:00:00.000Z' });

    // standard_seeding: 1 pt/h x 1.00 x size factor 1 (1 GiB) x member 1.00 = 1.00
    expect(await earned(member.id)).toMatchObject([{ amount: 1, balanceAfter: 1 }]);
    // standard 1 x 1.00 x 2 (4 GiB) = 2, low_seeder_bonus 2 x 1.50 x 2 = 6; power_user x1.5 = 12.00
    expect(await earned(powerUser.id)).toMatchObject([{ amount: 12, balanceAfter: 12 }]);
    // ratio 0.25 fails min_ratio; freeleech_seeding 1.5 x 1.25 x 1 x 0.5 h = 0.9375; elite x2 = 1.875 -> 1.88
    expect(await earned(eliteLowRatio.id)).toMatchObject([{ amount: 1.88, balanceAfter: 1.88 }]);
    // 64 GiB: standard 1 x 8 = 8, large_file_bonus 1.5 x 1.5 x 8 = 18; plain torrent capped at 1 h: 1 -> 27.00
    const big = await earned(bigSeeder.id);
    expect(big).toMatchObject([{ amount: 27, balanceAfter: 27 }]);
    expect(big[0]!.metadata).toMatchObject({ seed_seconds: 7200, torrents: 2, rules: { standard_seeding: 9, large_file_bonus: 18 } });
    expect(await earned(disabled.id)).toEqual([]);

    for (const user of [member, powerUser, eliteLowRatio, bigSeeder]) {
      const b = await balanceOf(db.pool, user.id);
      expect(b.balance).toBe(b.ledgerSum);
    }
    const { rows } = await db.pool.query(`SELECT users_credited, points_total FROM bonus_accrual_periods`);
    expect(rows).toEqual([{ users_credited: 4, points_total: '41.88' }]);
  });

  it('running the same period again credits nothing', async () => {
    const again = await bonusAccrualJob.run(jobContext(db.pool, new Date(firstHour.getTime() + 20 * 60_000)));
    expect(again.details).toMatchObject({ credited: false, usersCredited: 0 });
    expect(await earned(member.id)).toHaveLength(1);
    expect(await earned(bigSeeder.id)).toHaveLength(1);
  });

  it('the next period pays only the seeding flushed since the last one', async () => {
    await setSeedTime(db.pool, member.id, plain.id, 3600 + 900); // a quarter hour more
    const outcome = await bonusAccrualJob.run(jobContext(db.pool, new Date('2026-11-29T11:05:00Z')));
    expect(outcome.details).toMatchObject({ credited: true, usersCredited: 1 });
    expect(await earned(member.id)).toMatchObject([{ amount: 1 }, { amount: 0.25, balanceAfter: 1.25 }]);
    expect(await earned(powerUser.id)).toHaveLength(1);
  });

  it('a run that fails halfway credits nothing, and the next run credits the period once', async () => {
    await setSeedTime(db.pool, bigSeeder.id, large.id, 3600 + 1800);
    // The last step (moving the marks) fails, after the balances and ledger rows were written.
    await db.pool.query(`CREATE FUNCTION fail_marks() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk on fire'; END $$;
                         CREATE TRIGGER fail_marks BEFORE INSERT OR UPDATE ON bonus_seed_marks FOR EACH ROW EXECUTE FUNCTION fail_marks()`);
    const lateHour = new Date('2026-11-29T13:05:00Z'); // credits 12:00-13:00
    await expect(bonusAccrualJob.run(jobContext(db.pool, lateHour))).rejects.toThrow(/disk on fire/);
    expect(await earned(bigSeeder.id)).toHaveLength(1);
    const { rows } = await db.pool.query(`SELECT 1 FROM bonus_accrual_periods WHERE period_start = '2026-11-29T12:00:00Z'`);
    expect(rows).toHaveLength(0);
    await db.pool.query(`DROP TRIGGER fail_marks ON bonus_seed_marks; DROP FUNCTION fail_marks()`);
    const retried = await bonusAccrualJob.run(jobContext(db.pool, lateHour));
    expect(retried.details).toMatchObject({ credited: true, usersCredited: 1 });
    // Half an hour on the 64 GiB torrent: (8 + 18) / 2 = 13.00
    expect((await earned(bigSeeder.id)).map((e) => e.amount)).toEqual([27, 13]);
    const b = await balanceOf(db.pool, bigSeeder.id);
    expect(b.balance).toBe(b.ledgerSum);
  });

  it('two job runs racing on separate connections (two nodes) credit the period once', async () => {
    await setSeedTime(db.pool, member.id, plain.id, 3600 + 900 + 3600);
    await setSeedTime(db.pool, powerUser.id, scarce.id, 7200);
    // Each run's transaction takes its own connection of the pool, as two nodes would.
    const now = new Date('2026-11-29T12:05:00Z');
    const runs = await Promise.all([bonusAccrualJob.run(jobContext(db.pool, now)), bonusAccrualJob.run(jobContext(db.pool, now))]);
    const credited = runs.map((r) => r.details as { credited: boolean; usersCredited: number; pointsTotal: number });
    expect(credited.filter((r) => r.credited)).toHaveLength(1);
    expect(credited.find((r) => r.credited)).toMatchObject({ usersCredited: 2, pointsTotal: 13 });
    expect((await earned(member.id)).map((e) => e.amount)).toEqual([1, 0.25, 1]);
    expect((await earned(powerUser.id)).map((e) => e.amount)).toEqual([12, 12]);
    // A late run of the same period through the domain call, on yet another connection: nothing.
    expect(await accrue(db.pool, lastCompletePeriod(now, 60))).toMatchObject({ credited: false });
    for (const user of [member, powerUser]) {
      const b = await balanceOf(db.pool, user.id);
      expect(b.balance).toBe(b.ledgerSum);
    }
  });
});
