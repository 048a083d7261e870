/**
 * The job runtime: runs every JobDefinition of the catalog on its schedule, in the process that
 * `swarmgate start` or `swarmgate control` starts, never on the engine's request path.
 *
 * One run of a job, whoever triggers it (its timer or JobService.RunJob):
 *   take the job's lease in distributed_locks (job-lock.ts) -> close runs a crashed owner left open
 *   -> open a job_logs row -> run the job (inline, or in piscina when `heavy`) while renewing the
 *   lease -> close the row with the outcome -> count it in the metrics -> give the lease back.
 * A failure anywhere is logged and written to job_logs, never thrown out of the timer, and the job
 * simply runs again when it is next due. A job is due from the cluster's last start of it (the
 * newest job_logs row, any node), so N nodes run an "every 1h" job once an hour, not N times.
 * While a run is in progress, the same job is not started again (here: the run is still active;
 * elsewhere: the lease is held), however long it overruns its interval.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Config } from '../../core/config.js';
import type { Pool } from '../../core/db.js';
import type { EventBus } from '../../core/events.js';
import type { Logger } from '../../core/log.js';
import { allJobs } from './catalog.js';
import { HeavyJobPool } from './heavy-pool.js';
import type { JobContext, JobDefinition, JobOutcome } from './job.js';
import { JobLock } from './job-lock.js';
import { closeAbandonedRuns, closeRun, lastStartOf, openRun, type RunEnd, type RunRow, type RunTrigger } from './job-log.js';
import { JobMetrics } from './job-metrics.js';
import { resolveJobSettings, type JobSettings } from './job-settings.js';

export interface JobRuntimeOptions {
  pool: Pool;
  bus: EventBus;
  log: Logger;
  config: Config;
  /** The jobs to run; default the whole catalog (control/jobs/catalog.ts). */
  jobs?: JobDefinition[];
  /** The clock jobs read (JobContext.now); default the system clock. Schedules follow the database's clock. */
  now?: () => Date;
  /** This runtime's identity in distributed_locks and job_logs.owner; default host:pid:random. */
  owner?: string;
  /** URL of a module whose allJobs() piscina workers read heavy jobs from; default the catalog. */
  heavyCatalogModule?: string;
  /** How long stop() waits for aborted runs to end before closing their rows itself. */
  stopGraceMs?: number;
}

/** RunJob could not start the run: another run of the job holds the lock. */
export class JobBusyError extends Error {
  override name = 'JobBusyError';
  constructor(readonly jobName: string) {
    super(`job "${jobName}" is running (its lock is held); try again when that run is over`);
  }
}

export class UnknownJobError extends Error {
  override name = 'UnknownJobError';
  constructor(readonly jobName: string) {
    super(`no job named "${jobName}"`);
  }
}

export class RuntimeStoppingError extends Error {
  override name = 'RuntimeStoppingError';
  constructor() {
    super('the job runtime is stopping');
  }
}

interface ActiveRun {
  controller: AbortController;
  runId: number | null;
  done: Promise<void>;
}

/** When the database cannot be reached, look again after this long. */
const RETRY_AFTER_ERROR_MS = 5000;
const MAX_TIMER_MS = 2 ** 31 - 1;

export class JobRuntime {
  readonly metrics = new JobMetrics();
  readonly owner: string;
  private readonly settings: Map<string, JobSettings>;
  private readonly lock: JobLock;
  private readonly log: Logger;
  private readonly now: () => Date;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly active = new Map<string, ActiveRun>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private heavyPool: HeavyJobPool | null = null;
  private stopping = false;

  /** Throws ConfigError for an unknown job name or a bad schedule in jobs.schedules. */
  constructor(private readonly options: JobRuntimeOptions) {
    this.settings = resolveJobSettings(options.jobs ?? allJobs(), options.config.jobs);
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
    this.lock = new JobLock(options.pool, this.owner, options.config.jobs.lockTtlSeconds * 1000);
    this.log = options.log.child({ module: 'jobs' });
    this.now = options.now ?? (() => new Date());
  }

  /** Arm the timers of every job that is on (unless jobs.enabled is off on this node). */
  start(): void {
    if (!this.options.config.jobs.enabled) {
      this.log.info('job scheduler is off on this node (jobs.enabled); jobs run only on RunJob');
      return;
    }
    const on = this.jobs().filter((job) => job.enabled);
    for (const job of on) this.arm(job.definition.name, 0);
    this.log.info({ owner: this.owner, jobs: on.map((j) => `${j.definition.name} (${j.schedule.text})`) }, 'job scheduler started');
  }

  /** Every job with its effective schedule, by name. */
  jobs(): JobSettings[] {
    return [...this.settings.values()].sort((a, b) => a.definition.name.localeCompare(b.definition.name));
  }

  job(name: string): JobSettings | undefined {
    return this.settings.get(name);
  }

  /** Whether the scheduler runs on this node at all. */
  get schedulerEnabled(): boolean {
    return this.options.config.jobs.enabled;
  }

  isRunningHere(name: string): boolean {
    return this.active.has(name);
  }

  /**
   * Run `name` now (JobService.RunJob), on this node, whatever its schedule says, once it holds
   * the lock. Resolves with the closed job_logs row.
   */
  async runNow(name: string): Promise<RunRow> {
    if (!this.settings.has(name)) throw new UnknownJobError(name);
    if (this.stopping) throw new RuntimeStoppingError();
    if (this.active.has(name) || !(await this.lock.acquire(name))) throw new JobBusyError(name);
    return this.track(
      (async () => {
        try {
          return await this.execute(name, 'manual');
        } finally {
          await this.release(name);
        }
      })(),
    );
  }

  /**
   * Stop scheduling, abort running jobs through their AbortSignal and wait (up to the grace period)
   * for them to close their job_logs rows; a run still going after that is closed here as aborted
   * and its lock given back.
   */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const run of this.active.values()) run.controller.abort(new Error('the job runtime is stopping'));
    const grace = this.options.stopGraceMs ?? 10_000;
    let timer: NodeJS.Timeout | undefined;
    const settled = await Promise.race([
      Promise.allSettled([...this.inFlight]).then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), grace))),
    ]);
    clearTimeout(timer);
    if (!settled) {
      for (const [name, run] of this.active) {
        this.log.warn({ job: name, graceMs: grace }, 'job did not stop within the grace period; closing its run as aborted');
        if (run.runId !== null) {
          await closeRun(this.options.pool, run.runId, {
            status: 'aborted',
            rowsAffected: null,
            error: `aborted: the job runtime stopped and the job did not end within ${grace} ms`,
            details: {},
          }).catch((err: unknown) => this.log.error({ err, job: name }, 'closing the run failed'));
        }
        await this.release(name);
      }
    }
    await this.heavyPool?.destroy();
    this.log.info('job runtime stopped');
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inFlight.add(promise);
    void promise.finally(() => this.inFlight.delete(promise)).catch(() => undefined);
    return promise;
  }

  private arm(name: string, delayMs: number): void {
    if (this.stopping) return;
    const delay = Math.min(Math.max(delayMs, 5), MAX_TIMER_MS);
    const timer = setTimeout(() => {
      this.timers.delete(name);
      void this.track(this.tick(name));
    }, delay);
    timer.unref();
    this.timers.set(name, timer);
  }

  /** One timer firing: run the job if it is due and free, then arm the timer for its next time. */
  private async tick(name: string): Promise<void> {
    const { schedule } = this.settings.get(name)!;
    let delay: number;
    try {
      const outcome = await this.runIfDue(name);
      const { now, lastStart } = await lastStartOf(this.options.pool, name);
      // Busy: another node is running it now, which counts as its run for this period.
      const due = schedule.dueAt(outcome === 'busy' ? now : lastStart, now);
      delay = due.getTime() - now.getTime();
    } catch (err) {
      if (!(err instanceof RuntimeStoppingError)) this.log.error({ err, job: name }, 'job scheduling failed; trying again later');
      delay = RETRY_AFTER_ERROR_MS;
    }
    this.arm(name, delay);
  }

  private async runIfDue(name: string): Promise<'ran' | 'busy' | 'not-due'> {
    const { schedule } = this.settings.get(name)!;
    if (this.stopping) return 'not-due';
    const isDue = async () => {
      const { now, lastStart } = await lastStartOf(this.options.pool, name);
      return schedule.dueAt(lastStart, now).getTime() <= now.getTime();
    };
    if (!(await isDue())) return 'not-due';
    if (this.active.has(name) || !(await this.lock.acquire(name))) return 'busy';
    try {
      // Another node may have run it between the check and taking the lock.
      if (!(await isDue())) return 'not-due';
      await this.execute(name, 'schedule');
      return 'ran';
    } finally {
      await this.release(name);
    }
  }

  private async release(name: string): Promise<void> {
    await this.lock.release(name).catch((err: unknown) => this.log.warn({ err, job: name }, 'releasing the job lock failed; it expires by itself'));
  }

  /** One run, with the lock held: the job_logs row, the run itself, the lease renewal, the metrics. */
  private async execute(name: string, trigger: RunTrigger): Promise<RunRow> {
    const { definition } = this.settings.get(name)!;
    const { pool } = this.options;
    const controller = new AbortController();
    let finish!: () => void;
    const active: ActiveRun = { controller, runId: null, done: new Promise<void>((resolve) => (finish = resolve)) };
    this.active.set(name, active);
    this.metrics.running.set({ job: name }, 1);
    try {
      if (this.stopping) throw new RuntimeStoppingError();
      const abandoned = await closeAbandonedRuns(pool, name, this.owner);
      if (abandoned > 0) this.log.warn({ job: name, runs: abandoned }, 'closed runs left open by a runtime that stopped renewing its lock');
      const run = await openRun(pool, name, this.owner, trigger);
      active.runId = run.id;
      const log = this.log.child({ job: name, run: run.id });
      const stopRenewing = this.keepRenewing(name, controller, log);
      const started = performance.now();
      let end: RunEnd;
      try {
        const outcome = await this.invoke(definition, { pool, bus: this.options.bus, log, config: this.options.config, now: this.now, signal: controller.signal });
        end = { status: 'succeeded', rowsAffected: rowsOf(outcome), error: null, details: outcome?.details ?? {} };
        log.info({ trigger, rows: end.rowsAffected, ...end.details }, 'job run succeeded');
      } catch (err) {
        const aborted = controller.signal.aborted;
        const reason = aborted ? `aborted: ${(controller.signal.reason as Error)?.message ?? 'aborted'}` : '';
        end = { status: aborted ? 'aborted' : 'failed', rowsAffected: null, error: [reason, messageOf(err)].filter(Boolean).join(': '), details: {} };
        log.error({ err, trigger }, aborted ? 'job run aborted' : 'job run failed');
      } finally {
        stopRenewing();
      }
      this.metrics.record(name, end.status as 'succeeded' | 'failed' | 'aborted', (performance.now() - started) / 1000, this.now());
      const closed = await closeRun(pool, run.id, end);
      if (!closed) log.warn('the run had already been closed by a node that took its lock over');
      return closed ?? { ...run, status: end.status, error: end.error, rows_affected: end.rowsAffected, details: end.details };
    } finally {
      this.active.delete(name);
      this.metrics.running.set({ job: name }, 0);
      finish();
    }
  }

  private invoke(definition: JobDefinition, context: JobContext): Promise<JobOutcome> {
    if (!definition.heavy) return definition.run(context);
    const connectionString = (this.options.pool as unknown as { options: { connectionString?: string } }).options.connectionString;
    if (!connectionString) throw new Error('heavy jobs need a pool created from a connection string');
    this.heavyPool ??= new HeavyJobPool(connectionString, this.options.config, this.options.heavyCatalogModule ?? null);
    return this.heavyPool.run(definition.name, context);
  }

  /** Renew the lease every third of its lifetime; abort the run when it is lost or cannot be renewed in time. */
  private keepRenewing(name: string, controller: AbortController, log: Logger): () => void {
    let renewedAt = Date.now();
    const timer = setInterval(() => {
      this.lock.renew(name).then(
        (held) => {
          if (held) renewedAt = Date.now();
          else controller.abort(new Error('the run lost its lock (another node took it over)'));
        },
        (err: unknown) => {
          log.warn({ err }, 'renewing the job lock failed');
          if (Date.now() - renewedAt > this.lock.ttl) controller.abort(new Error('the run could not renew its lock before it expired'));
        },
      );
    }, this.lock.renewEveryMs);
    timer.unref();
    return () => clearInterval(timer);
  }
}

function rowsOf(outcome: JobOutcome | undefined): number | null {
  const rows = outcome?.rowsTouched;
  return typeof rows === 'number' && Number.isFinite(rows) && rows >= 0 ? Math.round(rows) : null;
}

function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}
