/**
 * The registry sync: what Prowlarr reports about its indexers, written in one transaction. Indexers
 * are upserted by (prowlarr_id, indexer_id); each indexer with statistics gets a cumulative-count
 * row in prowlarr_indexer_logs and a snapshot in prowlarr_stats_history; queries_24h and grabs_24h
 * are the growth of those cumulative counts over the last 24 hours.
 *
 * Ownership of columns: Prowlarr owns the name, protocol, privacy, language, description and its
 * counters. Priority comes from Prowlarr when the indexer is first seen and is ours afterwards
 * (operators change it with UpdateIndexer). Prowlarr's `enable` flag disables or re-enables only
 * indexers nobody here disabled (disabled_by NULL); an operator's or the health job's disable stands.
 */
import type { PoolClient } from '../../../core/db.js';
import type { ProwlarrRegistry } from './prowlarr-client.js';

export interface SyncResult {
  created: string[];
  updated: string[];
  snapshots: number;
}

const UPSERT_INDEXERS = `
  WITH incoming AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
      indexer_id integer, name text, protocol text, privacy text, priority integer, enable boolean,
      language text, description text, definition_name text, queries bigint, grabs bigint, rss bigint,
      auth bigint, failed_queries bigint, failed_grabs bigint, avg_response integer, avg_grab_response integer, has_stats boolean)
  )
  INSERT INTO prowlarr_indexers AS p (indexer_name, indexer_id, prowlarr_id, is_enabled, protocol, priority, queries_total,
    grabs_total, rss_queries, auth_queries, failed_queries, failed_grabs, avg_grab_response_time_ms, indexer_type,
    description, language, privacy, last_synced_at, updated_at)
  SELECT name, indexer_id, $2, enable, protocol, priority, coalesce(queries, 0), coalesce(grabs, 0), coalesce(rss, 0),
    coalesce(auth, 0), coalesce(failed_queries, 0), coalesce(failed_grabs, 0), avg_grab_response, definition_name,
    description, language, privacy, $3, $3
  FROM incoming
  ORDER BY indexer_id
  ON CONFLICT (prowlarr_id, indexer_id) DO UPDATE SET
    indexer_name = EXCLUDED.indexer_name,
    protocol = EXCLUDED.protocol,
    privacy = EXCLUDED.privacy,
    language = EXCLUDED.language,
    description = EXCLUDED.description,
    indexer_type = EXCLUDED.indexer_type,
    queries_total = EXCLUDED.queries_total,
    grabs_total = EXCLUDED.grabs_total,
    rss_queries = EXCLUDED.rss_queries,
    auth_queries = EXCLUDED.auth_queries,
    failed_queries = EXCLUDED.failed_queries,
    failed_grabs = EXCLUDED.failed_grabs,
    avg_grab_response_time_ms = EXCLUDED.avg_grab_response_time_ms,
    -- Only a disable nobody here made follows Prowlarr's enable flag.
    is_enabled = CASE WHEN p.disabled_by IS NULL THEN EXCLUDED.is_enabled ELSE p.is_enabled END,
    last_synced_at = EXCLUDED.last_synced_at,
    updated_at = EXCLUDED.updated_at
  RETURNING p.id, p.indexer_id, (xmax = 0) AS created`;

const APPEND_SNAPSHOTS = `
  WITH incoming AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(indexer_id integer, queries bigint, grabs bigint, failed_queries bigint,
      avg_response integer, has_stats boolean)
  ), known AS (
    SELECT p.id, i.* FROM incoming i JOIN prowlarr_indexers p ON p.prowlarr_id = $2 AND p.indexer_id = i.indexer_id
    WHERE i.has_stats
  ), logs AS (
    INSERT INTO prowlarr_indexer_logs (indexer_id, queries_count, recorded_at)
    SELECT id, queries, $3 FROM known
  )
  INSERT INTO prowlarr_stats_history (indexer_id, queries_total, grabs_total, avg_response_time_ms, success_rate, snapshot_at)
  SELECT id, queries, grabs, avg_response,
         CASE WHEN queries > 0 THEN round(100.0 * greatest(queries - failed_queries, 0) / queries, 2) END, $3
  FROM known`;

// Growth of the cumulative counts since the oldest snapshot of the last 24 hours (the snapshot just
// written, for an indexer first seen now: 0). A counter that went down (Prowlarr's history was
// cleared) counts as 0 rather than going negative.
const ROLL_PROWLARR_24H = `
  UPDATE prowlarr_indexers p SET
    queries_24h = least(greatest(p.queries_total - coalesce((
      SELECT l.queries_count FROM prowlarr_indexer_logs l
      WHERE l.indexer_id = p.id AND l.recorded_at >= $2::timestamptz - interval '24 hours'
      ORDER BY l.recorded_at LIMIT 1), p.queries_total), 0), 2147483647),
    grabs_24h = least(greatest(p.grabs_total - coalesce((
      SELECT h.grabs_total FROM prowlarr_stats_history h
      WHERE h.indexer_id = p.id AND h.snapshot_at >= $2::timestamptz - interval '24 hours'
      ORDER BY h.snapshot_at LIMIT 1), p.grabs_total), 0), 2147483647)
  WHERE p.prowlarr_id = $1`;

/** Write one registry answer; runs inside the caller's transaction. */
export async function writeRegistry(tx: PoolClient, registry: ProwlarrRegistry, instanceId: number, now: Date): Promise<SyncResult> {
  const statsById = new Map(registry.stats.map((s) => [s.indexerId, s]));
  const rows = registry.indexers.map((indexer) => {
    const stats = statsById.get(indexer.id);
    return {
      indexer_id: indexer.id,
      name: indexer.name,
      protocol: indexer.protocol,
      privacy: indexer.privacy,
      priority: indexer.priority,
      enable: indexer.enable,
      language: indexer.language ?? null,
      description: indexer.description ?? null,
      definition_name: indexer.definitionName ?? null,
      has_stats: stats !== undefined,
      queries: stats?.numberOfQueries ?? null,
      grabs: stats?.numberOfGrabs ?? null,
      rss: stats?.numberOfRssQueries ?? null,
      auth: stats?.numberOfAuthQueries ?? null,
      failed_queries: stats?.numberOfFailedQueries ?? null,
      failed_grabs: stats?.numberOfFailedGrabs ?? null,
      avg_response: stats?.averageResponseTime ?? null,
      avg_grab_response: stats?.averageGrabResponseTime ?? null,
    };
  });
  if (rows.length === 0) return { created: [], updated: [], snapshots: 0 };
  const json = JSON.stringify(rows);
  const upserted = await tx.query<{ id: string; created: boolean }>(UPSERT_INDEXERS, [json, instanceId, now]);
  const snapshots = await tx.query(APPEND_SNAPSHOTS, [json, instanceId, now]);
  await tx.query(ROLL_PROWLARR_24H, [instanceId, now]);
  return {
    created: upserted.rows.filter((r) => r.created).map((r) => r.id),
    updated: upserted.rows.filter((r) => !r.created).map((r) => r.id),
    snapshots: snapshots.rowCount ?? 0,
  };
}
