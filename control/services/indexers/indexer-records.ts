/** Reading indexers: one SELECT shape, the Indexer message, the audit image, lookups that raise NOT_FOUND. */
import { invalidField, notFound } from '../../errors/control-error.js';
import type { Indexer } from '../../generated/swarmgate/control/v1/Indexer.js';
import type { IndexerDisabledBy } from '../../generated/swarmgate/control/v1/IndexerDisabledBy.js';
import type { IndexerStatus } from '../../generated/swarmgate/control/v1/IndexerStatus.js';
import { isUuid } from '../../resource-names.js';
import { toTimestamp } from '../../timestamps.js';
import type { Queryable } from '../users/user-records.js';

export interface IndexerRow {
  id: string;
  indexer_name: string;
  indexer_id: number | null;
  prowlarr_id: number | null;
  protocol: string;
  privacy: string | null;
  priority: number;
  is_enabled: boolean;
  disabled_by: 'health' | 'operator' | null;
  disabled_until: Date | null;
  backoff_level: number;
  status: 'operational' | 'degraded' | 'down';
  total_requests_24h: number;
  successful_requests_24h: number;
  failed_requests_24h: number;
  timeout_count_24h: number;
  success_rate: string | null;
  avg_response_time_ms: number | null;
  median_response_time_ms: number | null;
  p95_response_time_ms: number | null;
  queries_24h: number;
  grabs_24h: number;
  queries_total: number;
  grabs_total: number;
  failed_queries: number;
  last_success_at: Date | null;
  last_failure_at: Date | null;
  last_synced_at: Date | null;
  language: string | null;
  description: string | null;
  created_at: Date;
  updated_at: Date;
  created_us: string;
  etag: string;
}

export const INDEXER_SELECT = `
  SELECT p.id, p.indexer_name, p.indexer_id, p.prowlarr_id, p.protocol, p.privacy, p.priority, p.is_enabled, p.disabled_by,
         p.disabled_until, p.backoff_level, p.status, p.total_requests_24h, p.successful_requests_24h, p.failed_requests_24h,
         p.timeout_count_24h, p.success_rate, p.avg_response_time_ms, p.median_response_time_ms, p.p95_response_time_ms,
         p.queries_24h, p.grabs_24h, p.queries_total, p.grabs_total, p.failed_queries, p.last_success_at, p.last_failure_at,
         p.last_synced_at, p.language, p.description, p.created_at, p.updated_at,
         (extract(epoch FROM p.created_at) * 1000000)::bigint::text AS created_us,
         (extract(epoch FROM p.updated_at) * 1000000)::bigint::text AS etag
  FROM prowlarr_indexers p`;

export const STATUS_TO_PROTO: Record<IndexerRow['status'], IndexerStatus> = {
  operational: 'INDEXER_STATUS_OPERATIONAL',
  degraded: 'INDEXER_STATUS_DEGRADED',
  down: 'INDEXER_STATUS_DOWN',
};

export const indexerName = (id: string) => `indexers/${id}`;

/** "indexers/{uuid}" (or with `suffix`, e.g. "/metrics") -> the uuid; INVALID_ARGUMENT on `field` otherwise. */
export function parseIndexerName(name: string, field: string, suffix = ''): string {
  const match = new RegExp(`^indexers/([^/]+)${suffix.replace('/', '\\/')}$`).exec(name);
  if (!match || !isUuid(match[1]!)) throw invalidField(field, `"${name}" is not an indexer name ("indexers/{uuid}${suffix}")`);
  return match[1]!.toLowerCase();
}

function disabledBy(row: IndexerRow): IndexerDisabledBy {
  if (row.is_enabled) return 'INDEXER_DISABLED_BY_NONE';
  if (row.disabled_by === 'health') return 'INDEXER_DISABLED_BY_HEALTH';
  if (row.disabled_by === 'operator') return 'INDEXER_DISABLED_BY_OPERATOR';
  return 'INDEXER_DISABLED_BY_PROWLARR';
}

export function toIndexerMessage(row: IndexerRow): Indexer {
  return {
    name: indexerName(row.id),
    id: row.id,
    displayName: row.indexer_name,
    prowlarrIndexerId: row.indexer_id ?? 0,
    prowlarrInstance: row.prowlarr_id ?? 0,
    protocol: row.protocol,
    privacy: row.privacy ?? '',
    priority: row.priority,
    enabled: row.is_enabled,
    disabledBy: disabledBy(row),
    disabledUntil: toTimestamp(row.disabled_until),
    backoffLevel: row.backoff_level,
    status: STATUS_TO_PROTO[row.status],
    requests_24h: row.total_requests_24h,
    successes_24h: row.successful_requests_24h,
    failures_24h: row.failed_requests_24h,
    timeouts_24h: row.timeout_count_24h,
    successRate: row.success_rate === null ? undefined : Number(row.success_rate),
    avgResponseMs: row.avg_response_time_ms ?? undefined,
    medianResponseMs: row.median_response_time_ms ?? undefined,
    p95ResponseMs: row.p95_response_time_ms ?? undefined,
    queries_24h: row.queries_24h,
    grabs_24h: row.grabs_24h,
    queriesTotal: row.queries_total,
    grabsTotal: row.grabs_total,
    failedQueriesTotal: row.failed_queries,
    lastSuccessTime: toTimestamp(row.last_success_at),
    lastFailureTime: toTimestamp(row.last_failure_at),
    lastSyncTime: toTimestamp(row.last_synced_at),
    createTime: toTimestamp(row.created_at),
    updateTime: toTimestamp(row.updated_at),
    etag: row.etag,
    language: row.language ?? '',
    description: row.description ?? '',
  };
}

export function indexerAuditImage(row: IndexerRow): Record<string, unknown> {
  return { name: row.indexer_name, priority: row.priority, enabled: row.is_enabled, disabledBy: row.disabled_by, disabledUntil: row.disabled_until, backoffLevel: row.backoff_level };
}

export async function findIndexer(db: Queryable, id: string, options: { lock?: boolean } = {}): Promise<IndexerRow> {
  const { rows: [row] } = await db.query<IndexerRow>(`${INDEXER_SELECT} WHERE p.id = $1${options.lock ? ' FOR UPDATE' : ''}`, [id]);
  if (!row) throw notFound(indexerName(id));
  return row;
}
