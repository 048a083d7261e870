/**
 * Poison rows: a staged delta PostgreSQL refuses to add (a counter that would pass the bigint or
 * integer maximum) fails the whole merge, and a retry would fail the same way forever, crediting no
 * one. When the merge fails with numeric_value_out_of_range, the batch rolls back to just before its
 * merges, moves the offending keys' staged rows into `flush_quarantine` (same transaction, so same
 * batch id and exactly once), and merges the rest. Nothing is clamped or invented: the refused deltas
 * stay readable for an administrator, who repairs the stored counter and re-applies them by hand.
 *
 * A user is quarantined whole (their user_statistics and user_torrent_history deltas of the batch),
 * so their per-torrent history still adds up to their totals. A torrent whose completion count would
 * overflow keeps its seeders/leechers update; only its completions are quarantined.
 */
import type { PoolClient } from '../../core/db.js';

/** PostgreSQL's SQLSTATE for "bigint out of range" / "integer out of range". */
export const NUMERIC_VALUE_OUT_OF_RANGE = '22003';

const BIGINT_MAX = '9223372036854775807';
const INTEGER_MAX = '2147483647';

/** Would `stored + staged` pass the bigint maximum? (numeric arithmetic cannot overflow) */
const over = (stored: string, staged: string) => `${stored}::numeric + ${staged} > ${BIGINT_MAX}`;

const QUARANTINE_USERS = `
  WITH bad AS (
    SELECT s.user_id FROM sg_users s JOIN user_statistics us ON us.user_id = s.user_id
    WHERE ${over('us.uploaded_raw', 's.uploaded')} OR ${over('us.downloaded_raw', 's.downloaded')}
       OR ${over('us.uploaded_credited', 's.uploaded_credited')} OR ${over('us.downloaded_credited', 's.downloaded_credited')}
       OR ${over('us.seed_time_seconds', 's.seed_seconds')} OR ${over('us.leech_time_seconds', 's.leech_seconds')}
    UNION
    SELECT s.user_id FROM sg_history s JOIN user_torrent_history h ON h.user_id = s.user_id AND h.torrent_id = s.torrent_id
    WHERE ${over('h.uploaded_raw', 's.uploaded')} OR ${over('h.downloaded_raw', 's.downloaded')}
       OR ${over('h.uploaded_credited', 's.uploaded_credited')} OR ${over('h.downloaded_credited', 's.downloaded_credited')}
       OR ${over('h.seed_time', 's.seed_seconds')} OR ${over('h.leech_time', 's.leech_seconds')}
    UNION
    SELECT s.user_id FROM sg_history s
    JOIN freeleech_tokens ft ON ft.user_id = s.user_id AND ft.torrent_id = s.torrent_id AND ft.status = 'active'
    WHERE s.token_downloaded > 0 AND ${over('ft.downloaded_bytes', 's.token_downloaded')}
  ),
  users_moved AS (DELETE FROM sg_users s USING bad WHERE s.user_id = bad.user_id RETURNING s.*),
  history_moved AS (DELETE FROM sg_history s USING bad WHERE s.user_id = bad.user_id RETURNING s.*)
  INSERT INTO flush_quarantine (batch_id, table_name, user_id, torrent_id, reason, deltas)
  SELECT $1::uuid, 'user_statistics', m.user_id, NULL, $2::text, to_jsonb(m) FROM users_moved m
  UNION ALL
  SELECT $1::uuid, 'user_torrent_history', m.user_id, m.torrent_id, $2::text, to_jsonb(m) FROM history_moved m
  RETURNING table_name, user_id, torrent_id`;

const QUARANTINE_COMPLETIONS = `
  WITH bad AS (
    SELECT s.torrent_id, s.completed FROM sg_torrents s JOIN torrents t ON t.id = s.torrent_id
    WHERE s.completed > 0 AND t.times_completed::bigint + s.completed > ${INTEGER_MAX}
  ),
  cleared AS (UPDATE sg_torrents s SET completed = 0 FROM bad WHERE s.torrent_id = bad.torrent_id RETURNING s.torrent_id)
  INSERT INTO flush_quarantine (batch_id, table_name, user_id, torrent_id, reason, deltas)
  SELECT $1::uuid, 'torrents', NULL, bad.torrent_id, $2::text, jsonb_build_object('completed', bad.completed)
  FROM bad JOIN cleared ON cleared.torrent_id = bad.torrent_id
  RETURNING table_name, user_id, torrent_id`;

export interface QuarantinedRow {
  table: string;
  userId: string | null;
  torrentId: string | null;
}

/** Move every staged row whose merge would overflow into flush_quarantine; returns what was moved. */
export async function quarantineOverflows(client: PoolClient, batchId: string, reason: string): Promise<QuarantinedRow[]> {
  const moved: QuarantinedRow[] = [];
  for (const sql of [QUARANTINE_USERS, QUARANTINE_COMPLETIONS]) {
    const { rows } = await client.query<{ table_name: string; user_id: string | null; torrent_id: string | null }>(sql, [batchId, reason]);
    for (const r of rows) moved.push({ table: r.table_name, userId: r.user_id, torrentId: r.torrent_id });
  }
  return moved;
}
