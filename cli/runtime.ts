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
import { Engine } from '../engine/engine.js';
import { runUntilSignal } from './context.js';

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
    async stop() {
      while (stops.length > 0) await stops.pop()!();
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
    runtime.pool = createPool(server.url, 10, log.child({ module: 'db' }));
    runtime.onStop(() => runtime.pool.end());
    runtime.bus = await createEventBus(config.redisUrl);
    runtime.onStop(() => runtime.bus.close());
    return runtime;
  } catch (err) {
    await runtime.stop();
    throw err;
  }
}

/**
 * Open the runtime, start the planes with `startPlanes`, and run until SIGINT/SIGTERM. A failure
 * while starting stops whatever was opened and exits 1.
 */
export function runNode(
  config: Config,
  log: Logger,
  schema: 'migrate' | 'require-current',
  startPlanes: (runtime: Runtime) => Promise<void>,
): Promise<void> {
  let runtime: Runtime | null = null;
  runUntilSignal(log, async () => runtime?.stop());
  return (async () => {
    try {
      runtime = await openRuntime(config, log, schema);
      await startPlanes(runtime);
    } catch (err) {
      log.fatal({ err }, 'start failed');
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
    pool: runtime.pool,
    bus: runtime.bus,
    log: log.child({ module: 'engine' }),
    streamPool: config.pool,
  });
  runtime.onStop(() => engine.stop());
  return engine;
}
