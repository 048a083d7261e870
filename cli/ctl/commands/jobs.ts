/** swarmgatectl jobs list|runs|run: the background jobs (JobService). */
import type { Command } from 'commander';
import { call } from '../../../control/client.js';
import type { Job__Output as Job } from '../../../control/generated/swarmgate/control/v1/Job.js';
import type { JobRun__Output as JobRun } from '../../../control/generated/swarmgate/control/v1/JobRun.js';
import { fromTimestamp } from '../../../control/timestamps.js';
import { UsageError } from '../connection.js';
import { integerArg } from '../names.js';
import { printList, printRecord } from '../output.js';
import { action } from '../run.js';

const jobArg = (value: string) => (value.startsWith('jobs/') ? value : `jobs/${value}`);
const short = (name: string) => name.replace(/^jobs\//, '');
const state = (run: JobRun | null) => (run ? run.state.replace('JOB_RUN_STATE_', '').toLowerCase() : '');
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** "3m ago" / "in 57s": short enough for an 80-column table. */
export function relative(ts: JobRun['startTime'], now = Date.now()): string {
  const at = fromTimestamp(ts);
  if (!at) return '';
  // The direction comes from the unrounded difference: a run started 0.4 s ago is "0s ago", not "in 0s".
  const ms = at.getTime() - now;
  const size = Math.round(Math.abs(ms) / 1000);
  const amount = size < 90 ? `${size}s` : size < 5400 ? `${Math.round(size / 60)}m` : size < 172_800 ? `${Math.round(size / 3600)}h` : `${Math.round(size / 86_400)}d`;
  return ms > 0 ? `in ${amount}` : `${amount} ago`;
}

function took(run: JobRun): string {
  const start = fromTimestamp(run.startTime);
  const end = fromTimestamp(run.endTime);
  if (!start || !end) return '';
  const ms = end.getTime() - start.getTime();
  return ms < 10_000 ? `${ms}ms` : `${Math.round(ms / 1000)}s`;
}

const JOB_COLUMNS: [string, (j: Job) => unknown][] = [
  ['job', (j) => short(j.name)],
  ['schedule', (j) => j.schedule],
  ['on', (j) => (j.enabled ? 'yes' : 'no')],
  ['last run', (j) => (j.lastRun ? `${state(j.lastRun)} ${relative(j.lastRun.startTime)}` : 'never')],
  ['next run', (j) => relative(j.nextRunTime)],
];

const RUN_COLUMNS: [string, (r: JobRun) => unknown][] = [
  ['run', (r) => r.name.split('/').at(-1)],
  ['job', (r) => short(r.job)],
  ['started', (r) => fromTimestamp(r.startTime)?.toISOString().slice(0, 19).replace('T', ' ')],
  ['took', took],
  ['rows', (r) => (r.state === 'JOB_RUN_STATE_SUCCEEDED' ? r.rowsAffected : '')],
  ['outcome', (r) => clip(r.error ? `${state(r)}: ${r.error}` : state(r), 22)],
];

const RUN_FIELDS: [string, (r: JobRun) => unknown][] = [
  ['name', (r) => r.name],
  ['state', state],
  ['trigger', (r) => r.trigger.replace('JOB_RUN_TRIGGER_', '').toLowerCase()],
  ['started', (r) => r.startTime],
  ['ended', (r) => r.endTime],
  ['took', took],
  ['rows', (r) => r.rowsAffected],
  ['error', (r) => r.error],
  ['details', (r) => (r.detailsJson === '{}' ? '' : r.detailsJson)],
  ['owner', (r) => r.owner],
];

const STATES = { running: 'JOB_RUN_STATE_RUNNING', succeeded: 'JOB_RUN_STATE_SUCCEEDED', failed: 'JOB_RUN_STATE_FAILED', aborted: 'JOB_RUN_STATE_ABORTED' } as const;

export function registerJobCommands(program: Command): void {
  const jobs = program.command('jobs').description('background jobs: schedules, runs, run one now');

  jobs
    .command('list')
    .description('every job with its schedule, last run and next run')
    .action(
      action<[]>(async ({ clients, json }) => {
        const response = await call(clients.jobs.listJobs.bind(clients.jobs), {});
        printList(json, response, response.jobs as never[], JOB_COLUMNS as never);
      }),
    );

  jobs
    .command('runs [job]')
    .description('runs, newest first (of one job, or of all)')
    .option('--state <state>', 'running, succeeded, failed or aborted')
    .option('--filter <filter>', 'an AIP-160 filter (see proto/swarmgate/control/v1/jobs.proto)')
    .option('--page-size <n>', 'runs per page', integerArg, 20)
    .option('--page-token <token>', 'continue a previous listing')
    .action(
      action<[string | undefined, { state?: string; filter?: string; pageSize: number; pageToken?: string }]>(async ({ clients, json }, job, options) => {
        const parts = options.filter ? [options.filter] : [];
        if (options.state) {
          const value = STATES[options.state as keyof typeof STATES];
          if (!value) throw new UsageError(`--state must be one of ${Object.keys(STATES).join(', ')}`);
          parts.push(`state = ${value}`);
        }
        const response = await call(clients.jobs.listJobRuns.bind(clients.jobs), {
          parent: job ? jobArg(job) : 'jobs/-',
          filter: parts.join(' AND '),
          pageSize: options.pageSize,
          pageToken: options.pageToken ?? '',
        });
        printList(json, response, response.runs as never[], RUN_COLUMNS as never, response.nextPageToken);
      }),
    );

  jobs
    .command('run <job>')
    .description('run a job now (waits for it to finish)')
    .action(
      action<[string]>(async ({ clients, json }, job) => {
        const run = await call(clients.jobs.runJob.bind(clients.jobs), { name: jobArg(job) });
        printRecord(json, run, RUN_FIELDS as never);
        if (run.state !== 'JOB_RUN_STATE_SUCCEEDED') process.exitCode = 1;
      }),
    );
}
