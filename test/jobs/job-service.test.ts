import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { housekeepingJobs } from '../../control/jobs/housekeeping/index.js';
import type { JobDefinition } from '../../control/jobs/job.js';
import { JobRuntime } from '../../control/jobs/runtime.js';
import { fromTimestamp } from '../../control/timestamps.js';
import { call, expectFailure, present, startTestControl, type TestControl } from '../control/harness.js';
import { jobsConfig, sleep, testLog } from './support.js';

describe('JobService', () => {
  let t: TestControl;
  let runtime: JobRuntime;
  let release: (() => void) | null = null;

  const gate: JobDefinition = {
    name: 'gate',
    description: 'waits until the test opens it',
    defaultSchedule: '0 0 1 1 *',
    run: () => new Promise((resolve) => (release = () => resolve({ rowsTouched: 1 }))),
  };
  const broken: JobDefinition = {
    name: 'broken',
    description: 'always fails',
    defaultSchedule: 'every 1h',
    run: async () => {
      throw new Error('the disk is full');
    },
  };

  beforeAll(async () => {
    t = await startTestControl({
      control: { metricsPort: 0 },
      jobs: (db, bus) =>
        (runtime = new JobRuntime({
          pool: db.pool,
          bus,
          log: testLog,
          config: jobsConfig({ SWARMGATE_JOB_SCHEDULES: 'retention=off;broken=off' }),
          jobs: [...housekeepingJobs(), gate, broken],
        })),
    });
  });
  afterAll(async () => {
    release?.();
    await runtime.stop();
    await t.stop();
  });

  it('ListJobs: every job with its schedule, on/off, last run and next run', async () => {
    await call(t.admin.clients.jobs.runJob.bind(t.admin.clients.jobs), { name: 'jobs/sessions' });
    const { jobs } = await call(t.admin.clients.jobs.listJobs.bind(t.admin.clients.jobs), {});
    expect(jobs.map((j) => j.name)).toEqual(['jobs/broken', 'jobs/expiry', 'jobs/gate', 'jobs/partitions', 'jobs/retention', 'jobs/sessions']);
    const byName = Object.fromEntries(jobs.map((j) => [j.name, j]));
    expect(byName['jobs/retention']).toMatchObject({ schedule: '30 3 * * *', enabled: false, nextRunTime: null });
    expect(byName['jobs/expiry']).toMatchObject({ schedule: 'every 1m', defaultSchedule: 'every 1m', enabled: true, lastRun: null });
    const sessions = present(byName['jobs/sessions']);
    expect(sessions.lastRun).toMatchObject({ state: 'JOB_RUN_STATE_SUCCEEDED', trigger: 'JOB_RUN_TRIGGER_MANUAL', job: 'jobs/sessions' });
    // Cron "15 4 * * *" (UTC): the next 04:15 after the last run.
    const next = fromTimestamp(sessions.nextRunTime)!;
    expect([next.getUTCHours(), next.getUTCMinutes()]).toEqual([4, 15]);
    expect(next.getTime()).toBeGreaterThan(Date.now());
  });

  it('RunJob returns the finished run, failed ones too; an unknown or malformed job is refused', async () => {
    const run = await call(t.admin.clients.jobs.runJob.bind(t.admin.clients.jobs), { name: 'jobs/partitions' });
    expect(run).toMatchObject({ state: 'JOB_RUN_STATE_SUCCEEDED', job: 'jobs/partitions', trigger: 'JOB_RUN_TRIGGER_MANUAL', owner: runtime.owner, error: '' });
    expect(JSON.parse(run.detailsJson)).toMatchObject({ monthsAhead: 3 });
    expect(run.name).toMatch(/^jobs\/partitions\/runs\/\d+$/);

    const failed = await call(t.admin.clients.jobs.runJob.bind(t.admin.clients.jobs), { name: 'jobs/broken' });
    expect(failed).toMatchObject({ state: 'JOB_RUN_STATE_FAILED', error: 'the disk is full', rowsAffected: 0 });

    await expectFailure(call(t.admin.clients.jobs.runJob.bind(t.admin.clients.jobs), { name: 'jobs/nope' }), status.NOT_FOUND, { reason: 'RESOURCE_NOT_FOUND' });
    await expectFailure(call(t.admin.clients.jobs.runJob.bind(t.admin.clients.jobs), { name: 'partitions' }), status.INVALID_ARGUMENT, { fields: ['name'] });
  });

  it('RunJob respects the lock: a second run while one is in progress is FAILED_PRECONDITION', async () => {
    const first = call(t.admin.clients.jobs.runJob.bind(t.admin.clients.jobs), { name: 'jobs/gate' });
    // Inside the job's run(), so the lock is surely held.
    while (!release) await sleep(20);
    await expectFailure(call(t.admin.clients.jobs.runJob.bind(t.admin.clients.jobs), { name: 'jobs/gate' }), status.FAILED_PRECONDITION, { reason: 'JOB_RUNNING' });
    (release as () => void)();
    expect(await first).toMatchObject({ state: 'JOB_RUN_STATE_SUCCEEDED', rowsAffected: 1 });
  });

  it('ListJobRuns pages newest first and filters by job and outcome', async () => {
    for (let i = 0; i < 3; i++) await call(t.admin.clients.jobs.runJob.bind(t.admin.clients.jobs), { name: 'jobs/sessions' });
    const list = (request: { parent: string; filter?: string; pageSize?: number; pageToken?: string }) =>
      call(t.admin.clients.jobs.listJobRuns.bind(t.admin.clients.jobs), { filter: '', pageSize: 0, pageToken: '', ...request });

    const first = await list({ parent: 'jobs/sessions', pageSize: 2 });
    expect(first.runs).toHaveLength(2);
    expect(first.nextPageToken).not.toBe('');
    const second = await list({ parent: 'jobs/sessions', pageSize: 2, pageToken: first.nextPageToken });
    const all = [...first.runs, ...second.runs];
    expect(all).toHaveLength(4);
    expect(new Set(all.map((r) => r.name)).size).toBe(4);
    const starts = all.map((r) => fromTimestamp(r.startTime)!.getTime());
    expect([...starts].sort((a, b) => b - a)).toEqual(starts);

    const failed = await list({ parent: 'jobs/-', filter: 'state = JOB_RUN_STATE_FAILED' });
    expect(failed.runs.map((r) => [r.job, r.error])).toEqual([['jobs/broken', 'the disk is full']]);
    const manual = await list({ parent: 'jobs/-', filter: 'trigger = JOB_RUN_TRIGGER_MANUAL AND state != JOB_RUN_STATE_FAILED' });
    expect(manual.runs.every((r) => r.trigger === 'JOB_RUN_TRIGGER_MANUAL' && r.state !== 'JOB_RUN_STATE_FAILED')).toBe(true);

    await expectFailure(list({ parent: 'jobs/sessions', pageToken: first.nextPageToken, filter: 'state = JOB_RUN_STATE_FAILED' }), status.INVALID_ARGUMENT, {
      fields: ['page_token'],
    });
    await expectFailure(list({ parent: 'jobs/-', filter: 'outcome = "x"' }), status.INVALID_ARGUMENT, { fields: ['filter'] });
    await expectFailure(list({ parent: 'jobs/unknown' }), status.NOT_FOUND);
    await expectFailure(list({ parent: 'sessions' }), status.INVALID_ARGUMENT, { fields: ['parent'] });
  });

  it('reading jobs needs a moderator, running one an administrator', async () => {
    const member = await t.account('member');
    const moderator = await t.account('moderator');
    await expectFailure(call(member.clients.jobs.listJobs.bind(member.clients.jobs), {}), status.PERMISSION_DENIED);
    const { jobs } = await call(moderator.clients.jobs.listJobs.bind(moderator.clients.jobs), {});
    expect(jobs.length).toBe(6);
    await expectFailure(call(moderator.clients.jobs.runJob.bind(moderator.clients.jobs), { name: 'jobs/sessions' }), status.PERMISSION_DENIED);
    const administrator = await t.account('administrator');
    expect(await call(administrator.clients.jobs.runJob.bind(administrator.clients.jobs), { name: 'jobs/sessions' })).toMatchObject({ state: 'JOB_RUN_STATE_SUCCEEDED' });
  });

  it("the runtime's metrics are served on the control plane's metrics port", async () => {
    const text = await (await fetch(`http://127.0.0.1:${t.server.metricsPort}/metrics`)).text();
    expect(text).toContain('swarmgate_job_runs_total{job="broken",outcome="failed"} 1');
    expect(text).toMatch(/swarmgate_job_runs_total\{job="sessions",outcome="succeeded"\} \d+/);
    expect(text).toMatch(/swarmgate_job_last_success_timestamp_seconds\{job="partitions"\} \d+/);
  });
});
