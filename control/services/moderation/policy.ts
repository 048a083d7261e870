/**
 * The policy numbers of site_settings (warning thresholds, hit-and-run, ratio watch), read with their
 * defaults: a missing or malformed row falls back to the default instead of stopping a job.
 */
import type { Queryable } from '../users/user-records.js';

export interface RequiredRatioRow {
  fromGib: number;
  ratio: number;
}

export interface Policy {
  warningDownloadThreshold: number;
  warningBanThreshold: number;
  hitAndRunSeedSeconds: number;
  hitAndRunGraceSeconds: number;
  hitAndRunWarningDays: number;
  hitAndRunMaxWarnings: number;
  ratioWatchDays: number;
  ratioTable: RequiredRatioRow[];
}

/** The Gazelle required-ratio table (ratio required with nothing seeded), by GiB downloaded. */
export const GAZELLE_RATIO_TABLE: RequiredRatioRow[] = [
  { fromGib: 0, ratio: 0 },
  { fromGib: 5, ratio: 0.15 },
  { fromGib: 10, ratio: 0.2 },
  { fromGib: 20, ratio: 0.3 },
  { fromGib: 30, ratio: 0.4 },
  { fromGib: 40, ratio: 0.5 },
  { fromGib: 50, ratio: 0.6 },
];

export const POLICY_DEFAULTS: Policy = {
  warningDownloadThreshold: 3,
  warningBanThreshold: 6,
  hitAndRunSeedSeconds: 7 * 86400,
  hitAndRunGraceSeconds: 14 * 86400,
  hitAndRunWarningDays: 14,
  hitAndRunMaxWarnings: 3,
  ratioWatchDays: 14,
  ratioTable: GAZELLE_RATIO_TABLE,
};

/** site_settings key of each number. */
export const POLICY_KEYS: Record<Exclude<keyof Policy, 'ratioTable'>, string> = {
  warningDownloadThreshold: 'warnings.download_threshold',
  warningBanThreshold: 'warnings.ban_threshold',
  hitAndRunSeedSeconds: 'hit_and_run.seed_seconds',
  hitAndRunGraceSeconds: 'hit_and_run.grace_seconds',
  hitAndRunWarningDays: 'hit_and_run.warning_days',
  hitAndRunMaxWarnings: 'hit_and_run.max_warnings',
  ratioWatchDays: 'ratio_watch.days',
};
export const RATIO_TABLE_KEY = 'ratio_watch.table';

function ratioTable(value: unknown): RequiredRatioRow[] | null {
  if (!Array.isArray(value)) return null;
  const rows = value.map((r: { from_gib?: unknown; ratio?: unknown }) => ({ fromGib: Number(r?.from_gib), ratio: Number(r?.ratio) }));
  return rows.every((r) => Number.isFinite(r.fromGib) && r.fromGib >= 0 && Number.isFinite(r.ratio) && r.ratio >= 0)
    ? rows.sort((a, b) => a.fromGib - b.fromGib)
    : null;
}

/** The table as stored in site_settings. */
export function ratioTableJson(rows: RequiredRatioRow[]): { from_gib: number; ratio: number }[] {
  return rows.map((r) => ({ from_gib: r.fromGib, ratio: r.ratio }));
}

export async function loadPolicy(db: Queryable): Promise<Policy> {
  const keys = [...Object.values(POLICY_KEYS), RATIO_TABLE_KEY];
  const { rows } = await db.query<{ key: string; value: unknown }>(`SELECT key, value FROM site_settings WHERE key = ANY($1)`, [keys]);
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  const policy = { ...POLICY_DEFAULTS };
  for (const [field, key] of Object.entries(POLICY_KEYS) as [keyof typeof POLICY_KEYS, string][]) {
    const value = stored.get(key);
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) policy[field] = value;
  }
  policy.ratioTable = ratioTable(stored.get(RATIO_TABLE_KEY)) ?? GAZELLE_RATIO_TABLE;
  return policy;
}

/**
 * SQL expression: the required ratio for `downloadedBytes` (an SQL expression) from the table
 * passed as parameter `$n` (jsonb array of {from_gib, ratio}).
 */
export function requiredRatioSql(downloadedBytes: string, tableParam: string): string {
  return `COALESCE((SELECT (r->>'ratio')::numeric FROM jsonb_array_elements(${tableParam}::jsonb) r
                    WHERE (r->>'from_gib')::numeric * 1073741824 <= ${downloadedBytes}
                    ORDER BY (r->>'from_gib')::numeric DESC LIMIT 1), 0)`;
}
