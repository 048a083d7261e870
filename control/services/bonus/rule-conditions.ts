/**
 * The conditions a bonus rule may carry (bonus_rules.conditions, JSONB) and how the accrual evaluates
 * them in SQL. One list, so validation (rules CRUD) and evaluation never disagree.
 *
 * Evaluated per (user, torrent) at accrual time: seeders and freeleech are the torrent's current state,
 * ratio is the user's current ratio (no download yet counts as an infinite ratio).
 */
import { z } from 'zod';

export const ruleConditionsSchema = z
  .object({
    /** User's ratio at least this (uploaded_credited / downloaded_credited). */
    min_ratio: z.number().min(0).max(1000).optional(),
    /** Torrent has at most this many seeders. */
    max_seeders: z.number().int().min(0).optional(),
    /** Torrent has at least this many seeders. */
    min_seeders: z.number().int().min(0).optional(),
    /** Torrent is (true) or is not (false) freeleech. */
    freeleech: z.boolean().optional(),
    /** Torrent size at least / at most this many bytes. */
    min_size_bytes: z.number().int().min(0).optional(),
    max_size_bytes: z.number().int().min(0).optional(),
  })
  .strict();

export type RuleConditions = z.infer<typeof ruleConditionsSchema>;

/**
 * True when rule `r` applies to torrent `t` (every condition but the user's ratio). Every condition
 * absent from the JSON passes.
 */
export const TORRENT_MATCHES_SQL = `(
      (r.category_ids IS NULL OR t.category_id = ANY (r.category_ids))
  AND (NOT r.conditions ? 'max_seeders' OR t.seeders <= (r.conditions->>'max_seeders')::integer)
  AND (NOT r.conditions ? 'min_seeders' OR t.seeders >= (r.conditions->>'min_seeders')::integer)
  AND (NOT r.conditions ? 'freeleech' OR t.is_freeleech = (r.conditions->>'freeleech')::boolean)
  AND (NOT r.conditions ? 'min_size_bytes' OR t.size >= (r.conditions->>'min_size_bytes')::bigint)
  AND (NOT r.conditions ? 'max_size_bytes' OR t.size <= (r.conditions->>'max_size_bytes')::bigint))`;

/** The user's ratio a rule asks for (min_ratio), -Infinity when it asks for none. */
export const RULE_MIN_RATIO_SQL = `COALESCE((r.conditions->>'min_ratio')::float8, '-Infinity'::float8)`;

/** A user's ratio for the rules: no download yet counts as an infinite ratio. */
export const USER_RATIO_SQL = `COALESCE(us.ratio, 'Infinity'::float8)`;

/**
 * The size multiplier of a rule with size_multiplier_enabled: the square root of the torrent's size in
 * GiB, between 0.5 and 8 (1 GiB = 1, 4 GiB = 2, 64 GiB and more = 8). Big torrents earn more per hour,
 * but not in proportion to their size.
 */
export const SIZE_FACTOR_SQL = `LEAST(GREATEST(sqrt(t.size::float8 / 1073741824), 0.5), 8)`;

/** The same factor in TypeScript (documentation, tests and the CLI's estimates). */
export function sizeFactor(sizeBytes: number): number {
  return Math.min(Math.max(Math.sqrt(sizeBytes / 1073741824), 0.5), 8);
}
