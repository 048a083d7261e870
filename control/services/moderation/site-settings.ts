/**
 * ModerationService site settings: the site-wide switches the engine enforces (freeleech and double
 * upload, each with an optional start and end time the engine honours by itself) and the policy
 * numbers the jobs and warning thresholds read. A change is published as settings.changed.
 */
import { checkEtag } from '../../etag.js';
import { invalidField } from '../../errors/control-error.js';
import { Violations } from '../../errors/violations.js';
import type { ModerationServiceHandlers } from '../../generated/swarmgate/control/v1/ModerationService.js';
import type { SiteSettings } from '../../generated/swarmgate/control/v1/SiteSettings.js';
import { mutate } from '../../mutation.js';
import { callerOf } from '../../server/call-context.js';
import { fromTimestamp, toTimestamp } from '../../timestamps.js';
import { unary } from '../../server/unary.js';
import type { ServiceDeps } from '../deps.js';
import type { Queryable } from '../users/user-records.js';
import { loadPolicy, POLICY_KEYS, RATIO_TABLE_KEY, ratioTableJson, type Policy } from './policy.js';

type SettingsHandlers = Pick<ModerationServiceHandlers, 'GetSiteSettings' | 'UpdateSiteSettings'>;

const SWITCH_KEYS = {
  global_freeleech: 'global_freeleech',
  global_freeleech_start_time: 'global_freeleech_starts_at',
  global_freeleech_end_time: 'global_freeleech_ends_at',
  global_double_upload: 'global_double_upload',
  global_double_upload_start_time: 'global_double_upload_starts_at',
  global_double_upload_end_time: 'global_double_upload_ends_at',
} as const;

/** Field mask path -> the Policy field it sets (integers). */
const POLICY_PATHS: Record<string, Exclude<keyof Policy, 'ratioTable'>> = {
  warning_download_threshold: 'warningDownloadThreshold',
  warning_ban_threshold: 'warningBanThreshold',
  hit_and_run_seed_seconds: 'hitAndRunSeedSeconds',
  hit_and_run_grace_seconds: 'hitAndRunGraceSeconds',
  hit_and_run_warning_days: 'hitAndRunWarningDays',
  hit_and_run_max_warnings: 'hitAndRunMaxWarnings',
  ratio_watch_days: 'ratioWatchDays',
};

const UPDATABLE = [...Object.keys(SWITCH_KEYS), ...Object.keys(POLICY_PATHS), 'ratio_table'];

function camel(path: string): string {
  return path.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

async function readSettings(db: Queryable): Promise<SiteSettings> {
  const { rows } = await db.query<{ key: string; value: unknown; updated_us: string }>(
    `SELECT key, value, (extract(epoch FROM updated_at) * 1000000)::bigint::text AS updated_us FROM site_settings`,
  );
  const value = (key: string) => rows.find((r) => r.key === key)?.value;
  const time = (key: string) => (typeof value(key) === 'string' ? toTimestamp(new Date(value(key) as string)) : null);
  const policy = await loadPolicy(db);
  // The newest change of any setting: one etag for the whole resource.
  const etag = rows.reduce((max, r) => (BigInt(r.updated_us) > BigInt(max) ? r.updated_us : max), '0');
  return {
    name: 'siteSettings',
    globalFreeleech: value('global_freeleech') === true,
    globalFreeleechStartTime: time('global_freeleech_starts_at'),
    globalFreeleechEndTime: time('global_freeleech_ends_at'),
    globalDoubleUpload: value('global_double_upload') === true,
    globalDoubleUploadStartTime: time('global_double_upload_starts_at'),
    globalDoubleUploadEndTime: time('global_double_upload_ends_at'),
    warningDownloadThreshold: policy.warningDownloadThreshold,
    warningBanThreshold: policy.warningBanThreshold,
    hitAndRunSeedSeconds: policy.hitAndRunSeedSeconds,
    hitAndRunGraceSeconds: policy.hitAndRunGraceSeconds,
    hitAndRunWarningDays: policy.hitAndRunWarningDays,
    hitAndRunMaxWarnings: policy.hitAndRunMaxWarnings,
    ratioWatchDays: policy.ratioWatchDays,
    ratioTable: policy.ratioTable,
    etag,
  };
}

export function siteSettingsHandlers(deps: ServiceDeps): SettingsHandlers {
  const { pool, bus } = deps;
  return {
    GetSiteSettings: unary(() => readSettings(pool)),

    UpdateSiteSettings: unary(async (request, context) => {
      const settings = request.settings;
      if (!settings) throw invalidField('settings', 'is required');
      const paths = request.updateMask?.paths ?? [];
      const v = new Violations();
      v.check(paths.length > 0, 'update_mask', `name the fields to change: ${UPDATABLE.join(', ')}`);
      paths.forEach((p, i) => v.check(UPDATABLE.includes(p), `update_mask.paths[${i}]`, `"${p}" cannot be updated`));
      v.throwIfAny();
      const writes: [key: string, value: unknown][] = [];
      for (const path of paths) {
        if (path in SWITCH_KEYS) {
          const key = SWITCH_KEYS[path as keyof typeof SWITCH_KEYS];
          const given = (settings as unknown as Record<string, unknown>)[camel(path)];
          if (typeof given === 'boolean' || given === undefined) writes.push([key, given === true]);
          else writes.push([key, fromTimestamp(given as never)?.toISOString() ?? null]);
        } else if (path in POLICY_PATHS) {
          const given = (settings as unknown as Record<string, unknown>)[camel(path)];
          const n = Number(given ?? 0);
          v.check(Number.isInteger(n) && n >= 0 && n <= 10 ** 9, `settings.${path}`, 'must be a whole number from 0');
          writes.push([POLICY_KEYS[POLICY_PATHS[path]!], n]);
        } else {
          const table = (settings.ratioTable ?? []).map((r) => ({ fromGib: Number(r.fromGib ?? 0), ratio: Number(r.ratio ?? 0) }));
          v.check(table.length >= 1 && table.length <= 50, 'settings.ratio_table', '1 to 50 rows');
          table.forEach((r, i) => v.check(r.fromGib >= 0 && r.ratio >= 0 && r.ratio <= 100, `settings.ratio_table[${i}]`, 'from_gib and ratio must not be negative'));
          writes.push([RATIO_TABLE_KEY, ratioTableJson(table.sort((a, b) => a.fromGib - b.fromGib))]);
        }
      }
      // A window given whole must end after it starts.
      const windows: [string, string][] = [['global_freeleech_start_time', 'global_freeleech_end_time'], ['global_double_upload_start_time', 'global_double_upload_end_time']];
      for (const [start, end] of windows) {
        const [from, until] = [start, end].map((path) => fromTimestamp((settings as unknown as Record<string, never>)[camel(path)]));
        if (paths.includes(start) && paths.includes(end) && from && until) v.check(until > from, `settings.${end}`, 'must be after the start time');
      }
      v.throwIfAny();
      const caller = callerOf(context);
      return mutate(pool, bus, context, async (scope) => {
        await scope.tx.query(`LOCK TABLE site_settings IN SHARE ROW EXCLUSIVE MODE`);
        const before = await readSettings(scope.tx);
        checkEtag(settings.etag, before.etag ?? '', 'siteSettings');
        for (const [key, value] of writes) {
          await scope.tx.query(
            `INSERT INTO site_settings (key, value, updated_by) VALUES ($1, $2::jsonb, $3)
             ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_by = EXCLUDED.updated_by`,
            [key, JSON.stringify(value), caller.userId],
          );
        }
        const after = await readSettings(scope.tx);
        const image = (s: SiteSettings) => {
          const { etag: _etag, name: _name, ...rest } = s;
          return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
        };
        await scope.audit({ action: 'site_settings.update', entityType: 'site_settings', entityId: 'siteSettings', before: image(before), after: image(after), metadata: { update_mask: paths } });
        scope.publish({ type: 'settings.changed' });
        return after;
      });
    }),
  };
}
