-- Up Migration
-- The job runtime (control/jobs/runtime.ts; docs/jobs.md) writes one job_logs row per run. A run
-- also records which runtime ran it (the owner of its distributed_locks lease) and why it ran (its
-- schedule or an administrator's RunJob), and a run can end 'aborted': stopped at shutdown, after
-- losing its lock, or found still 'running' by the node that took over a crashed owner's lock.

ALTER TABLE job_logs
  ADD COLUMN owner   text CHECK (char_length(owner) BETWEEN 1 AND 200),
  ADD COLUMN trigger text NOT NULL DEFAULT 'schedule' CHECK (trigger IN ('schedule', 'manual'));

ALTER TABLE job_logs DROP CONSTRAINT job_logs_status_check;
ALTER TABLE job_logs ADD CONSTRAINT job_logs_status_check CHECK (status IN ('running', 'succeeded', 'failed', 'aborted'));

-- ListJobRuns pages every run newest first, filtered by job and/or outcome.
CREATE INDEX idx_job_logs_started_at ON job_logs (started_at DESC, id DESC);

COMMENT ON COLUMN job_logs.owner IS 'The job runtime (host:pid:instance) that held the run''s lock';
COMMENT ON COLUMN job_logs.trigger IS 'schedule: its timer; manual: JobService.RunJob';

-- The tracker seed recommends keeping three months of peer snapshots (announces 12, audit logs 24).
UPDATE partitioned_tables SET retention_months = 3 WHERE parent = 'peer_history'::regclass;

-- Down Migration
UPDATE partitioned_tables SET retention_months = 12 WHERE parent = 'peer_history'::regclass;
DROP INDEX idx_job_logs_started_at;
DELETE FROM job_logs WHERE status = 'aborted';
ALTER TABLE job_logs DROP CONSTRAINT job_logs_status_check;
ALTER TABLE job_logs ADD CONSTRAINT job_logs_status_check CHECK (status IN ('running', 'succeeded', 'failed'));
ALTER TABLE job_logs DROP COLUMN trigger, DROP COLUMN owner;
