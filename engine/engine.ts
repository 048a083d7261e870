/**
 * The engine supervisor (main thread): loads the catalog, spawns the workers with their share of
 * the swarms, turns event-bus events into catalog changes for them, and stops them cleanly.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { Config } from '../core/config.js';
import type { Pool } from '../core/db.js';
import type { DomainEvent, EventBus } from '../core/events.js';
import type { Logger } from '../core/log.js';
import * as loader from './catalog-loader.js';
import { decodePeerRecords, type PeerDelta } from './flush/peer-records.js';
import { decodeTorrentCounts, drainedBuffers, type TorrentCounts, type WorkerDrain } from './flush/peer-journal.js';
import type { CatalogChange, SupervisorToWorker, SwarmSnapshot, WorkerData, WorkerToSupervisor } from './messages.js';
import { Flusher } from './flush/flusher.js';
import { SearchLogIngest } from './indexers/search-log-ingest.js';
import { createMetricsBuffer, createMetricsRegistry, FlushMetrics } from './metrics.js';
import { Http10Bridge, newBridgeToken } from './http10-bridge.js';
import { OpsListener } from './ops-listener.js';
import { registerPoolMetrics } from './pool/pool-metrics.js';
import type { Catalog } from './records.js';
import { createLeechingBuffer, LeechingCounters } from './shared-counters.js';
import { createSwarmCountsBuffer } from './state/swarm-counts.js';
import { uwsFallbackReason } from './uws.js';
import { poolMasterKeyProblem, PoolSupervisor } from './pool/pool-supervisor.js';
import { ServiceSupervisor } from './service/service-supervisor.js';

export interface EngineOptions {
  config: Config['engine'];
  /** Flush what the engine counts to PostgreSQL; without it nothing is written (tests that inspect). */
  flush?: Config['flush'];
  pool: Pool;
  bus?: EventBus;
  log: Logger;
  /**
   * Search-log ingestion (engine/indexers/): POST /api/v1/search-logs on the service listener
   * (engine.serviceHost:engine.servicePort) when indexers.ingestEnabled is on and the engine flushes.
   */
  indexers?: Config['indexers'];
  /** The debrid key pool (engine/pool/): its routes on the service listener, only with a master key. */
  streamPool?: Config['pool'];
}

/**
 * Worker entry: the compiled worker.js next to this file. When running from the TypeScript sources
 * (tests, `tsx`), a small bootstrap registers tsx inside the worker first, because loader flags
 * given to the main thread do not reach worker threads.
 */
function workerEntry(): { entry: URL | string; eval: boolean } {
  const source = extname(fileURLToPath(import.meta.url)) === '.ts';
  const url = new URL(source ? './worker.ts' : './worker.js', import.meta.url);
  if (!source) return { entry: url, eval: false };
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`;
  return { entry: bootstrap, eval: true };
}

/** What `inspect` returns: live swarms and the journal not yet flushed. */
export interface EngineSnapshot {
  swarms: SwarmSnapshot[];
  peers: PeerDelta[];
  torrents: TorrentCounts[];
}

/** `fn`'s result and how long it took (the start log gives each phase). */
async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await fn();
  return { value, ms: Date.now() - started };
}

export class Engine {
  private readonly workers: Worker[] = [];
  private readonly indexes = new loader.UserIndexes();
  private leeching!: LeechingCounters;
  private unsubscribe: (() => void) | null = null;
  private flusher: Flusher | null = null;
  private searchLogs: SearchLogIngest | null = null;
  private ops: OpsListener | null = null;
  private bridge: Http10Bridge | null = null;
  private pool: PoolSupervisor | null = null;
  /** The service listener's tokens and messages (engine/service/): on when the pool or search logs are. */
  private service: ServiceSupervisor | null = null;
  private nextRequestId = 1;
  /** Event handling is serialised so changes reach workers in the order they happened. */
  private eventChain: Promise<void> = Promise.resolve();

  private constructor(private readonly options: EngineOptions) {}

  static async start(options: EngineOptions): Promise<Engine> {
    const reason = uwsFallbackReason();
    if (reason && !options.config.allowSlowUws) {
      throw new Error(`uWebSockets.js would run on its slow JS fallback: ${reason}. Set SWARMGATE_ALLOW_SLOW_UWS=true to start anyway.`);
    }
    const engine = new Engine(options);
    await engine.spawn();
    return engine;
  }

  get port(): number {
    return this.options.config.port;
  }

  /** Port of the HTTP/1.0 bridge, or 0 when it is off. */
  get http10Port(): number {
    return this.bridge?.port ?? 0;
  }

  /** Port of the operations listener (/metrics, /healthz). */
  get opsPort(): number {
    return this.ops?.port ?? 0;
  }

  private async spawn(): Promise<void> {
    const { config, pool, log, flush } = this.options;
    const started = Date.now();
    const n = config.workers;
    // Before the settings are read: at the first start the configured ports fill blacklisted_ports.
    await loader.seedBlacklistedPorts(pool, config.blacklistedPorts);
    // Everything is read at once on separate connections: PostgreSQL works on the recount and the
    // catalog while this thread decodes the peers. The peers table is what the last flush left: the
    // torrents' stored counts start from it (the workers never read those counts).
    const [recount, groups, users, torrents, ipBans, clientBlacklist, settings, peers] = await Promise.all([
      flush ? timed(() => loader.recountTorrentPeers(pool)) : null,
      loader.loadGroups(pool),
      loader.loadUsers(pool, this.indexes),
      loader.loadTorrents(pool, this.indexes),
      loader.loadIpBans(pool),
      loader.loadClientBlacklist(pool),
      loader.loadSettings(pool),
      timed(() => loader.loadPeers(pool, this.indexes, n)),
    ]);
    const peersByOwner = peers.value;
    const peerCount = peersByOwner.reduce((sum, share) => sum + share.count, 0);
    // A large peers table takes seconds to load: say so, so a slow start is not mistaken for a hang.
    log.info(
      { users: users.length, torrents: torrents.length, peers: peerCount, peersMs: peers.ms, recountMs: recount?.ms, ms: Date.now() - started },
      'catalog loaded, starting workers',
    );
    if (this.options.streamPool) {
      const problem = poolMasterKeyProblem(this.options.streamPool);
      if (problem) log.warn(problem);
      else {
        this.pool = await PoolSupervisor.load({
          config: this.options.streamPool,
          pool,
          indexes: this.indexes,
          log: log.child({ module: 'pool' }),
          flushToDatabase: Boolean(flush),
        });
      }
    }
    if (flush && this.options.indexers?.ingestEnabled) {
      this.searchLogs = await SearchLogIngest.load({
        config: this.options.indexers,
        pool,
        flushSoon: () => this.flusher?.requestFlush(),
        tellWorkers: (message) => this.service!.tell(message),
      });
    }
    if (this.pool || this.searchLogs) this.service = await ServiceSupervisor.load(pool, log.child({ module: 'service' }));
    const leechingBuffer = createLeechingBuffer(this.indexes.size);
    this.leeching = new LeechingCounters(leechingBuffer);
    const metricsBuffer = createMetricsBuffer(config.workers);
    const bridgeToken = newBridgeToken();

    // One channel per pair of workers: ports[i][j] is worker i's end towards worker j.
    const ports: (MessagePort | undefined)[][] = Array.from({ length: n }, () => new Array(n).fill(undefined));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const channel = new MessageChannel();
        ports[i]![j] = channel.port1;
        ports[j]![i] = channel.port2;
      }
    }
    // Every worker gets every torrent, in the same order: a swarm's id is then the same on all of them.
    const swarmCountsBuffer = createSwarmCountsBuffer(torrents.length);

    const entry = workerEntry();
    for (let i = 0; i < n; i++) {
      const catalog: Catalog = { groups, users, torrents, ipBans, clientBlacklist, settings };
      const data: WorkerData = {
        config,
        bridgeToken,
        workerIndex: i,
        workerCount: n,
        leechingBuffer,
        swarmCountsBuffer,
        metricsBuffer,
        catalog,
        peers: peersByOwner[i]!,
        flushBatchPeers: flush?.batchPeers ?? 0,
        announceLog: flush?.announceLog ?? false,
        peerPorts: ports[i]!,
        pool: this.pool?.workerData(),
        service: this.service
          ? { host: config.serviceHost, port: config.servicePort, tokens: this.service.tokens.all(), searchLogs: this.searchLogs?.workerData() }
          : undefined,
      };
      const worker = new Worker(entry.entry, {
        eval: entry.eval,
        workerData: data,
        // The packed peers move to the worker (no copy); the supervisor keeps nothing of them.
        transferList: [...ports[i]!.filter((p): p is MessagePort => p !== undefined), peersByOwner[i]!.buffer],
        name: `engine-${i}`,
        // A worker keeps no per-peer objects on its heap, only per-request garbage; V8's default young
        // generation grew to its 64-bit maximum with it and stayed committed: about 20 MiB of RSS per
        // worker. 8 MiB cost nothing measurable in announces/s or CPU per announce
        // (docs/benchmarks.md, "Where a peer's RSS goes").
        resourceLimits: { maxYoungGenerationSizeMb: 8 },
      });
      this.workers.push(worker);
      worker.on('error', (err) => log.error({ err, worker: i }, 'engine worker failed'));
      // From the moment the worker listens: its search-log route hands validated reports to the buffer.
      worker.on('message', (m: WorkerToSupervisor) => {
        if (m.type !== 'search-logs') return;
        const outcome = this.searchLogs?.receive(m.held) ?? 'full';
        worker.postMessage({ type: 'service', message: { kind: 'search-logs-result', requestId: m.requestId, outcome } } satisfies SupervisorToWorker);
      });
    }
    try {
      // Two steps, so that no worker serves while another is still restoring the swarms it owns
      // (an announce handed to it would wait): every worker restores, then all listen.
      await this.fromEveryWorker('restored');
      for (const worker of this.workers) worker.postMessage({ type: 'listen' } satisfies SupervisorToWorker);
      await this.fromEveryWorker('ready');
    } catch (err) {
      await this.pool?.stop();
      // Never terminate() a thread holding uWS sockets (that aborts the process): stop them in order.
      await this.stopServing();
      await this.exitWorkers();
      throw err;
    }
    for (const worker of this.workers) {
      worker.on('message', (m: WorkerToSupervisor) => {
        if (m.type === 'journal-full') this.flusher?.requestFlush();
        if (m.type === 'passkey-guessing') {
          log.warn({ address: m.address, worker: m.workerIndex, count: m.count }, 'passkey guessing: address past the unknown-passkey limit, refused for the rest of the minute');
        }
      });
    }
    try {
      const registry = createMetricsRegistry(metricsBuffer, n);
      // The pool's figures live in shared cells: the supervisor renders them like the workers' counters.
      if (this.pool) registerPoolMetrics(registry, this.pool.state);
      this.ops = await OpsListener.start({
        host: config.opsHost,
        port: config.opsPort,
        registry,
        metricsBuffer,
        workers: n,
        degradedStatus: config.healthDegradedStatus,
      });
      if (config.http10Port !== undefined) {
        const engineHost = config.host === '0.0.0.0' ? '127.0.0.1' : config.host === '::' ? '::1' : config.host;
        this.bridge = await Http10Bridge.start({ host: config.host, port: config.http10Port, engineHost, enginePort: config.port, token: bridgeToken });
      }
    } catch (err) {
      await this.ops?.close();
      await this.stopServing();
      await this.exitWorkers();
      throw new Error(`cannot listen on the operations (${config.opsHost}:${config.opsPort}) or HTTP/1.0 port: ${(err as Error).message}`);
    }
    if (flush) {
      this.flusher = new Flusher({
        config: flush,
        pool,
        drain: () => this.drain(),
        giveBack: (drains) => this.giveBack(drains),
        userIdOf: (index) => this.indexes.idOf(index),
        metrics: new FlushMetrics(metricsBuffer, n),
        log: log.child({ module: 'flush' }),
        sides: this.searchLogs ? [this.searchLogs.buffer] : [],
      });
      this.flusher.start();
    }
    this.pool?.start((message, pick) => this.askAll(message, pick));
    this.service?.start(async (message) => {
      await this.askAll({ type: 'service', message }, (m) => (m.type === 'service-applied' ? true : undefined));
    });
    if (this.options.bus) this.unsubscribe = this.options.bus.subscribe((event) => this.onEvent(event));
    log.info(
      { workers: n, port: config.port, opsPort: this.opsPort, servicePort: this.service ? config.servicePort : undefined, users: users.length, torrents: torrents.length, peers: peerCount, ms: Date.now() - started },
      'engine listening',
    );
  }

  /** Resolves when every worker has sent `type`; rejects when one fails to listen, errors or exits first. */
  private fromEveryWorker(type: 'restored' | 'ready'): Promise<void[]> {
    return Promise.all(
      this.workers.map(
        (worker, i) =>
          new Promise<void>((resolve, reject) => {
            const settle = (outcome: () => void) => {
              worker.off('message', onMessage).off('error', onError).off('exit', onExit);
              outcome();
            };
            const onMessage = (m: WorkerToSupervisor) => {
              if (m.type === type) settle(resolve);
              if (m.type === 'listen-failed') settle(() => reject(new Error(m.reason)));
            };
            const onError = (err: Error) => settle(() => reject(err));
            const onExit = (code: number) => settle(() => reject(new Error(`engine worker ${i} exited with code ${code} during start`)));
            worker.on('message', onMessage).on('error', onError).on('exit', onExit);
          }),
      ),
    );
  }

  private onEvent(event: DomainEvent): void {
    this.eventChain = this.eventChain
      .then(() => this.changesFor(event))
      .then((changes) => this.apply(changes))
      .then(() => this.pool?.onEvent(event))
      .then(() => this.service?.onEvent(event))
      .then(() => this.searchLogs?.onEvent(event))
      .catch((err: unknown) => this.options.log.error({ err, event }, 'applying event failed'));
  }

  /** Resolves once every event received so far has reached every worker. */
  settled(): Promise<void> {
    return this.eventChain;
  }

  /** Reload what `event` names from PostgreSQL and express it as catalog changes. */
  private async changesFor(event: DomainEvent): Promise<CatalogChange[]> {
    const { pool } = this.options;
    switch (event.type) {
      case 'user.changed': {
        const user = await loader.loadUser(pool, this.indexes, event.userId);
        if (user) this.growUserCells();
        if (user) return [{ kind: 'user', user }];
        const index = this.indexes.indexOf(event.userId);
        return [{ kind: 'user-removed', userIndex: index }];
      }
      case 'group.changed': {
        const group = await loader.loadGroup(pool, event.groupId);
        return group ? [{ kind: 'group', group }] : [];
      }
      case 'torrent.changed':
      case 'freeleech_tokens.changed': {
        const torrent = await loader.loadTorrent(pool, this.indexes, event.torrentId);
        this.growUserCells();
        return torrent ? [{ kind: 'torrent', torrent }] : [];
      }
      case 'bans.changed': {
        // Account and download bans change users; reload them all (bans are rare events).
        const [bans, users] = await Promise.all([loader.loadIpBans(pool), loader.loadUsers(pool, this.indexes)]);
        this.growUserCells();
        return [{ kind: 'ip-bans', bans }, ...users.map((user) => ({ kind: 'user', user }) as const)];
      }
      case 'client_blacklist.changed':
        return [{ kind: 'client-blacklist', prefixes: await loader.loadClientBlacklist(pool) }];
      case 'settings.changed':
        return [{ kind: 'settings', settings: await loader.loadSettings(pool) }];
      case 'pool_key.changed':
      case 'pool_slots.changed':
      case 'pool_stream.end_requested':
      case 'indexer.changed':
        // The pool's own state (engine/pool/) and the search-log ingest (engine/indexers/) handle these;
        // they change nothing in the announce catalog.
        return [];
    }
  }

  /** Per-user shared cells make room for every user index handed out (before a worker sees it). */
  private growUserCells(): void {
    this.leeching.ensureCapacity(this.indexes.size);
    this.pool?.ensureUserCapacity(this.indexes.size);
  }

  /** The debrid key pool's supervisor side (null when the pool is off). */
  get streamPool(): PoolSupervisor | null {
    return this.pool;
  }

  /** Send changes to every worker and wait until each has applied them. */
  async apply(changes: CatalogChange[]): Promise<void> {
    if (changes.length === 0) return;
    await this.askAll({ type: 'catalog', changes }, (m) => (m.type === 'applied' ? true : undefined));
  }

  /** Every worker's unflushed journal (decoded) and swarms, without draining anything. */
  async inspect(): Promise<EngineSnapshot> {
    const requestId = this.nextRequestId++;
    const snapshots = await this.askAll({ type: 'inspect', requestId }, (m) =>
      m.type === 'inspect-result' && m.requestId === requestId ? m.snapshot : undefined,
    );
    return {
      swarms: snapshots.flatMap((s) => s.swarms),
      peers: snapshots.flatMap((s) => decodePeerRecords(s.journal.records, s.journal.torrentIds)),
      torrents: snapshots.flatMap((s) => decodeTorrentCounts(s.journal)),
    };
  }

  /** Take every worker's journal for the flusher; the workers start new ones. */
  async drain(): Promise<WorkerDrain[]> {
    const requestId = this.nextRequestId++;
    return this.askAll({ type: 'drain', requestId }, (m) => (m.type === 'drain-result' && m.requestId === requestId ? m.drain : undefined));
  }

  /**
   * Give the buffers of drains the flusher has merged (`drains` as `drain()` returned them, one per
   * worker in order) back to the workers that drained them, for their next drains.
   */
  giveBack(drains: WorkerDrain[]): void {
    drains.forEach((drain, i) => {
      const buffers = drainedBuffers(drain);
      this.workers[i]?.postMessage({ type: 'spare-buffers', buffers } satisfies SupervisorToWorker, buffers);
    });
  }

  /** Post `message` to every worker and collect, from each, the first reply `pick` accepts. */
  private askAll<T>(message: SupervisorToWorker, pick: (m: WorkerToSupervisor) => T | undefined): Promise<T[]> {
    return Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<T>((resolve) => {
            const onMessage = (m: WorkerToSupervisor) => {
              const picked = pick(m);
              if (picked === undefined) return;
              worker.off('message', onMessage);
              resolve(picked);
            };
            worker.on('message', onMessage);
            worker.postMessage(message);
          }),
      ),
    );
  }

  userIdOf(index: number): string | undefined {
    return this.indexes.idOf(index);
  }

  /** Write everything drained and counted so far (tests and operators' checkpoints). */
  async flushNow(): Promise<void> {
    await this.flusher?.flushNow();
    await this.pool?.flushNow();
  }

  /**
   * Stop accepting, let requests in flight finish, flush what was counted (within
   * flush.shutdownDeadlineMs), then end the workers. Rejects when the final flush left deltas
   * unwritten, so the process exits non-zero: its accounting is incomplete.
   */
  async stop(): Promise<void> {
    this.unsubscribe?.();
    await this.eventChain;
    await this.bridge?.close();
    await this.stopServing();
    await this.pool?.stop();
    this.service?.stop();
    const flushed = (await this.flusher?.stop()) ?? true;
    await this.exitWorkers();
    await this.ops?.close();
    if (!flushed) throw new Error('engine stopped, but the final flush failed: deltas counted since the last written batch are lost');
    this.options.log.info('engine stopped');
  }

  /**
   * Every running worker closes its listen socket, finishes the hand-offs in flight and closes its
   * connections. A worker that has already exited (crashed, or failed at start) counts as stopped.
   */
  private async stopServing(): Promise<void> {
    await Promise.all(
      this.workers.filter((w) => w.threadId >= 0).map(
        (worker) =>
          new Promise<void>((resolve) => {
            const done = () => {
              worker.off('message', onMessage).off('exit', done);
              resolve();
            };
            const onMessage = (m: WorkerToSupervisor) => m.type === 'stopped' && done();
            worker.on('message', onMessage).on('exit', done);
            worker.postMessage({ type: 'stop' } satisfies SupervisorToWorker);
          }),
      ),
    );
  }

  /** Every worker has stopped serving: let each thread end on its own (terminate only if it hangs). */
  private async exitWorkers(): Promise<void> {
    await Promise.all(
      this.workers.map(async (worker) => {
        if (worker.threadId < 0) return; // already exited
        const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
        worker.postMessage({ type: 'exit' } satisfies SupervisorToWorker);
        const timer = setTimeout(() => void worker.terminate(), 5000);
        await exited;
        clearTimeout(timer);
      }),
    );
  }
}
