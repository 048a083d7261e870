/**
 * Runs heavy jobs (`heavy: true`) in a piscina pool, so their CPU work never stalls the control
 * plane's event loop. The pool starts its threads on the first heavy run. The job's events come back
 * over a MessagePort and are published on the runtime's bus in order; the run's AbortSignal is
 * forwarded to the worker.
 */
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { Config } from '../../core/config.js';
import type { JobContext, JobOutcome } from './job.js';
import type { HeavyTask, HeavyTaskControl, HeavyTaskMessage } from './heavy-task.js';

/** How long to wait for the worker's last events after its result arrived. */
const EVENTS_DRAIN_MS = 2000;

export class HeavyJobPool {
  private piscina: Piscina | null = null;

  constructor(
    private readonly databaseUrl: string,
    private readonly config: Config,
    private readonly catalogModule: string | null,
  ) {}

  async run(jobName: string, context: JobContext): Promise<JobOutcome> {
    this.piscina ??= new Piscina({
      filename: new URL('./heavy-task-entry.mjs', import.meta.url).href,
      minThreads: 0,
      maxThreads: 2,
      idleTimeout: 60_000,
    });
    const { port1, port2 } = new MessageChannel();
    let published = Promise.resolve();
    port1.on('message', (message: HeavyTaskMessage) => {
      if (message.type !== 'event') return;
      published = published
        .then(() => context.bus.publish(message.event))
        .catch((err: unknown) => context.log.error({ err, event: message.event }, 'publishing a heavy job event failed'));
    });
    const closed = new Promise<void>((resolve) => port1.once('close', () => resolve()));
    const onAbort = () => port1.postMessage({ type: 'abort', reason: String((context.signal.reason as Error)?.message ?? 'aborted') } satisfies HeavyTaskControl);
    context.signal.addEventListener('abort', onAbort, { once: true });
    const task: HeavyTask = {
      jobName,
      databaseUrl: this.databaseUrl,
      config: this.config,
      clockOffsetMs: context.now().getTime() - Date.now(),
      catalogModule: this.catalogModule,
      port: port2,
    };
    try {
      const outcome = (await this.piscina.run(task, { transferList: [port2] })) as JobOutcome;
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, EVENTS_DRAIN_MS).unref())]);
      await published;
      return outcome;
    } finally {
      context.signal.removeEventListener('abort', onAbort);
      port1.close();
    }
  }

  async destroy(): Promise<void> {
    await this.piscina?.destroy();
    this.piscina = null;
  }
}
