/**
 * What a background job is. Every periodic duty of Swarmgate (partitions, retention, expiry, session
 * cleanup, slot reclamation, key health, indexer roll-ups, bonus accrual, hit-and-run, ratio watch) is
 * a JobDefinition; the job runtime (control/jobs/runtime.ts) schedules it, makes sure one node runs it
 * at a time, and writes its `job_logs` row and metrics. A job only does its work: it never schedules,
 * locks or logs its own runs.
 */
import type { Config } from '../../core/config.js';
import type { Pool } from '../../core/db.js';
import type { EventBus } from '../../core/events.js';
import type { Logger } from '../../core/log.js';

export interface JobContext {
  pool: Pool;
  /** Events for the engine, published by the job after its transaction commits. */
  bus: EventBus;
  log: Logger;
  config: Config;
  /** The run's clock. Jobs read time only from here (never Date.now()), so tests can inject one. */
  now(): Date;
  /** Aborted when the runtime stops or the run's lock is lost: a long job checks it between steps. */
  signal: AbortSignal;
}

export interface JobOutcome {
  /** Rows inserted, updated or deleted (job_logs.rows_affected). */
  rowsTouched: number;
  /** Anything worth keeping about the run (job_logs.details), e.g. { partitionsCreated: 3 }. */
  details?: Record<string, unknown>;
}

export interface JobDefinition {
  /** Unique, lower_snake_case; the key of its lock, its config and its metrics label. */
  name: string;
  /** One line for `swarmgatectl jobs list`. */
  description: string;
  /**
   * Default schedule, overridable in configuration: an interval ("every 30s", "every 5m", "every 1h",
   * "every 1d") or a five-field cron expression in UTC ("0 3 * * *").
   */
  defaultSchedule: string;
  /** CPU-heavy work the runtime hands to its piscina pool instead of the event loop. */
  heavy?: boolean;
  run(context: JobContext): Promise<JobOutcome>;
}
