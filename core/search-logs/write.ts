/**
 * Writing search-log rows: COPY into a temporary staging table, then one INSERT ... SELECT into the
 * partitioned prowlarr_search_logs, on the caller's transaction. Rows of a report with a batch id are
 * written only if that batch id is new to prowlarr_search_batches (recorded in the same statement), so
 * a report sent twice, or a flush retried after an unknown commit outcome, is written once. Rows of an
 * indexer deleted meanwhile are left out; a deleted user becomes NULL (the log keeps the search).
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { PoolClient } from '../db.js';

const STAGING = `
  CREATE TEMP TABLE IF NOT EXISTS sg_search_logs (batch_id uuid, searched_at timestamptz, indexer_id uuid, user_id uuid,
    search_query text, search_type text, imdb_id text, tmdb_id text, response_time_ms integer, http_status integer,
    results_count integer, was_successful boolean, error_type text, error_message text) ON COMMIT DELETE ROWS`;

const MERGE = `
  WITH fresh AS (
    INSERT INTO prowlarr_search_batches (batch_id, search_rows)
    SELECT batch_id, count(*) FROM sg_search_logs WHERE batch_id IS NOT NULL GROUP BY batch_id
    ON CONFLICT (batch_id) DO NOTHING
    RETURNING batch_id
  )
  INSERT INTO prowlarr_search_logs (searched_at, indexer_id, user_id, search_query, search_type, imdb_id, tmdb_id,
    response_time_ms, http_status, results_count, was_successful, error_type, error_message)
  SELECT s.searched_at, s.indexer_id, u.id, s.search_query, s.search_type, s.imdb_id, s.tmdb_id, s.response_time_ms,
    s.http_status, s.results_count, s.was_successful, s.error_type, s.error_message
  FROM sg_search_logs s
  JOIN prowlarr_indexers i ON i.id = s.indexer_id
  LEFT JOIN users u ON u.id = s.user_id
  WHERE s.batch_id IS NULL OR s.batch_id IN (SELECT batch_id FROM fresh)`;

/** Write COPY text lines (copy-rows.ts) inside the caller's transaction; returns the rows inserted. */
export async function writeSearchLogs(tx: PoolClient, copyText: Buffer | Uint8Array | string): Promise<number> {
  // The temp table lives as long as the connection; IF NOT EXISTS is a catalog lookup, not a write.
  await tx.query(STAGING);
  const data = typeof copyText === 'string' ? Buffer.from(copyText) : Buffer.from(copyText.buffer, copyText.byteOffset, copyText.byteLength);
  if (data.byteLength === 0) return 0;
  await pipeline(Readable.from([data]), tx.query(copyFrom('COPY sg_search_logs FROM STDIN')));
  const { rowCount } = await tx.query(MERGE);
  return rowCount ?? 0;
}
