import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Registry } from 'prom-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { InProcessEventBus, type DomainEvent } from '../../core/events.js';
import { projectRoot } from '../../core/paths.js';
import type { JobDefinition } from '../../control/jobs/job.js';
import { JobBusyError, type JobRuntime } from '../../control/jobs/runtime.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runsOf, sleep, startRuntime, waitFor } from './support.js';

describe('job runtime', () => {
  let db: TestDatabase;
  const runtimes: JobRuntime[] = [];
  const started = (runtime: JobRuntime) => (runtimes.push(runtime), runtime);

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await Promise.all(runtimes.splice(0).map((r) => r.stop()));
  });
  afterAll(() => db.drop());

  it('two runtimes on one database run a 100 ms job one at a time: job_logs rows never overlap', async () => {
    let running = 0;
    let mostAtOnce = 0;
    const job: JobDefinition = {
      name: 'ticker',
      description: 'takes a while',
      defaultSchedule: 'every 100ms',
      async run() {
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        await sleep(30);
        running--;
        return { rowsTouched: 1 };
      },
    };
    started(startRuntime(db.pool, [job], { owner: 'node-a' }));
    started(startRuntime(db.pool, [job], { owner: 'node-b' }));
    await sleep(3000);
    await Promise.all(runtimes.splice(0).map((r) => r.stop()));

    const runs = await runsOf(db.pool, 'ticker');
    expect(runs.length).toBeGreaterThanOrEqual(8);
    expect(runs.every((r) => r.status === 'succeeded' && r.finished_at !== null)).toBe(true);
    for (let i = 1; i < runs.length; i++) {
      expect(runs[i]!.started_at.getTime()).toBeGreaterThanOrEqual(runs[i - 1]!.finished_at!.getTime());
    }
    // The schedule is the cluster's: two nodes do not run an "every 100ms" job twice per period.
    const span = runs.at(-1)!.started_at.getTime() - runs[0]!.started_at.getTime();
    expect(runs.length).toBeLessThanOrEqual(Math.ceil(span / 100) + 1);
    expect(mostAtOnce).toBe(1);
  });

  it('a runtime killed while holding the lock is taken over once the lock expires', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./fixtures/lock-holder.ts', import.meta.url)), db.url, 'takeover'], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the lock holder never ran its job')), 60_000);
        child.stdout!.on('data', (d: Buffer) => d.toString().includes('job running') && (clearTimeout(timer), resolve()));
      });
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
    const { rows: [lease] } = await db.pool.query<{ owner: string; expires_at: Date }>(`SELECT owner, expires_at FROM distributed_locks WHERE key = 'job:takeover'`);
    expect(lease!.owner).toBe('crashing-node');

    const job: JobDefinition = { name: 'takeover', description: 'quick', defaultSchedule: 'every 100ms', run: async () => ({ rowsTouched: 0 }) };
    started(startRuntime(db.pool, [job], { owner: 'survivor' }));
    const runs = await waitFor('the survivor to run the job', async () => {
      const all = await runsOf(db.pool, 'takeover');
      return all.some((r) => r.owner === 'survivor' && r.status === 'succeeded') && all;
    });
    const mine = runs.filter((r) => r.owner === 'survivor');
    // Not before the crashed owner's lease ran out...
    expect(mine[0]!.started_at.getTime()).toBeGreaterThanOrEqual(lease!.expires_at.getTime());
    // ...and the run it left open is closed, as abandoned.
    const crashed = runs.filter((r) => r.owner === 'crashing-node');
    expect(crashed).toHaveLength(1);
    expect(crashed[0]).toMatchObject({ status: 'aborted' });
    expect(crashed[0]!.error).toMatch(/abandoned.*crashing-node.*survivor/);
    expect(crashed[0]!.finished_at!.getTime()).toBeLessThanOrEqual(mine[0]!.started_at.getTime());
  });

  it('a job that throws is logged with its error, counted in metrics, and runs again on the next tick', async () => {
    let calls = 0;
    const job: JobDefinition = {
      name: 'flaky',
      description: 'fails twice',
      defaultSchedule: 'every 100ms',
      async run() {
        calls++;
        if (calls <= 2) throw new Error(`upstream refused (attempt ${calls})`);
        return { rowsTouched: 7, details: { attempt: calls } };
      },
    };
    const runtime = started(startRuntime(db.pool, [job]));
    const registry = new Registry();
    runtime.metrics.registerIn(registry);
    const runs = await waitFor('a success after two failures', async () => {
      const all = await runsOf(db.pool, 'flaky');
      return all.some((r) => r.status === 'succeeded') && all;
    });
    expect(runs.slice(0, 3).map((r) => [r.status, r.error, r.rows_affected])).toEqual([
      ['failed', 'upstream refused (attempt 1)', null],
      ['failed', 'upstream refused (attempt 2)', null],
      ['succeeded', null, 7],
    ]);
    expect(runs[2]!.details).toEqual({ attempt: 3 });
    expect(await runtime.metrics.count('flaky', 'failed')).toBe(2);
    expect(await runtime.metrics.count('flaky', 'succeeded')).toBeGreaterThanOrEqual(1);
    const text = await registry.metrics();
    expect(text).toContain('swarmgate_job_runs_total{job="flaky",outcome="failed"} 2');
    expect(text).toMatch(/swarmgate_job_last_success_timestamp_seconds\{job="flaky"\} \d+/);
    expect(text).toMatch(/swarmgate_job_run_duration_seconds_count\{job="flaky"\} \d+/);
  });

  it('an overrunning job is not started twice, and RunJob meanwhile is refused', async () => {
    let running = 0;
    let mostAtOnce = 0;
    const job: JobDefinition = {
      name: 'slow',
      description: 'overruns its interval fourfold',
      defaultSchedule: 'every 100ms',
      async run() {
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        await sleep(400);
        running--;
        return { rowsTouched: 0 };
      },
    };
    const runtime = started(startRuntime(db.pool, [job]));
    await waitFor('the first run to start', async () => running === 1);
    await expect(runtime.runNow('slow')).rejects.toBeInstanceOf(JobBusyError);
    await sleep(1500);
    await runtime.stop();
    const runs = await runsOf(db.pool, 'slow');
    expect(runs.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < runs.length; i++) expect(runs[i]!.started_at.getTime()).toBeGreaterThanOrEqual(runs[i - 1]!.finished_at!.getTime());
    expect(mostAtOnce).toBe(1);
  });

  it('stopping aborts a running job through its signal and closes its row', async () => {
    const job: JobDefinition = {
      name: 'patient',
      description: 'waits for its signal',
      defaultSchedule: 'every 1h',
      run: ({ signal }) =>
        new Promise((_, reject) => {
          if (signal.aborted) return reject(signal.reason as Error);
          signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
        }),
    };
    const runtime = startRuntime(db.pool, [job]);
    await waitFor('the run to start', async () => (await runsOf(db.pool, 'patient')).length === 1);
    await runtime.stop();
    const [run] = await runsOf(db.pool, 'patient');
    expect(run).toMatchObject({ status: 'aborted' });
    expect(run!.error).toMatch(/stopping/);
    const { rowCount } = await db.pool.query(`SELECT 1 FROM distributed_locks WHERE key = 'job:patient'`);
    expect(rowCount).toBe(0);
    expect(await runtime.metrics.count('patient', 'aborted')).toBe(1);
  });

  it('a run that loses its lock to another node is aborted through its signal', async () => {
    const job: JobDefinition = {
      name: 'usurped',
      description: 'waits for its signal',
      defaultSchedule: 'every 1h',
      run: ({ signal }) =>
        new Promise((_, reject) => {
          if (signal.aborted) return reject(signal.reason as Error);
          signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
        }),
    };
    started(startRuntime(db.pool, [job], { owner: 'stalled-node' }));
    await waitFor('the run to start', async () => (await runsOf(db.pool, 'usurped')).length === 1);
    // What a takeover after this node stalled past its lease looks like from here.
    await db.pool.query(`UPDATE distributed_locks SET owner = 'other-node' WHERE key = 'job:usurped'`);
    const [run] = await waitFor('the run to end', async () => {
      const runs = await runsOf(db.pool, 'usurped');
      return runs[0]?.status !== 'running' && runs;
    });
    expect(run).toMatchObject({ status: 'aborted', owner: 'stalled-node' });
    expect(run!.error).toMatch(/lost its lock/);
    // The other node's lease is left alone.
    const { rows } = await db.pool.query(`SELECT owner FROM distributed_locks WHERE key = 'job:usurped'`);
    expect(rows).toEqual([{ owner: 'other-node' }]);
  });

  it('RunJob runs a job now and returns its closed run; a job turned off is not scheduled', async () => {
    const job: JobDefinition = { name: 'manual_only', description: 'manual', defaultSchedule: 'every 100ms', run: async () => ({ rowsTouched: 3 }) };
    const runtime = started(startRuntime(db.pool, [job], { config: (await import('./support.js')).jobsConfig({ SWARMGATE_JOB_SCHEDULES: 'manual_only=off' }) }));
    await sleep(400);
    expect(await runsOf(db.pool, 'manual_only')).toHaveLength(0);
    const run = await runtime.runNow('manual_only');
    expect(run).toMatchObject({ job_name: 'manual_only', status: 'succeeded', rows_affected: 3, trigger: 'manual', owner: runtime.owner });
    expect(run.finished_at).toBeInstanceOf(Date);
  });

  it('runs a heavy job in the piscina pool, with its events reaching the bus', async () => {
    const bus = new InProcessEventBus();
    const events: DomainEvent[] = [];
    bus.subscribe((e) => events.push(e));
    const { hashingJob } = await import('./fixtures/heavy-jobs.js');
    const runtime = started(
      startRuntime(db.pool, [hashingJob], {
        bus,
        config: (await import('./support.js')).jobsConfig({ SWARMGATE_JOB_SCHEDULES: 'hashing=off' }),
        heavyCatalogModule: new URL('./fixtures/heavy-jobs.ts', import.meta.url).href,
      }),
    );
    const run = await runtime.runNow('hashing');
    expect(run).toMatchObject({ status: 'succeeded', rows_affected: 1 });
    const { threadId } = await import('node:worker_threads');
    expect(run.details.threadId).not.toBe(threadId);
    expect(events).toEqual([{ type: 'settings.changed' }]);
  });
});
