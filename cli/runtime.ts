/**
 * The pieces a running node is made of, opened in order and closed in reverse: the database server
 * (embedded or external), its pool, the event bus, then the planes. `start` and `engine` share this.
 */
import type { Config } from '../core/config.js';
import { openDatabaseServer } from '../core/database-server.js';
import { createPool, type Pool } from '../core/db.js';
import { createEventBus, type EventBus } from '../core/events.js';
import type { Logger } from '../core/log.js';
import { migrateUp, migrationStatus } from '../core/migrations.js';
import { assertPortsFree, type GuardedPort } from '../core/port-guard.js';
import { JobRuntime } from '../control/jobs/runtime.js';
import { Engine } from '../engine/engine.js';
import { runUntilSignal } from './context.js';

/** Time a shutdown may take beyond the final flush's deadline before the process exits anyway. */
export const SHUTDOWN_MARGIN_MS = 15_000;

export interface Runtime {
  databaseUrl: string;
  embedded: boolean;
  pool: Pool;
  bus: EventBus;
  /** Register a piece to stop at shutdown (stopped last-registered first). */
  onStop(stop: () => Promise<void>): void;
  stop(): Promise<void>;
}

export async function openRuntime(config: Config, log: Logger, schema: 'migrate' | 'require-current'): Promise<Runtime> {
  const stops: (() => Promise<void>)[] = [];
  const runtime: Runtime = {
    databaseUrl: '',
    embedded: false,
    pool: undefined as unknown as Pool,
    bus: undefined as unknown as EventBus,
    onStop: (stop) => void stops.push(stop),
    /** Stops everything even when a piece fails (the embedded database must not outlive us); rejects with the first failure. */
    async stop() {
      let failure: unknown = null;
      while (stops.length > 0) {
        try {
          await stops.pop()!();
        } catch (err) {
          failure ??= err;
        }
      }
      if (failure) throw failure;
    },
  };
  try {
    const server = await openDatabaseServer(config, log);
    runtime.onStop(server.stop);
    runtime.databaseUrl = server.url;
    runtime.embedded = server.embedded;
    if (schema === 'migrate') {
      const applied = await migrateUp(server.url);
      log.info({ applied: applied.length }, applied.length ? 'migrations applied' : 'schema is up to date');
    } else {
      const pending = (await migrationStatus(server.url)).filter((m) => !m.appliedAt);
      if (pending.length > 0) throw new Error(`${pending.length} migration(s) pending; run \`swarmgate migrate up\` first`);
    }
    runtime.pool = createPool(server.url, 10, log.child({ module: 'db' }), config.database);
    runtime.onStop(() => runtime.pool.end());
    runtime.bus = await createEventBus(config.redisUrl);
    runtime.onStop(() => runtime.bus.close());
    return runtime;
  } catch (err) {
    await runtime.stop();
    throw err;
  }
}

/** The ports of the planes a command runs, checked before anything is opened. */
export function planePorts(config: Config, planes: { engine?: boolean; control?: boolean }): GuardedPort[] {
  const ports: GuardedPort[] = [];
  if (planes.engine) ports.push({ what: 'the engine (announce/scrape)', host: config.engine.host, port: config.engine.port, env: 'SWARMGATE_ENGINE_PORT' });
  if (planes.control) ports.push({ what: 'the gRPC control plane', host: config.control.host, port: config.control.port, env: 'SWARMGATE_CONTROL_PORT' });
  return ports;
}

/**
 * Check that nobody serves `ports` yet, open the runtime, start the planes with `startPlanes`, and
 * run until SIGINT/SIGTERM. A failure while starting stops whatever was opened and exits 1, saying why.
 * A shutdown exits 1 when it fails (a final flush that could not write everything included) or takes
 * longer than the flush's shutdown deadline plus SHUTDOWN_MARGIN_MS (the rest of the shutdown:
 * workers, pool, event bus, embedded database).
 */
export function runNode(
  config: Config,
  log: Logger,
  schema: 'migrate' | 'require-current',
  ports: GuardedPort[],
  startPlanes: (runtime: Runtime) => Promise<void>,
): Promise<void> {
  let runtime: Runtime | null = null;
  runUntilSignal(log, async () => runtime?.stop(), config.flush.shutdownDeadlineMs + SHUTDOWN_MARGIN_MS);
  return (async () => {
    try {
      await assertPortsFree(ports);
      runtime = await openRuntime(config, log, schema);
      await startPlanes(runtime);
    } catch (err) {
      log.fatal({ err }, `start failed: ${err instanceof Error ? err.message : String(err)}`);
      await runtime?.stop().catch(() => undefined);
      process.exit(1);
    }
  })();
}

/** Start the announce/scrape engine (with its flusher) on the runtime; it stops with the runtime. */
export async function startEngine(config: Config, runtime: Runtime, log: Logger): Promise<Engine> {
  const engine = await Engine.start({
    config: config.engine,
    flush: config.flush,
    indexers: config.indexers,
    pool: runtime.pool,
    bus: runtime.bus,
    log: log.child({ module: 'engine' }),
    streamPool: config.pool,
  });
  runtime.onStop(() => engine.stop());
  return engine;
}

/**
 * The node's job runtime (control/jobs/runtime.ts), created before the control plane so JobService
 * and /metrics can use it; a bad jobs.schedules entry stops the start here. Call startJobs once the
 * control plane serves.
 */
export function createJobs(config: Config, runtime: Runtime, log: Logger): JobRuntime {
  return new JobRuntime({ pool: runtime.pool, bus: runtime.bus, log, config });
}

/** Start scheduling; at shutdown the jobs stop first (running ones aborted, their rows closed). */
export function startJobs(jobs: JobRuntime, runtime: Runtime): void {
  jobs.start();
  runtime.onStop(() => jobs.stop());
}
