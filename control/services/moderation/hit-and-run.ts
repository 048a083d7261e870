/**
 * Hit-and-run (UNIT3D's rule, our SQL): a snatch whose user, past the grace window after completing,
 * has seeded less than the required time and is not seeding now gets one hit-and-run warning (never a
 * second for the same torrent); seeding the required time later revokes it. A user holding
 * `max_warnings` active ones loses download rights until they fall below (expiry or revocation).
 * Exempt: history rows marked immune, immune groups, and the torrent's own uploader. Set-based and
 * idempotent (unique keys), so a second run, or two at once, change nothing more.
 */
import type { PoolClient } from '../../../core/db.js';
import type { Policy } from './policy.js';
import { enforceRestriction } from './restrictions.js';

export interface HitAndRunOutcome {
  warned: number;
  revoked: number;
  /** Users whose download restriction was placed or lifted. */
  restrictionsChanged: string[];
}

/** Seed time required and grace window of each history row's category ($2, $3: the site defaults). */
const HISTORY = `
  FROM user_torrent_history h
  JOIN users u ON u.id = h.user_id
  JOIN user_groups g ON g.id = u.group_id
  JOIN torrents t ON t.id = h.torrent_id
  JOIN torrent_categories c ON c.id = t.category_id`;

export async function runHitAndRun(tx: PoolClient, policy: Policy, now: Date): Promise<HitAndRunOutcome> {
  const warned = await tx.query(
    `INSERT INTO warnings (user_id, torrent_id, kind, severity, points, reason, created_at, expires_at)
     SELECT h.user_id, h.torrent_id, 'hit_and_run', 'minor', 0,
            'Hit and run: seeded ' || (h.seed_time / 3600) || ' h of the ' || (COALESCE(c.hnr_seed_seconds, $2) / 3600) || ' h required',
            $1::timestamptz, $1::timestamptz + make_interval(days => greatest($4::int, 1))
     ${HISTORY}
     WHERE h.completed_at IS NOT NULL AND NOT h.immune AND NOT g.is_immune AND u.deleted_at IS NULL AND t.deleted_at IS NULL
       AND t.uploader_id IS DISTINCT FROM h.user_id
       AND NOT (h.active AND h.is_seeder)
       AND h.seed_time < COALESCE(c.hnr_seed_seconds, $2)
       AND h.completed_at + make_interval(secs => COALESCE(c.hnr_grace_seconds, $3)) <= $1::timestamptz
     ON CONFLICT (user_id, torrent_id) WHERE kind = 'hit_and_run' DO NOTHING`,
    [now, policy.hitAndRunSeedSeconds, policy.hitAndRunGraceSeconds, policy.hitAndRunWarningDays],
  );
  // The condition cleared: the snatch has been seeded enough since, or became exempt.
  const revoked = await tx.query(
    `UPDATE warnings w SET revoked_at = $1::timestamptz, revoke_reason = 'hit-and-run cleared: seeded the required time or exempt'
     FROM user_torrent_history h
     JOIN users u ON u.id = h.user_id
     JOIN user_groups g ON g.id = u.group_id
     JOIN torrents t ON t.id = h.torrent_id
     JOIN torrent_categories c ON c.id = t.category_id
     WHERE w.kind = 'hit_and_run' AND w.revoked_at IS NULL AND (w.expires_at IS NULL OR w.expires_at > $1::timestamptz)
       AND h.user_id = w.user_id AND h.torrent_id = w.torrent_id
       AND (h.seed_time >= COALESCE(c.hnr_seed_seconds, $2) OR h.immune OR g.is_immune)`,
    [now, policy.hitAndRunSeedSeconds],
  );
  const restrictionsChanged = await enforceRestriction(tx, {
    source: 'hit_and_run',
    type: 'download',
    reason: 'too many active hit-and-run warnings',
    holds: `SELECT w.user_id FROM warnings w JOIN users u ON u.id = w.user_id JOIN user_groups g ON g.id = u.group_id
            WHERE w.kind = 'hit_and_run' AND w.revoked_at IS NULL AND (w.expires_at IS NULL OR w.expires_at > $1::timestamptz)
              AND NOT g.is_immune AND $2::int > 0
            GROUP BY w.user_id HAVING count(*) >= $2::int`,
    params: [now, policy.hitAndRunMaxWarnings],
    userIds: null,
    now,
  });
  return { warned: warned.rowCount ?? 0, revoked: revoked.rowCount ?? 0, restrictionsChanged };
}
