/** Reading back what the flusher wrote, for the conservation checks. */
import type { Pool } from '../../core/db.js';
import type { Expected } from './simulated-clients.js';

export async function storedUserTotals(pool: Pool): Promise<Map<string, Expected>> {
  const { rows } = await pool.query<{ user_id: string; up: number; down: number; cup: number; cdown: number }>(
    `SELECT user_id, uploaded_raw AS up, downloaded_raw AS down, uploaded_credited AS cup, downloaded_credited AS cdown FROM user_statistics`,
  );
  return new Map(rows.map((r) => [r.user_id, { uploaded: r.up, downloaded: r.down, creditedUploaded: r.cup, creditedDownloaded: r.cdown }]));
}

/** Every user's stored totals equal the model's (users with nothing credited may have no row). */
export function compareTotals(expected: Map<string, Expected>, stored: Map<string, Expected>): string[] {
  const zero: Expected = { uploaded: 0, downloaded: 0, creditedUploaded: 0, creditedDownloaded: 0 };
  const problems: string[] = [];
  for (const [userId, want] of expected) {
    const got = stored.get(userId) ?? zero;
    for (const key of Object.keys(want) as (keyof Expected)[]) {
      if (got[key] !== want[key]) problems.push(`${userId} ${key}: stored ${got[key]}, expected ${want[key]}`);
    }
  }
  return problems;
}

export async function storedPeers(pool: Pool): Promise<Set<string>> {
  const { rows } = await pool.query<{ key: string }>(`SELECT torrent_id || '|' || user_id || '|' || encode(peer_id, 'hex') AS key FROM peers`);
  return new Set(rows.map((r) => r.key));
}

export async function storedTimesCompleted(pool: Pool): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ id: string; times_completed: number }>(`SELECT id, times_completed FROM torrents`);
  return new Map(rows.map((r) => [r.id, r.times_completed]));
}
