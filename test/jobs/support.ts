/** What the job tests share: a config with job settings, runtimes that stop after the test, waiting on job_logs. */
import { loadConfig, type Config } from '../../core/config.js';
import type { Pool } from '../../core/db.js';
import { InProcessEventBus, type EventBus } from '../../core/events.js';
import { createLogger } from '../../core/log.js';
import type { JobDefinition } from '../../control/jobs/job.js';
import type { RunRow } from '../../control/jobs/job-log.js';
import { JobRuntime, type JobRuntimeOptions } from '../../control/jobs/runtime.js';

export const testLog = createLogger(process.env.SWARMGATE_TEST_LOG_LEVEL ?? 'silent');

/** The default configuration with `jobs` settings replaced, read as an operator's environment would be. */
export function jobsConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ env: { SWARMGATE_JOBS_LOCK_TTL_SECONDS: '2', ...env } });
}

export function startRuntime(
  pool: Pool,
  jobs: JobDefinition[],
  options: Partial<JobRuntimeOptions> & { bus?: EventBus } = {},
): JobRuntime {
  const runtime = new JobRuntime({ pool, bus: options.bus ?? new InProcessEventBus(), log: testLog, config: options.config ?? jobsConfig(), jobs, ...options });
  runtime.start();
  return runtime;
}

export async function runsOf(pool: Pool, jobName: string): Promise<RunRow[]> {
  const { rows } = await pool.query<RunRow>(
    `SELECT id, job_name, started_at, finished_at, status, rows_affected, error, details, owner, trigger
       FROM job_logs WHERE job_name = $1 ORDER BY started_at, id`,
    [jobName],
  );
  return rows;
}

/** Poll `check` until it returns a value (not undefined/false), failing after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
