/**
 * Automatic disable with an escalating back-off (Prowlarr's escalation, applied to our search logs).
 *
 * Every enabled indexer is judged on the searches since its health window started, once it has at
 * least `healthMinSearches` of them: a success rate below `successDisablePercent` disables it
 * (disabled_by 'health') for the next level of the ladder; a good window steps the level back by one.
 * When its back-off ends the indexer is enabled again and tried; a fresh window starts either way.
 * Each disable and re-enable writes a system audit row and publishes `indexer.changed` after commit.
 *
 * Safe twice or from two processes: the re-enable matches only rows still disabled and due, and an
 * evaluation updates a row only while its window start is the one it judged (a concurrent run that
 * already judged the row moved it, so the second update matches nothing).
 */
import type { Config } from '../../../core/config.js';
import type { PoolClient } from '../../../core/db.js';
import { BACKOFF_LADDER_SQL_PARAM } from './backoff.js';
import { writeSystemAudit, type SystemAuditEntry } from './system-audit.js';

const JOB = 'indexer_health';

const END_BACKOFF = `
  UPDATE prowlarr_indexers p SET is_enabled = true, disabled_by = NULL, disabled_until = NULL, health_window_start = $1,
    status = CASE WHEN p.status = 'down' THEN 'degraded' ELSE p.status END, updated_at = $1
  WHERE p.disabled_by = 'health' AND p.disabled_until <= $1
  RETURNING p.id, p.indexer_name, p.backoff_level`;

const EVALUATE = `
  WITH judged AS (
    SELECT p.id, p.health_window_start AS window_start, p.backoff_level AS old_level, count(*)::integer AS total,
      (count(*) FILTER (WHERE s.was_successful))::integer AS ok,
      100.0 * count(*) FILTER (WHERE s.was_successful) / count(*) < $3 AS failing
    FROM prowlarr_indexers p
    JOIN prowlarr_search_logs s ON s.indexer_id = p.id
      AND s.searched_at > coalesce(p.health_window_start, '-infinity'::timestamptz) AND s.searched_at <= $1
    WHERE p.is_enabled
    GROUP BY p.id
    HAVING count(*) >= $2
  )
  UPDATE prowlarr_indexers p SET
    backoff_level = CASE WHEN j.failing THEN least(p.backoff_level + 1, 9) ELSE greatest(p.backoff_level - 1, 0) END,
    is_enabled = NOT j.failing,
    disabled_by = CASE WHEN j.failing THEN 'health' END,
    disabled_until = CASE WHEN j.failing THEN $1::timestamptz + make_interval(secs => ($4::integer[])[least(p.backoff_level + 1, 9)]) END,
    status = CASE WHEN j.failing THEN 'down' ELSE p.status END,
    health_window_start = $1,
    updated_at = CASE WHEN j.failing OR p.backoff_level > 0 THEN $1 ELSE p.updated_at END
  FROM judged j
  WHERE p.id = j.id AND p.is_enabled AND p.health_window_start IS NOT DISTINCT FROM j.window_start
  RETURNING p.id, p.indexer_name, j.failing, j.total, j.ok, j.old_level, p.backoff_level, p.disabled_until`;

export interface HealthChange {
  indexerId: string;
  action: 'disabled' | 'retry' | 'stepped_back';
  level: number;
}

interface EvaluatedRow {
  id: string;
  indexer_name: string;
  failing: boolean;
  total: number;
  ok: number;
  old_level: number;
  backoff_level: number;
  disabled_until: Date | null;
}

/** One health pass on the caller's transaction; returns what changed (for events and the run's outcome). */
export async function applyHealth(tx: PoolClient, thresholds: Config['indexers'], now: Date): Promise<HealthChange[]> {
  const changes: HealthChange[] = [];
  const audit: SystemAuditEntry[] = [];

  const ended = await tx.query<{ id: string; indexer_name: string; backoff_level: number }>(END_BACKOFF, [now]);
  for (const row of ended.rows) {
    changes.push({ indexerId: row.id, action: 'retry', level: row.backoff_level });
    audit.push({
      action: 'indexer.backoff_ended',
      entityType: 'prowlarr_indexer',
      entityId: row.id,
      before: { enabled: false },
      after: { enabled: true },
      metadata: { name: row.indexer_name, backoffLevel: row.backoff_level },
    });
  }

  const evaluated = await tx.query<EvaluatedRow>(EVALUATE, [now, thresholds.healthMinSearches, thresholds.successDisablePercent, BACKOFF_LADDER_SQL_PARAM]);
  for (const row of evaluated.rows) {
    const successRate = Math.round((10_000 * row.ok) / row.total) / 100;
    if (row.failing) {
      changes.push({ indexerId: row.id, action: 'disabled', level: row.backoff_level });
      audit.push({
        action: 'indexer.auto_disabled',
        entityType: 'prowlarr_indexer',
        entityId: row.id,
        before: { enabled: true },
        after: { enabled: false, disabledUntil: row.disabled_until?.toISOString() },
        metadata: { name: row.indexer_name, searches: row.total, successRate, threshold: thresholds.successDisablePercent, backoffLevel: row.backoff_level },
      });
    } else if (row.old_level > 0) {
      changes.push({ indexerId: row.id, action: 'stepped_back', level: row.backoff_level });
    }
  }
  await writeSystemAudit(tx, JOB, audit, now);
  return changes;
}
