/**
 * Ratio watch (Gazelle's rule, our SQL): each account's required ratio follows from what it has
 * downloaded (the site's table; written to user_statistics.required_ratio, which GetUserStatistics
 * returns). An account under it is put on watch for `ratio_watch.days`; still under when the watch
 * ends, it loses download rights until its ratio is back above, which also ends the watch. Immune
 * groups are exempt. Set-based and idempotent.
 */
import type { PoolClient } from '../../../core/db.js';
import { ratioTableJson, requiredRatioSql, type Policy } from './policy.js';
import { enforceRestriction } from './restrictions.js';

export interface RatioWatchOutcome {
  requiredRatiosUpdated: number;
  watched: number;
  cleared: number;
  restrictionsChanged: string[];
}

/** Accounts under their required ratio and not exempt. */
const UNDER = `
  SELECT s.user_id, s.required_ratio FROM user_statistics s
  JOIN users u ON u.id = s.user_id JOIN user_groups g ON g.id = u.group_id
  WHERE u.deleted_at IS NULL AND NOT g.is_immune AND s.required_ratio > 0
    AND s.uploaded_credited < s.required_ratio * s.downloaded_credited`;

export async function runRatioWatch(tx: PoolClient, policy: Policy, now: Date): Promise<RatioWatchOutcome> {
  const required = await tx.query(
    `UPDATE user_statistics s SET required_ratio = r.required
     FROM (SELECT user_id, ${requiredRatioSql('downloaded_credited', '$1')} AS required FROM user_statistics) r
     WHERE r.user_id = s.user_id AND s.required_ratio IS DISTINCT FROM r.required`,
    [JSON.stringify(ratioTableJson(policy.ratioTable))],
  );
  const cleared = await tx.query(`DELETE FROM ratio_watch w WHERE w.user_id NOT IN (SELECT user_id FROM (${UNDER}) under)`);
  const watched = await tx.query(
    `INSERT INTO ratio_watch (user_id, required_ratio, started_at, ends_at)
     SELECT user_id, required_ratio, $1::timestamptz, $1::timestamptz + make_interval(days => greatest($2::int, 0)) + interval '1 second' FROM (${UNDER}) under
     ON CONFLICT (user_id) DO NOTHING`,
    [now, policy.ratioWatchDays],
  );
  const restrictionsChanged = await enforceRestriction(tx, {
    source: 'ratio_watch',
    type: 'download',
    reason: 'ratio watch ended with the ratio still under the required ratio',
    holds: `SELECT user_id FROM ratio_watch WHERE ends_at <= $1::timestamptz`,
    params: [now],
    userIds: null,
    now,
  });
  return { requiredRatiosUpdated: required.rowCount ?? 0, watched: watched.rowCount ?? 0, cleared: cleared.rowCount ?? 0, restrictionsChanged };
}
