/**
 * Restrictions the policy rules place on their own: a download (or account) ban of the rule's source,
 * placed while the condition holds and lifted when it clears. Set-based and idempotent: a unique index
 * allows one unlifted ban per (user, type, source), so two runs at once cannot stack them, and lifting
 * only touches bans still in force. Each returns the users whose restriction changed (their engine
 * records must be reloaded).
 */
import type { PoolClient } from '../../../core/db.js';
import type { StoredBanSource, StoredBanType } from './enums.js';

export interface RestrictionRule {
  source: Exclude<StoredBanSource, 'staff'>;
  type: Extract<StoredBanType, 'download' | 'account'>;
  reason: string;
  /** SELECT of user_id (one column) for the users the condition holds for, over `params`. */
  holds: string;
  params: unknown[];
  /** Limit the change to these users (null: every user). */
  userIds: string[] | null;
  now: Date;
}

/** Place and lift `rule`'s bans so they match its condition; returns the users changed. */
export async function enforceRestriction(tx: PoolClient, rule: RestrictionRule): Promise<string[]> {
  // The rule's parameters come first; each statement appends only what it uses (PostgreSQL refuses
  // a parameter whose type it cannot infer, as an unused one).
  const n = rule.params.length;
  const [source, type, now, ids, reason] = [n + 1, n + 2, n + 3, n + 4, n + 5].map((i) => `$${i}`);
  const common = [...rule.params, rule.source, rule.type, rule.now, rule.userIds];
  const scope = (column: string) => `(${ids}::uuid[] IS NULL OR ${column} = ANY(${ids}::uuid[]))`;
  const placed = await tx.query<{ user_id: string }>(
    `INSERT INTO bans (ban_type, user_id, reason, source, starts_at)
     SELECT ${type}::text, h.user_id, ${reason}::text, ${source}::text, ${now}::timestamptz FROM (${rule.holds}) h WHERE ${scope('h.user_id')}
     ON CONFLICT (user_id, ban_type, source) WHERE lifted_at IS NULL AND source <> 'staff' DO NOTHING
     RETURNING user_id`,
    [...common, rule.reason],
  );
  const lifted = await tx.query<{ user_id: string }>(
    `UPDATE bans b SET lifted_at = ${now}::timestamptz, lift_reason = 'the condition cleared'
     WHERE b.source = ${source}::text AND b.ban_type = ${type}::text AND b.lifted_at IS NULL AND ${scope('b.user_id')}
       AND b.user_id NOT IN (SELECT h.user_id FROM (${rule.holds}) h)
     RETURNING user_id`,
    common,
  );
  return [...placed.rows, ...lifted.rows].map((r) => r.user_id);
}

/** Users whose active warnings (not revoked, not expired at $1) add up to at least $2 points ($2 > 0). */
export const WARNING_POINTS_AT_LEAST = `
  SELECT w.user_id FROM warnings w
  WHERE w.revoked_at IS NULL AND (w.expires_at IS NULL OR w.expires_at > $1::timestamptz) AND $2::int > 0
  GROUP BY w.user_id HAVING sum(w.points) >= $2::int`;

/**
 * Apply the warning-point thresholds (downloads disabled, then account banned) to `userIds` (null:
 * everyone) at `now`. Returns the users changed.
 */
export async function enforceWarningThresholds(
  tx: PoolClient,
  thresholds: { download: number; ban: number },
  userIds: string[] | null,
  now: Date,
): Promise<string[]> {
  const download = await enforceRestriction(tx, {
    source: 'warnings', type: 'download', reason: 'active warning points reached the download threshold',
    holds: WARNING_POINTS_AT_LEAST, params: [now, thresholds.download], userIds, now,
  });
  const account = await enforceRestriction(tx, {
    source: 'warnings', type: 'account', reason: 'active warning points reached the ban threshold',
    holds: WARNING_POINTS_AT_LEAST, params: [now, thresholds.ban], userIds, now,
  });
  return [...new Set([...download, ...account])];
}
