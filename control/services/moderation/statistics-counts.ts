/**
 * Per-account and per-torrent counts kept true from the tables of record: torrents uploaded, seeding,
 * leeching and snatched in user_statistics (what GetUserStatistics returns), and torrent_statistics
 * (current seeders and leechers, peaks, totals, activity, dead since). Only rows whose values differ
 * are written, so a run on a quiet tracker writes nothing.
 */
import type { PoolClient } from '../../../core/db.js';

export async function countUserTorrents(tx: PoolClient, now: Date): Promise<number> {
  const { rowCount } = await tx.query(
    `INSERT INTO user_statistics AS s (user_id, torrents_uploaded, torrents_seeding, torrents_leeching, torrents_snatched, updated_at)
     SELECT u.id, COALESCE(up.n, 0), COALESCE(p.seeding, 0), COALESCE(p.leeching, 0), COALESCE(sn.n, 0), $1::timestamptz
     FROM users u
     LEFT JOIN (SELECT uploader_id, count(*)::int AS n FROM torrents WHERE deleted_at IS NULL GROUP BY uploader_id) up ON up.uploader_id = u.id
     LEFT JOIN (SELECT p.user_id,
                       count(DISTINCT p.torrent_id) FILTER (WHERE p."left" = 0)::int AS seeding,
                       count(DISTINCT p.torrent_id) FILTER (WHERE p."left" > 0)::int AS leeching
                FROM peers p JOIN torrents t ON t.id = p.torrent_id WHERE t.deleted_at IS NULL GROUP BY p.user_id) p ON p.user_id = u.id
     LEFT JOIN (SELECT user_id, count(DISTINCT torrent_id)::int AS n FROM snatches GROUP BY user_id) sn ON sn.user_id = u.id
     WHERE u.deleted_at IS NULL
     ON CONFLICT (user_id) DO UPDATE SET
       torrents_uploaded = EXCLUDED.torrents_uploaded, torrents_seeding = EXCLUDED.torrents_seeding,
       torrents_leeching = EXCLUDED.torrents_leeching, torrents_snatched = EXCLUDED.torrents_snatched, updated_at = EXCLUDED.updated_at
     WHERE (s.torrents_uploaded, s.torrents_seeding, s.torrents_leeching, s.torrents_snatched)
           IS DISTINCT FROM (EXCLUDED.torrents_uploaded, EXCLUDED.torrents_seeding, EXCLUDED.torrents_leeching, EXCLUDED.torrents_snatched)`,
    [now],
  );
  return rowCount ?? 0;
}

export async function countTorrentStatistics(tx: PoolClient, now: Date): Promise<number> {
  const { rowCount } = await tx.query(
    `INSERT INTO torrent_statistics AS s (torrent_id, seeders, leechers, times_completed, peak_seeders, peak_leechers, peak_at,
                                          total_uploaded, total_downloaded, last_activity_at, last_seeder_at, is_dead, dead_since, updated_at)
     SELECT t.id, t.seeders, t.leechers, t.times_completed, t.seeders, t.leechers, $1::timestamptz,
            COALESCE(h.uploaded, 0), COALESCE(h.downloaded, 0), h.last_announce,
            CASE WHEN t.seeders > 0 THEN $1::timestamptz END, t.seeders = 0, CASE WHEN t.seeders = 0 THEN $1::timestamptz END, $1::timestamptz
     FROM torrents t
     LEFT JOIN (SELECT torrent_id, sum(uploaded_raw)::bigint AS uploaded, sum(downloaded_raw)::bigint AS downloaded,
                       max(last_announce_at) AS last_announce
                FROM user_torrent_history GROUP BY torrent_id) h ON h.torrent_id = t.id
     WHERE t.deleted_at IS NULL
     ON CONFLICT (torrent_id) DO UPDATE SET
       seeders = EXCLUDED.seeders, leechers = EXCLUDED.leechers, times_completed = EXCLUDED.times_completed,
       peak_seeders = greatest(s.peak_seeders, EXCLUDED.seeders), peak_leechers = greatest(s.peak_leechers, EXCLUDED.leechers),
       peak_at = CASE WHEN EXCLUDED.seeders > s.peak_seeders OR EXCLUDED.leechers > s.peak_leechers THEN $1::timestamptz ELSE s.peak_at END,
       total_uploaded = EXCLUDED.total_uploaded, total_downloaded = EXCLUDED.total_downloaded,
       last_activity_at = EXCLUDED.last_activity_at,
       last_seeder_at = CASE WHEN EXCLUDED.seeders > 0 THEN $1::timestamptz ELSE s.last_seeder_at END,
       is_dead = EXCLUDED.is_dead, dead_since = CASE WHEN EXCLUDED.is_dead THEN COALESCE(s.dead_since, $1::timestamptz) END, updated_at = $1::timestamptz
     WHERE (s.seeders, s.leechers, s.times_completed, s.total_uploaded, s.total_downloaded, s.last_activity_at, s.is_dead)
           IS DISTINCT FROM (EXCLUDED.seeders, EXCLUDED.leechers, EXCLUDED.times_completed, EXCLUDED.total_uploaded,
                             EXCLUDED.total_downloaded, EXCLUDED.last_activity_at, EXCLUDED.is_dead)`,
    [now],
  );
  return rowCount ?? 0;
}
