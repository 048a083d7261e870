/**
 * The indexer domain's background jobs: the Prowlarr registry sync, the hourly metric buckets, the
 * 24-hour figures with status and global stats, and the health back-off. Each run is one transaction
 * (or one statement), set-based and safe to repeat.
 */
import { withTransaction } from '../../../core/db.js';
import type { DomainEvent } from '../../../core/events.js';
import type { JobContext, JobDefinition, JobOutcome } from '../../jobs/job.js';
import { applyHealth } from './health.js';
import { fetchRegistry, ProwlarrError } from './prowlarr-client.js';
import { writeRegistry } from './registry-sync.js';
import { rollDailyFigures, rollHourlyMetrics } from './rollups.js';
import { syncFailures, syncRuns } from './sync-metrics.js';

async function publishAll(context: JobContext, events: DomainEvent[]): Promise<void> {
  for (const event of events) {
    await context.bus.publish(event).catch((err: unknown) => context.log.error({ err, event }, 'committed, but publishing the event failed'));
  }
}

/**
 * Read Prowlarr's indexers and statistics and write them in one transaction. Prowlarr down, slow or
 * answering garbage: logged, counted, the run fails (the runtime records it) and nothing is written;
 * the next run tries again.
 */
export const registrySyncJob: JobDefinition = {
  name: 'indexer_registry_sync',
  description: 'Sync indexers and their statistics from Prowlarr (GET /api/v1/indexer, /api/v1/indexerstats)',
  defaultSchedule: 'every 5m',
  async run(context): Promise<JobOutcome> {
    const { prowlarrUrl, prowlarrApiKey, prowlarrTimeoutMs, prowlarrInstanceId } = context.config.indexers;
    if (!prowlarrUrl || !prowlarrApiKey) return { rowsTouched: 0, details: { skipped: 'SWARMGATE_PROWLARR_URL / SWARMGATE_PROWLARR_API_KEY not set' } };
    let registry;
    try {
      registry = await fetchRegistry({ baseUrl: prowlarrUrl, apiKey: prowlarrApiKey, timeoutMs: prowlarrTimeoutMs, signal: context.signal });
    } catch (err) {
      const kind = err instanceof ProwlarrError ? err.kind : 'unreachable';
      syncFailures.inc({ kind });
      context.log.warn({ err: (err as Error).message, kind }, 'Prowlarr registry sync failed; nothing written, retried next run');
      throw err;
    }
    const now = context.now();
    const result = await withTransaction(context.pool, (tx) => writeRegistry(tx, registry, prowlarrInstanceId, now));
    syncRuns.inc();
    // New indexers must be known to the engine before it accepts their searches.
    await publishAll(context, result.created.map((indexerId) => ({ type: 'indexer.changed', indexerId }) as const));
    return {
      rowsTouched: result.created.length + result.updated.length + 2 * result.snapshots,
      details: { created: result.created.length, updated: result.updated.length, snapshots: result.snapshots },
    };
  },
};

export const hourlyMetricsJob: JobDefinition = {
  name: 'indexer_hourly_metrics',
  description: 'Roll search logs up into hourly per-indexer metrics (requests, failures, timeouts, p50/p95)',
  defaultSchedule: 'every 5m',
  async run(context) {
    const rows = await rollHourlyMetrics(context.pool, context.now());
    return { rowsTouched: rows };
  },
};

export const dailyFiguresJob: JobDefinition = {
  name: 'indexer_daily_figures',
  description: 'Recompute each indexer\'s 24-hour figures, success rate and status, and the global indexer stats',
  defaultSchedule: 'every 1m',
  async run(context) {
    const now = context.now();
    const rows = await withTransaction(context.pool, (tx) => rollDailyFigures(tx, context.config.indexers, now));
    return { rowsTouched: rows + 1 };
  },
};

export const healthJob: JobDefinition = {
  name: 'indexer_health',
  description: 'Disable indexers below the success threshold with an escalating back-off; retry and step back on success',
  defaultSchedule: 'every 1m',
  async run(context) {
    const now = context.now();
    const changes = await withTransaction(context.pool, (tx) => applyHealth(tx, context.config.indexers, now));
    const moved = changes.filter((c) => c.action !== 'stepped_back');
    await publishAll(context, moved.map((c) => ({ type: 'indexer.changed', indexerId: c.indexerId }) as const));
    return {
      rowsTouched: changes.length,
      details: {
        disabled: changes.filter((c) => c.action === 'disabled').length,
        retried: changes.filter((c) => c.action === 'retry').length,
        steppedBack: changes.filter((c) => c.action === 'stepped_back').length,
      },
    };
  },
};

/** Reporters retry within minutes; a week of batch ids is ample to refuse a report sent twice. */
export const SEARCH_BATCH_RETENTION_DAYS = 7;

export const searchBatchPruneJob: JobDefinition = {
  name: 'indexer_search_batches_prune',
  description: `Forget search-report batch ids older than ${SEARCH_BATCH_RETENTION_DAYS} days`,
  defaultSchedule: 'every 1h',
  async run(context) {
    const { rowCount } = await context.pool.query(
      `DELETE FROM prowlarr_search_batches WHERE written_at < $1::timestamptz - make_interval(days => $2)`,
      [context.now(), SEARCH_BATCH_RETENTION_DAYS],
    );
    return { rowsTouched: rowCount ?? 0 };
  },
};

export const indexerJobs: JobDefinition[] = [registrySyncJob, hourlyMetricsJob, dailyFiguresJob, healthJob, searchBatchPruneJob];
