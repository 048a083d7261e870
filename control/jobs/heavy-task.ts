/**
 * The piscina task that runs a heavy job (`heavy: true`) in a worker thread, off the control
 * plane's event loop. A JobDefinition's run() cannot cross threads, so the task names the job and
 * the worker finds it in the catalog itself, with its own database pool (one per worker thread).
 * Events the job publishes and the abort of its signal travel over the task's MessagePort.
 */
import type { MessagePort } from 'node:worker_threads';
import type { Config } from '../../core/config.js';
import { createPool, type Pool } from '../../core/db.js';
import type { DomainEvent, EventBus } from '../../core/events.js';
import { createLogger } from '../../core/log.js';
import type { JobDefinition, JobOutcome } from './job.js';

export interface HeavyTask {
  jobName: string;
  databaseUrl: string;
  config: Config;
  /** The runtime's clock minus Date.now() when the task was sent: the job sees the same time. */
  clockOffsetMs: number;
  /** URL of a module exporting allJobs(); default the job catalog. */
  catalogModule: string | null;
  port: MessagePort;
}

/** Worker -> runtime. */
export type HeavyTaskMessage = { type: 'event'; event: DomainEvent };
/** Runtime -> worker. */
export type HeavyTaskControl = { type: 'abort'; reason: string };

const pools = new Map<string, Pool>();

async function findJob(name: string, catalogModule: string | null): Promise<JobDefinition> {
  const catalog = (catalogModule ? await import(catalogModule) : await import('./catalog.js')) as { allJobs(): JobDefinition[] };
  const definition = catalog.allJobs().find((job) => job.name === name);
  if (!definition) throw new Error(`no job named "${name}" in the catalog`);
  return definition;
}

export default async function runHeavyJob(task: HeavyTask): Promise<JobOutcome> {
  const { port } = task;
  const log = createLogger(task.config.logLevel).child({ module: 'jobs', job: task.jobName, thread: 'heavy' });
  const controller = new AbortController();
  port.on('message', (message: HeavyTaskControl) => {
    if (message.type === 'abort') controller.abort(new Error(message.reason));
  });
  try {
    const definition = await findJob(task.jobName, task.catalogModule);
    let pool = pools.get(task.databaseUrl);
    if (!pool) {
      pool = createPool(task.databaseUrl, 4, log);
      pools.set(task.databaseUrl, pool);
    }
    const bus: EventBus = {
      publish: async (event) => port.postMessage({ type: 'event', event } satisfies HeavyTaskMessage),
      subscribe: () => () => undefined,
      close: async () => undefined,
    };
    return await definition.run({
      pool,
      bus,
      log,
      config: task.config,
      now: () => new Date(Date.now() + task.clockOffsetMs),
      signal: controller.signal,
    });
  } finally {
    // Closing our end tells the runtime every event has been sent.
    port.close();
  }
}
