/** Indexers and search-log rows written straight to the tables, for the roll-up and health tests. */
import type { Pool } from '../../../core/db.js';

let next = 1000;

export async function insertIndexer(pool: Pool, name: string): Promise<string> {
  const { rows: [row] } = await pool.query<{ id: string }>(
    `INSERT INTO prowlarr_indexers (indexer_name, indexer_id, prowlarr_id) VALUES ($1, $2, 1) RETURNING id`,
    [name, next++],
  );
  return row!.id;
}

export interface SearchRow {
  at: Date | string;
  ms: number;
  ok?: boolean;
  errorType?: string;
  results?: number;
}

export async function insertSearches(pool: Pool, indexerId: string, searches: SearchRow[]): Promise<void> {
  await pool.query(
    `INSERT INTO prowlarr_search_logs (indexer_id, searched_at, response_time_ms, was_successful, error_type, results_count, search_query)
     SELECT $1, s.at, s.ms, s.ok, s.error_type, s.results, 'test'
     FROM jsonb_to_recordset($2::jsonb) AS s(at timestamptz, ms integer, ok boolean, error_type text, results integer)`,
    [
      indexerId,
      JSON.stringify(searches.map((s) => ({ at: new Date(s.at).toISOString(), ms: s.ms, ok: s.ok ?? true, error_type: s.errorType ?? null, results: s.results ?? 0 }))),
    ],
  );
}
