/**
 * `job_logs` rows: one per run, opened when the run starts (status 'running') and closed when it
 * ends. Times come from the database's clock, the same one the lock's expiry uses, so the runs of
 * one job, serialised by the lock, never overlap in job_logs either.
 */
import type { Pool } from '../../core/db.js';

export type RunStatus = 'running' | 'succeeded' | 'failed' | 'aborted';
export type RunTrigger = 'schedule' | 'manual';

export interface RunRow {
  id: number;
  job_name: string;
  started_at: Date;
  finished_at: Date | null;
  status: RunStatus;
  rows_affected: number | null;
  error: string | null;
  details: Record<string, unknown>;
  owner: string | null;
  trigger: RunTrigger;
}

export const RUN_COLUMNS = `id, job_name, started_at, finished_at, status, rows_affected, error, details, owner, trigger`;

/** The database's clock, which schedules and leases follow. */
export async function databaseNow(pool: Pool): Promise<Date> {
  const { rows } = await pool.query<{ now: Date }>(`SELECT now() AS now`);
  return rows[0]!.now;
}

/** The database's time and the start of the job's latest run anywhere in the cluster. */
export async function lastStartOf(pool: Pool, jobName: string): Promise<{ now: Date; lastStart: Date | null }> {
  const { rows } = await pool.query<{ now: Date; last_start: Date | null }>(
    `SELECT now() AS now, (SELECT max(started_at) FROM job_logs WHERE job_name = $1) AS last_start`,
    [jobName],
  );
  return { now: rows[0]!.now, lastStart: rows[0]!.last_start };
}

/**
 * Close the runs of `jobName` still marked running: called by the lock's new holder, so any such row
 * belongs to an owner that died (or stalled past its lease) without closing it.
 */
export async function closeAbandonedRuns(pool: Pool, jobName: string, takenOverBy: string): Promise<number> {
  const { rowCount } = await pool.query(
    `UPDATE job_logs SET status = 'aborted', finished_at = greatest(now(), started_at),
            error = 'abandoned: its runtime (' || coalesce(owner, 'unknown') || ') stopped renewing the lock; closed by ' || $2
      WHERE job_name = $1 AND status = 'running'`,
    [jobName, takenOverBy],
  );
  return rowCount ?? 0;
}

export async function openRun(pool: Pool, jobName: string, owner: string, trigger: RunTrigger): Promise<RunRow> {
  const { rows } = await pool.query<RunRow>(
    `INSERT INTO job_logs (job_name, owner, trigger) VALUES ($1, $2, $3) RETURNING ${RUN_COLUMNS}`,
    [jobName, owner, trigger],
  );
  return rows[0]!;
}

export interface RunEnd {
  status: Exclude<RunStatus, 'running'>;
  rowsAffected: number | null;
  error: string | null;
  details: Record<string, unknown>;
}

/** Close the run; null when it was already closed (a node that took the lock over closed it). */
export async function closeRun(pool: Pool, id: number, end: RunEnd): Promise<RunRow | null> {
  const { rows } = await pool.query<RunRow>(
    `UPDATE job_logs SET status = $2, finished_at = greatest(now(), started_at), rows_affected = $3, error = $4, details = $5
      WHERE id = $1 AND status = 'running' RETURNING ${RUN_COLUMNS}`,
    [id, end.status, end.rowsAffected, end.error, JSON.stringify(end.details)],
  );
  return rows[0] ?? null;
}

/** The latest run of each named job (for ListJobs); one index probe per job. */
export async function latestRuns(pool: Pool, jobNames: string[]): Promise<Map<string, RunRow>> {
  const { rows } = await pool.query<RunRow>(
    `SELECT r.* FROM unnest($1::text[]) AS n(name)
       CROSS JOIN LATERAL (SELECT ${RUN_COLUMNS} FROM job_logs WHERE job_name = n.name ORDER BY started_at DESC LIMIT 1) r`,
    [jobNames],
  );
  return new Map(rows.map((r) => [r.job_name, r]));
}
