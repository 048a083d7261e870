/** Everything `swarmgate bench` can be told, with the defaults of a short run on a small machine. */
import { join } from 'node:path';
import { defaultEngineWorkers } from '../../core/config.js';
import { projectRoot } from '../../core/paths.js';
import type { DriverName } from '../load/load-spec.js';
import { DEFAULT_EVENTS, type EventShares } from '../mix/mix-options.js';
import type { TargetName } from '../targets/target.js';

/**
 * keepalive / close / scrape: the side-by-side rows; memory, latency, restart: the scale runs;
 * flush: peer upserts while serving; control: gRPC calls per second; searchlog: search reports
 * into the engine; bonus: one bonus accrual pass (these two only when asked for).
 */
export type RunName = 'keepalive' | 'close' | 'scrape' | 'flush' | 'control' | 'pool' | 'searchlog' | 'memory' | 'latency' | 'restart' | 'bonus';

/** pool: stream leases against the engine and the pool document's SQL way (`--runs pool`). */
export const ALL_RUNS: readonly RunName[] = ['keepalive', 'close', 'scrape', 'flush', 'control', 'pool', 'searchlog', 'memory', 'latency', 'restart', 'bonus'];
export const DEFAULT_RUNS: readonly RunName[] = ['keepalive', 'close', 'scrape', 'flush', 'control'];
export const SCALE_RUNS: readonly RunName[] = ['memory', 'latency', 'restart'];

export interface BenchOptions {
  /** Any URL of the PostgreSQL server the scratch database is created on. */
  databaseUrl: string;
  users: number;
  torrents: number;
  /** Peers of the request mix (every tracker is filled with them before measuring). */
  peers: number;
  seederShare: number;
  zipf: number;
  numwant: number;
  events: EventShares;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  engineWorkers: number;
  /** The engine's min interval for the run: 1 s, so repeated announces do the full work (see docs/benchmarks.md). */
  minInterval: number;
  /** Further SWARMGATE_* settings for every engine the bench starts (e.g. SWARMGATE_FLUSH_INTERVAL_MS=1000). */
  engineEnv: Record<string, string>;
  runs: RunName[];
  targets: TargetName[];
  /** Keep-alive drivers; new-connection rows always use wrk. */
  drivers: DriverName[];
  wrkThreads: number;
  /** Memory-per-peer sizes (the largest also gets the latency run). */
  scalePeers: number[];
  /** Trackers other than Swarmgate filled in the memory run (at the smallest size only). */
  scaleReferences: boolean;
  /** Offered rate of the fixed-rate latency run at the largest size. */
  scaleRate: number;
  restartPeers: number;
  /** How long the restart run waits for the engine to serve before reporting that it did not (no CLI flag yet: cli/ sets the default). */
  restartTimeoutSeconds: number;
  flushSeconds: number;
  controlSeconds: number;
  /** Seconds of reports in the searchlog run. */
  searchlogSeconds: number;
  /** Bonus run: seeding (user, torrent) pairs, users and torrents of its own scratch database. */
  bonusPeers: number;
  bonusUsers: number;
  bonusTorrents: number;
  /** Pool run: measured seconds per side, keys, each key's stream cap, sessions in flight. */
  poolSeconds: number;
  poolKeys: number;
  poolCap: number;
  poolConcurrency: number;
  outDir: string;
  keepDatabase: boolean;
  /** Write V8 CPU profiles of the engine (every thread) for each Swarmgate process the bench starts. */
  cpuProfile: boolean;
  /** Log V8's collections of every engine thread (node --trace-gc) and summarize them per thread. */
  traceGc: boolean;
  seed: number;
}

export function defaultOptions(): BenchOptions {
  return {
    databaseUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    users: 10_000,
    torrents: 10_000,
    peers: 100_000,
    seederShare: 0.7,
    zipf: 0.9,
    numwant: 50,
    events: DEFAULT_EVENTS,
    durationSeconds: 10,
    warmupSeconds: 2,
    connections: 100,
    engineWorkers: defaultEngineWorkers(),
    minInterval: 1,
    engineEnv: {},
    runs: [...DEFAULT_RUNS],
    targets: ['swarmgate', 'bare-uws', 'opentracker', 'bittorrent-tracker'],
    drivers: ['autocannon', 'wrk'],
    wrkThreads: 1,
    scalePeers: [1_000_000, 5_000_000],
    scaleReferences: true,
    scaleRate: 20_000,
    restartPeers: 1_000_000,
    restartTimeoutSeconds: 120,
    flushSeconds: 20,
    controlSeconds: 10,
    searchlogSeconds: 5,
    bonusPeers: 1_000_000,
    bonusUsers: 100_000,
    bonusTorrents: 100_000,
    poolSeconds: 5,
    poolKeys: 10,
    poolCap: 3,
    poolConcurrency: 32,
    outDir: join(projectRoot, 'bench', 'results'),
    keepDatabase: false,
    cpuProfile: false,
    traceGc: false,
    seed: 20_251_105,
  };
}
