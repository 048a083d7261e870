/**
 * Bonus accrual: one set-based pass that pays every user for the seeding the engine measured since the
 * last credited period (docs/bonus.md). "Seeded in the period" is the growth of
 * user_torrent_history.seed_time (seconds the engine counted between a seeder's announces, flushed
 * by engine/flush) since the mark left by the previous accrual, capped at the period's window so a
 * user with several peers on one torrent is never paid twice for the same hour.
 *
 * Idempotence: the period's row in bonus_accrual_periods is inserted first, in the same transaction as
 * every credit. A second run of the period (another node, a retry) waits on that key and then finds
 * it taken; a run that fails halfway rolls the whole period back, key included. Runs of different
 * periods never overlap either (a table lock on the marks), so no seeding is paid twice.
 */
import type { Pool, PoolClient } from '../../../core/db.js';
import { withTransaction } from '../../../core/db.js';
import { accruingRules, creditsStatement } from './accrual-points.js';

export interface AccrualPeriod {
  start: Date;
  end: Date;
}

export interface AccrualResult {
  /** False when the period had already been credited (nothing done). */
  credited: boolean;
  usersCredited: number;
  pointsTotal: number;
  seedSeconds: number;
  marksWritten: number;
  /** Milliseconds per step (deltas, credits, ledger, marks), for the job log and the bench. */
  stepMs: Record<string, number>;
}

/** The last complete period before `now`, periods aligned to UTC midnight. */
export function lastCompletePeriod(now: Date, periodMinutes: number): AccrualPeriod {
  const length = periodMinutes * 60_000;
  const end = Math.floor(now.getTime() / length) * length;
  return { start: new Date(end - length), end: new Date(end) };
}

// Every pair that has seeded: the seconds seeded since its mark in the current slot ($2), at most the
// window since the previous credited period ($1), and the mark it leaves (seed_time never shrinks; if it
// ever did, the higher mark is kept). Pairs that did not seed in the period have 0 seconds and keep their
// mark. Temporary, dropped at commit.
const DELTAS = `
  CREATE TEMP TABLE bonus_deltas ON COMMIT DROP AS
  SELECT h.user_id, h.torrent_id, GREATEST(h.seed_time, COALESCE(m.seed_time_paid, 0)) AS mark,
         LEAST(GREATEST(h.seed_time - COALESCE(m.seed_time_paid, 0), 0), $1::bigint)::float8 AS seconds
  FROM user_torrent_history h
  LEFT JOIN bonus_seed_marks m ON m.slot = $2 AND m.user_id = h.user_id AND m.torrent_id = h.torrent_id
  WHERE GREATEST(h.seed_time, COALESCE(m.seed_time_paid, 0)) > 0`;

// Balance and ledger in one statement; user_id order is the flusher's lock order on user_statistics.
const CREDIT = `
  WITH moved AS (
    INSERT INTO user_statistics AS us (user_id, bonus_points, bonus_points_earned)
    SELECT user_id, points, points FROM bonus_credits ORDER BY user_id
    ON CONFLICT (user_id) DO UPDATE SET
      bonus_points = us.bonus_points + EXCLUDED.bonus_points,
      bonus_points_earned = us.bonus_points_earned + EXCLUDED.bonus_points_earned
    RETURNING us.user_id, us.bonus_points)
  INSERT INTO bonus_transactions (user_id, transaction_type, amount, balance_after, description, metadata)
  SELECT c.user_id, 'earned', c.points, m.bonus_points, 'Seeding bonus',
         jsonb_build_object('period_start', $1::timestamptz, 'period_end', $2::timestamptz, 'seed_seconds', c.seconds,
                            'torrents', c.torrents, 'group_multiplier', c.bonus_multiplier, 'rules', c.rules)
  FROM moved m JOIN bonus_credits c ON c.user_id = m.user_id`;

// The new marks go whole into the other slot, then the current slot is emptied (migration
// 20261129120000_bonus_seed_mark_slots.sql: inserting into an empty table costs a quarter of updating
// every mark). The table lock taken first means no one else reads or writes marks meanwhile, and the
// TRUNCATE needs no other lock.
const MARK = `
  INSERT INTO bonus_seed_marks (slot, user_id, torrent_id, seed_time_paid) SELECT $1, user_id, torrent_id, mark FROM bonus_deltas`;

/** The slot holding the marks (after every commit exactly one holds rows; none before the first run). */
async function currentSlot(tx: PoolClient): Promise<0 | 1> {
  const { rows } = await tx.query<{ slot: number }>(`SELECT slot FROM bonus_seed_marks LIMIT 1`);
  return rows[0]?.slot === 1 ? 1 : 0;
}

async function creditPeriod(tx: PoolClient, period: AccrualPeriod): Promise<AccrualResult> {
  // One accrual at a time, whatever its period: two periods computed from the same marks would pay
  // the same seeding twice. ACCESS EXCLUSIVE (both slots) because the run ends by truncating a slot:
  // taken first, any wait for it (a pg_dump reading the marks) happens before the run holds a single
  // balance, so it never makes the flusher wait on user_statistics.
  await tx.query(`LOCK TABLE bonus_seed_marks IN ACCESS EXCLUSIVE MODE`);
  // Hashes and sorts over a million rows stay in memory (this transaction only).
  await tx.query(`SET LOCAL work_mem = '256MB'`);
  const claimed = await tx.query(
    `INSERT INTO bonus_accrual_periods (period_start, period_end) VALUES ($1, $2) ON CONFLICT (period_start) DO NOTHING`,
    [period.start, period.end],
  );
  if (claimed.rowCount === 0) return { credited: false, usersCredited: 0, pointsTotal: 0, seedSeconds: 0, marksWritten: 0, stepMs: {} };
  const stepMs: Record<string, number> = {};
  let last = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    stepMs[name] = Math.round(now - last);
    last = now;
  };
  // The window since the previous credited period: a missed period's seeding is paid by the next run.
  const { rows: previous } = await tx.query<{ window_seconds: number }>(
    `SELECT GREATEST(extract(epoch FROM $2::timestamptz - COALESCE(max(period_end), $1::timestamptz)),
                     extract(epoch FROM $2::timestamptz - $1::timestamptz))::bigint AS window_seconds
     FROM bonus_accrual_periods WHERE period_end < $2`,
    [period.start, period.end],
  );
  const slot = await currentSlot(tx);
  await tx.query(DELTAS, [previous[0]!.window_seconds, slot]);
  // Temporary tables have no statistics until analysed: without them the planner guesses a few hundred
  // rows and joins a million by nested loops.
  await tx.query(`ANALYZE bonus_deltas`);
  step('deltas');
  const credits = creditsStatement(await accruingRules(tx));
  await tx.query(credits.text, credits.values);
  await tx.query(`ANALYZE bonus_credits`);
  step('credits');
  const credit = await tx.query(CREDIT, [period.start, period.end]);
  step('ledger');
  const marks = await tx.query(MARK, [1 - slot]);
  await tx.query(`TRUNCATE bonus_seed_marks_${slot}`);
  step('marks');
  const { rows } = await tx.query<{ points: string; seconds: string }>(
    `UPDATE bonus_accrual_periods SET users_credited = $2,
       points_total = (SELECT COALESCE(sum(points), 0) FROM bonus_credits),
       seed_seconds = (SELECT COALESCE(sum(seconds), 0) FROM bonus_deltas)
     WHERE period_start = $1 RETURNING points_total AS points, seed_seconds AS seconds`,
    [period.start, credit.rowCount ?? 0],
  );
  return {
    credited: true,
    usersCredited: credit.rowCount ?? 0,
    pointsTotal: Number(rows[0]!.points),
    seedSeconds: Number(rows[0]!.seconds),
    marksWritten: marks.rowCount ?? 0,
    stepMs,
  };
}

export function accrue(pool: Pool, period: AccrualPeriod): Promise<AccrualResult> {
  return withTransaction(pool, (tx) => creditPeriod(tx, period));
}
