/**
 * JobService: the jobs of the catalog as the job runtime (control/jobs/runtime.ts) schedules them on
 * this node, their runs from job_logs, and RunJob, which goes through the runtime so a manual run
 * takes the same lock and writes the same job_logs row as a scheduled one.
 */
import { status } from '@grpc/grpc-js';
import { ControlError, failedPrecondition, notFound } from '../errors/control-error.js';
import { compileFilter, filterValues, type FilterField } from '../filter.js';
import type { Job } from '../generated/swarmgate/control/v1/Job.js';
import type { JobServiceHandlers } from '../generated/swarmgate/control/v1/JobService.js';
import { databaseNow, latestRuns } from '../jobs/job-log.js';
import { JobBusyError, RuntimeStoppingError, UnknownJobError, type JobRuntime } from '../jobs/runtime.js';
import { fetchPage } from '../pagination.js';
import { unary } from '../server/unary.js';
import { toTimestamp } from '../timestamps.js';
import type { ServiceDeps } from './deps.js';
import { jobName, parseJobName, RUN_PAGE_SELECT, RUN_STATE, RUN_TRIGGER, toJobRunMessage, type PagedRunRow } from './jobs/job-records.js';

const inverse = (mapping: Record<string, string>) => Object.fromEntries(Object.entries(mapping).map(([stored, shown]) => [shown, stored]));

const RUN_FILTER: Record<string, FilterField> = {
  state: { column: 'j.status', operators: ['=', '!='], convert: filterValues.enumeration(inverse(RUN_STATE)) },
  trigger: { column: 'j.trigger', operators: ['=', '!='], convert: filterValues.enumeration(inverse(RUN_TRIGGER)) },
  start_time: { column: 'j.started_at', operators: ['<', '<=', '>', '>='], convert: filterValues.timestamp },
};

function noRuntime(): ControlError {
  return new ControlError(status.UNAVAILABLE, 'this server runs no job runtime', { reason: 'JOB_RUNTIME_STOPPING' });
}

/** `jobs` is the node's job runtime; without one (a bare control server in tests) every call is UNAVAILABLE. */
export function jobServiceHandlers(deps: ServiceDeps, jobs: JobRuntime | undefined): JobServiceHandlers {
  const { pool } = deps;
  const runtime = (): JobRuntime => {
    if (!jobs) throw noRuntime();
    return jobs;
  };
  const known = (name: string): string => {
    if (!runtime().job(name)) throw notFound(jobName(name), `no job named "${name}"`);
    return name;
  };

  return {
    ListJobs: unary(async () => {
      const settings = runtime().jobs();
      const last = await latestRuns(pool, settings.map((s) => s.definition.name));
      const now = await databaseNow(pool);
      const list: Job[] = settings.map(({ definition, schedule, enabled }) => {
        const run = last.get(definition.name);
        const on = enabled && runtime().schedulerEnabled;
        return {
          name: jobName(definition.name),
          description: definition.description,
          schedule: schedule.text,
          defaultSchedule: definition.defaultSchedule,
          enabled: on,
          heavy: definition.heavy ?? false,
          lastRun: run ? toJobRunMessage(run) : null,
          nextRunTime: on ? toTimestamp(schedule.dueAt(run?.started_at ?? null, now)) : null,
        };
      });
      return { jobs: list };
    }),

    ListJobRuns: unary(async (request) => {
      const params: unknown[] = [];
      const conditions = compileFilter(request.filter, RUN_FILTER, params);
      if (request.parent !== 'jobs/-') {
        params.push(known(parseJobName(request.parent, 'parent')));
        conditions.push(`j.job_name = $${params.length}`);
      }
      const result = await fetchPage<PagedRunRow>(pool, {
        select: RUN_PAGE_SELECT,
        alias: 'j',
        conditions,
        params,
        pageSize: request.pageSize,
        pageToken: request.pageToken,
        scope: { parent: request.parent, filter: request.filter },
        keyset: { time: 'j.started_at', id: 'j.id', idType: 'bigint' },
      });
      return { runs: result.rows.map(toJobRunMessage), nextPageToken: result.nextPageToken };
    }),

    RunJob: unary(async (request) => {
      const name = known(parseJobName(request.name, 'name'));
      try {
        return toJobRunMessage(await runtime().runNow(name));
      } catch (err) {
        if (err instanceof JobBusyError) throw failedPrecondition('JOB_RUNNING', err.message, { job: jobName(name) });
        if (err instanceof UnknownJobError) throw notFound(jobName(name));
        if (err instanceof RuntimeStoppingError) throw new ControlError(status.UNAVAILABLE, err.message, { reason: 'JOB_RUNTIME_STOPPING' });
        throw err;
      }
    }),
  };
}

