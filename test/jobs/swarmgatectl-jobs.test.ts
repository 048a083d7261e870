/**
 * The job runtime inside `swarmgate control` (the compiled CLI, as an operator runs it): jobs run on
 * start, `swarmgatectl jobs list|runs|run` drive them, their metrics are on the control metrics port,
 * shutdown is clean, and a misspelt job in SWARMGATE_JOB_SCHEDULES stops the start with its name.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allJobs } from '../../control/jobs/catalog.js';
import { bootstrapAdministrator, type AdministratorCredentials } from '../../control/bootstrap.js';
import { projectRoot } from '../../core/paths.js';
import { runCli, startCli, type RunningCli } from '../support/cli.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { freePort } from '../support/engine.js';
import { runsOf, waitFor } from './support.js';

describe('swarmgate control runs the jobs; swarmgatectl jobs', () => {
  let db: TestDatabase;
  let control: RunningCli;
  let admin: AdministratorCredentials;
  let address: string;
  let metricsPort: number;

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = (await bootstrapAdministrator(db.pool))!;
    const port = await freePort();
    metricsPort = await freePort();
    address = `127.0.0.1:${port}`;
    control = startCli(['control'], {
      DATABASE_URL: db.url,
      SWARMGATE_CONTROL_PORT: String(port),
      SWARMGATE_CONTROL_METRICS_PORT: String(metricsPort),
      SWARMGATE_JOB_SCHEDULES: 'retention=off',
    });
    await control.waitFor(/control plane ready/);
  });
  afterAll(async () => {
    expect(await control.stop()).toBe(0);
    expect(control.output()).toMatch(/job runtime stopped/);
    await db.drop();
  });

  function ctl(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const child = spawn(process.execPath, ['build/cli/swarmgatectl.js', ...args], {
      cwd: projectRoot,
      env: { ...process.env, SWARMGATECTL_ADDRESS: address, SWARMGATE_TOKEN: admin.apiToken },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr })));
  }

  it('runs the interval jobs on start and lists them', async () => {
    await waitFor('partitions and expiry to run on start', async () => {
      const [partitions, expiry] = await Promise.all([runsOf(db.pool, 'partitions'), runsOf(db.pool, 'expiry')]);
      return partitions.some((r) => r.status === 'succeeded') && expiry.some((r) => r.status === 'succeeded');
    });
    const list = await ctl(['jobs', 'list']);
    expect(list.code, list.stderr).toBe(0);
    for (const line of list.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(list.stdout).toMatch(/partitions\s*│\s*every 1d\s*│\s*yes\s*│\s*succeeded \d+s ago/);
    expect(list.stdout).toMatch(/retention\s*│\s*30 3 \* \* \*\s*│\s*no\s*│\s*never/);
    const json = JSON.parse((await ctl(['jobs', 'list', '--json'])).stdout) as { jobs: { name: string }[] };
    // Every job of the catalog, by name.
    expect(json.jobs.map((j) => j.name)).toEqual(allJobs().map((j) => `jobs/${j.name}`).sort());
    expect(json.jobs.map((j) => j.name)).toEqual(expect.arrayContaining(['jobs/expiry', 'jobs/partitions', 'jobs/retention', 'jobs/sessions']));
  });

  it('runs a job now and shows its runs; an unknown job is NOT_FOUND', async () => {
    const run = await ctl(['jobs', 'run', 'sessions']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/state\s*│\s*succeeded/);
    expect(run.stdout).toMatch(/trigger\s*│\s*manual/);

    const runs = await ctl(['jobs', 'runs', 'sessions']);
    expect(runs.code, runs.stderr).toBe(0);
    expect(runs.stdout).toMatch(/sessions\s*│.*│\s*succeeded/);
    for (const line of runs.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);

    const unknown = await ctl(['jobs', 'run', 'nope']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/NOT_FOUND/);
  });

  it('serves the job metrics on the control metrics port', async () => {
    const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(text).toMatch(/swarmgate_job_runs_total\{job="partitions",outcome="succeeded"\} \d+/);
    expect(text).toMatch(/swarmgate_job_run_duration_seconds_bucket\{le="[^"]+",job="expiry"\}/);
  });

  it('a misspelt job name in SWARMGATE_JOB_SCHEDULES stops the start with a clear error', async () => {
    const port = await freePort();
    const result = await runCli(['control'], { DATABASE_URL: db.url, SWARMGATE_CONTROL_PORT: String(port), SWARMGATE_JOB_SCHEDULES: 'expiri=every 5m' });
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/unknown job \\"expiri\\"|unknown job "expiri"/);
  });
});
