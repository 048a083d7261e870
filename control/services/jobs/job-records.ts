/** Job and run resource names, and job_logs rows as JobRun messages. */
import type { RunRow, RunStatus, RunTrigger } from '../../jobs/job-log.js';
import { invalidField } from '../../errors/control-error.js';
import type { JobRun } from '../../generated/swarmgate/control/v1/JobRun.js';
import type { JobRunState__Output as JobRunState } from '../../generated/swarmgate/control/v1/JobRunState.js';
import type { JobRunTrigger__Output as JobRunTrigger } from '../../generated/swarmgate/control/v1/JobRunTrigger.js';
import { toTimestamp } from '../../timestamps.js';

const JOB_NAME = /^jobs\/([a-z][a-z0-9_]{0,99})$/;

export const jobName = (job: string) => `jobs/${job}`;
export const runName = (job: string, id: number | string) => `jobs/${job}/runs/${id}`;

/** "jobs/{job}" -> the job's name. */
export function parseJobName(name: string, field: string): string {
  const match = JOB_NAME.exec(name);
  if (!match) throw invalidField(field, `"${name}" is not a job name ("jobs/{job}", e.g. "jobs/partitions")`);
  return match[1]!;
}

export const RUN_STATE: Record<RunStatus, JobRunState> = {
  running: 'JOB_RUN_STATE_RUNNING',
  succeeded: 'JOB_RUN_STATE_SUCCEEDED',
  failed: 'JOB_RUN_STATE_FAILED',
  aborted: 'JOB_RUN_STATE_ABORTED',
};

export const RUN_TRIGGER: Record<RunTrigger, JobRunTrigger> = {
  schedule: 'JOB_RUN_TRIGGER_SCHEDULE',
  manual: 'JOB_RUN_TRIGGER_MANUAL',
};

/** job_logs columns as ListJobRuns pages them (id as text for the page token). */
export const RUN_PAGE_SELECT = `
  SELECT j.id::text AS id, j.job_name, j.started_at, j.finished_at, j.status, j.rows_affected, j.error, j.details, j.owner, j.trigger,
         (extract(epoch FROM j.started_at) * 1000000)::bigint::text AS created_us
  FROM job_logs j`;

export type PagedRunRow = Omit<RunRow, 'id'> & { id: string; created_us: string };

export function toJobRunMessage(row: RunRow | PagedRunRow): JobRun {
  return {
    name: runName(row.job_name, row.id),
    job: jobName(row.job_name),
    state: RUN_STATE[row.status],
    trigger: RUN_TRIGGER[row.trigger],
    startTime: toTimestamp(row.started_at),
    endTime: toTimestamp(row.finished_at),
    rowsAffected: row.rows_affected ?? 0,
    error: row.error ?? '',
    detailsJson: JSON.stringify(row.details ?? {}),
    owner: row.owner ?? '',
  };
}
