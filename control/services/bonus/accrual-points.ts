/**
 * The accrual's points statement: from the seconds each (user, torrent) pair seeded (the temporary
 * table bonus_deltas; pairs with 0 seconds are only there for their marks) to the points each user earns (the temporary table bonus_credits), by the
 * accruing rules (docs/bonus.md, "Points").
 *
 * One pass over the pairs. Every condition but the user's ratio depends on the torrent only, so each
 * torrent's rate under every rule (points per hour seeded, NULL when the rule does not match) is one
 * row of a small table with a column per rule; the pairs join it once and are summed per user, a sum
 * per rule. The user's ratio then keeps or drops each rule's sum. Summing per (user, rule) instead
 * multiplies the rows by the rules that match and groups them twice: measured 2.3 times slower at 200k
 * pairs (docs/bonus.md, "Benchmark").
 *
 * The statement has one column per rule, so it is built from the rules read (and row-locked) in the
 * same transaction; only positional parameters vary, never text taken from the rules.
 */
import type { PoolClient } from '../../../core/db.js';
import { RULE_MIN_RATIO_SQL, SIZE_FACTOR_SQL, TORRENT_MATCHES_SQL, USER_RATIO_SQL } from './rule-conditions.js';

/** A rule the accrual pays: its name (the key in the ledger row's metadata) and the ratio it asks for. */
export interface AccruingRule {
  id: number;
  name: string;
  /** The user's ratio the rule asks for; -Infinity when it asks for none. */
  minRatio: number;
}

/**
 * The active rules the accrual pays, in id order. FOR SHARE: a rule edited while the accrual runs waits
 * for it, so the rules read here are the rules the points statement evaluates.
 */
export async function accruingRules(tx: PoolClient): Promise<AccruingRule[]> {
  const { rows } = await tx.query<{ id: number; name: string; min_ratio: number }>(
    `SELECT r.id, r.name, ${RULE_MIN_RATIO_SQL} AS min_ratio FROM bonus_rules r
     WHERE r.is_active AND r.rule_type IN ('seed_time', 'seed_size') ORDER BY r.id FOR SHARE`,
  );
  return rows.map((r) => ({ id: r.id, name: r.name, minRatio: r.min_ratio }));
}

/**
 * CREATE TEMP TABLE bonus_credits: per user, the points (group multiplier applied, rounded to cents;
 * users whose total rounds to zero get no row), the multiplier, the points per rule (metadata), the
 * seconds paid and the number of torrents. Only enabled, live accounts on live torrents are paid. The
 * arithmetic is float8 (numeric is several times slower over millions of rows); only the per-user total
 * is rounded to the ledger's two decimals.
 */
export function creditsStatement(rules: AccruingRule[]): { text: string; values: unknown[] } {
  const values: unknown[] = [rules.map((r) => r.id)];
  const param = (value: unknown) => `$${values.push(value)}`;
  const columns = rules.map((rule, i) => ({
    rate: `max(x.rate) FILTER (WHERE x.rule_id = ${param(rule.id)}::integer) AS rate_${i}`,
    points: `sum(d.seconds * x.rate_${i}) / 3600 AS points_${i}`,
    earned: `CASE WHEN ${USER_RATIO_SQL} >= ${param(rule.minRatio)}::float8 THEN s.points_${i} END AS earned_${i}`,
    total: `COALESCE(earned_${i}, 0)`,
    metadata: `${param(rule.name)}::text, round(earned_${i}::numeric, 4)`,
  }));
  const list = (key: keyof (typeof columns)[number]) => columns.map((c) => `, ${c[key]}`).join('');
  const total = columns.length > 0 ? columns.map((c) => c.total).join(' + ') : '0::float8';
  const metadata = columns.length > 0 ? `jsonb_strip_nulls(jsonb_build_object(${columns.map((c) => c.metadata).join(', ')}))` : `'{}'::jsonb`;
  const text = `
    CREATE TEMP TABLE bonus_credits ON COMMIT DROP AS
    WITH rates AS (
      SELECT t.id AS torrent_id, r.id AS rule_id,
             r.points_per_hour::float8 * r.base_multiplier::float8
               * CASE WHEN r.size_multiplier_enabled THEN ${SIZE_FACTOR_SQL} ELSE 1 END
               * CASE WHEN r.rule_type = 'seed_size' THEN t.size / 1073741824.0::float8 ELSE 1 END AS rate
      FROM torrents t
      JOIN bonus_rules r ON r.id = ANY ($1::integer[]) AND ${TORRENT_MATCHES_SQL}
      WHERE t.deleted_at IS NULL),
    torrent_rates AS (
      SELECT x.torrent_id${list('rate')} FROM rates x GROUP BY x.torrent_id),
    seeded AS (
      SELECT d.user_id, sum(d.seconds)::bigint AS seconds, count(*) AS torrents${list('points')}
      FROM bonus_deltas d LEFT JOIN torrent_rates x ON x.torrent_id = d.torrent_id
      WHERE d.seconds > 0
      GROUP BY d.user_id),
    earned AS (
      SELECT s.user_id, s.seconds, s.torrents, g.bonus_multiplier${list('earned')}
      FROM seeded s
      JOIN users u ON u.id = s.user_id AND u.deleted_at IS NULL AND u.status = 'enabled'
      JOIN user_groups g ON g.id = u.group_id
      LEFT JOIN user_statistics us ON us.user_id = s.user_id),
    totals AS (
      SELECT e.*, round((${total})::numeric * e.bonus_multiplier, 2) AS points FROM earned e)
    SELECT user_id, points, bonus_multiplier, ${metadata} AS rules, seconds, torrents
    FROM totals WHERE points > 0`;
  return { text, values };
}
