/**
 * The moderation domain's background jobs (control/jobs/catalog.ts lists them). Each runs its rule in
 * one transaction with the run's clock, then tells the engine which accounts' restrictions changed.
 * Every rule is set-based and idempotent, so a repeated or concurrent run is harmless.
 */
import { withTransaction, type PoolClient } from '../../../core/db.js';
import type { JobContext, JobDefinition, JobOutcome } from '../../jobs/job.js';
import { runHitAndRun } from './hit-and-run.js';
import { loadPolicy, type Policy } from './policy.js';
import { runRatioWatch } from './ratio-watch.js';
import { enforceWarningThresholds } from './restrictions.js';
import { countTorrentStatistics, countUserTorrents } from './statistics-counts.js';

/** Above this many changed accounts one bans.changed (reload every user) is cheaper than one event each. */
const PER_USER_EVENTS = 200;

async function publishRestrictions(context: JobContext, userIds: string[]): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  if (unique.length > PER_USER_EVENTS) return context.bus.publish({ type: 'bans.changed' });
  for (const userId of unique) await context.bus.publish({ type: 'user.changed', userId });
}

/** Run `rule` in one transaction with the policy and the run's clock; publish after commit. */
async function policyRun(
  context: JobContext,
  rule: (tx: PoolClient, policy: Policy, now: Date) => Promise<{ changed: string[]; rows: number; details: Record<string, unknown> }>,
): Promise<JobOutcome> {
  const now = context.now();
  const result = await withTransaction(context.pool, async (tx) => rule(tx, await loadPolicy(tx), now));
  await publishRestrictions(context, result.changed);
  return { rowsTouched: result.rows, details: { ...result.details, restrictionsChanged: new Set(result.changed).size } };
}

export const hitAndRunJob: JobDefinition = {
  name: 'hit_and_run',
  description: 'Warn hit-and-run snatches, revoke warnings once seeded, restrict downloads at the warning limit',
  defaultSchedule: 'every 1h',
  run: (context) =>
    policyRun(context, async (tx, policy, now) => {
      const r = await runHitAndRun(tx, policy, now);
      return { changed: r.restrictionsChanged, rows: r.warned + r.revoked + r.restrictionsChanged.length, details: { warned: r.warned, revoked: r.revoked } };
    }),
};

export const ratioWatchJob: JobDefinition = {
  name: 'ratio_watch',
  description: 'Required ratios, ratio watch periods, and download restrictions when a watch ends under ratio',
  defaultSchedule: 'every 1h',
  run: (context) =>
    policyRun(context, async (tx, policy, now) => {
      const r = await runRatioWatch(tx, policy, now);
      return {
        changed: r.restrictionsChanged,
        rows: r.requiredRatiosUpdated + r.watched + r.cleared + r.restrictionsChanged.length,
        details: { requiredRatiosUpdated: r.requiredRatiosUpdated, watched: r.watched, cleared: r.cleared },
      };
    }),
};

export const warningThresholdsJob: JobDefinition = {
  name: 'warning_thresholds',
  description: 'Lift (or place) warning-point restrictions as warnings expire',
  defaultSchedule: 'every 5m',
  run: (context) =>
    policyRun(context, async (tx, policy, now) => {
      const changed = await enforceWarningThresholds(tx, { download: policy.warningDownloadThreshold, ban: policy.warningBanThreshold }, null, now);
      return { changed, rows: changed.length, details: {} };
    }),
};

export const statisticsCountsJob: JobDefinition = {
  name: 'statistics_counts',
  description: 'Per-user torrent counts (user_statistics) and per-torrent statistics (torrent_statistics)',
  defaultSchedule: 'every 10m',
  run: async (context) => {
    const now = context.now();
    const [users, torrents] = await withTransaction(context.pool, async (tx) => [await countUserTorrents(tx, now), await countTorrentStatistics(tx, now)]);
    return { rowsTouched: users + torrents, details: { userRows: users, torrentRows: torrents } };
  },
};

export function moderationJobs(): JobDefinition[] {
  return [hitAndRunJob, ratioWatchJob, warningThresholdsJob, statisticsCountsJob];
}
