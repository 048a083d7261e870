/** Rows and contexts the bonus tests share: seeded history, statistics, job contexts with a clock. */
import { loadConfig } from '../../core/config.js';
import type { Pool } from '../../core/db.js';
import { InProcessEventBus } from '../../core/events.js';
import { createLogger } from '../../core/log.js';
import type { JobContext } from '../../control/jobs/job.js';

export const GIB = 1073741824;

export function jobContext(pool: Pool, now: Date): JobContext {
  return {
    pool,
    bus: new InProcessEventBus(),
    log: createLogger('silent'),
    config: loadConfig({ env: {} }),
    now: () => now,
    signal: new AbortController().signal,
  };
}

/** The user's statistics with a given credited upload/download (ratio = up / down; down 0 = no ratio). */
export async function setTransfer(pool: Pool, userId: string, uploaded: number, downloaded: number): Promise<void> {
  await pool.query(
    `INSERT INTO user_statistics (user_id, uploaded_credited, downloaded_credited) VALUES ($1, $2, $3)
     ON CONFLICT (user_id) DO UPDATE SET uploaded_credited = $2, downloaded_credited = $3`,
    [userId, uploaded, downloaded],
  );
}

/** What the engine's flush leaves after a user seeded a torrent for `seedTime` seconds in total. */
export async function setSeedTime(pool: Pool, userId: string, torrentId: string, seedTime: number): Promise<void> {
  await pool.query(
    `INSERT INTO user_torrent_history (user_id, torrent_id, seed_time, is_seeder) VALUES ($1, $2, $3, true)
     ON CONFLICT (user_id, torrent_id) DO UPDATE SET seed_time = $3`,
    [userId, torrentId, seedTime],
  );
}

export async function balanceOf(pool: Pool, userId: string): Promise<{ balance: number; ledgerSum: number; rows: number }> {
  const { rows } = await pool.query<{ balance: string | null; ledger: string; n: string }>(
    `SELECT (SELECT bonus_points FROM user_statistics WHERE user_id = $1) AS balance,
            (SELECT COALESCE(sum(amount), 0) FROM bonus_transactions WHERE user_id = $1) AS ledger,
            (SELECT count(*) FROM bonus_transactions WHERE user_id = $1) AS n`,
    [userId],
  );
  return { balance: Number(rows[0]!.balance ?? 0), ledgerSum: Number(rows[0]!.ledger), rows: Number(rows[0]!.n) };
}

/** Give a user points through the ledger (an admin adjustment), as staff would. */
export async function grant(pool: Pool, userId: string, amount: number): Promise<void> {
  const { withTransaction } = await import('../../core/db.js');
  const { post } = await import('../../control/services/bonus/ledger.js');
  await withTransaction(pool, (tx) => post(tx, { userId, type: 'admin_adjustment', amount, description: 'test grant' }));
}
