/**
 * `swarmgate bench`: the operator load benchmark (bench/): seeds a scratch database, starts the
 * engine and the reference trackers one at a time, drives the same request mixes against each, and
 * writes results.json, summary.md and chart.svg under bench/results/.
 */
import { type Command, InvalidArgumentError } from 'commander';
import { ALL_RUNS, SCALE_RUNS, defaultOptions, type BenchOptions, type RunName } from '../../bench/suite/options.js';
import { runBench } from '../../bench/suite/run-suite.js';
import { TARGET_NAMES, type TargetName } from '../../bench/targets/target.js';
import type { DriverName } from '../../bench/load/load-spec.js';
import { commandContext } from '../context.js';

/** Whole numbers, with k / M suffixes for the large ones (5M = 5,000,000). */
function count(value: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(value.replace(/_/g, ''));
  const n = match ? Number(match[1]) * (match[2] ? (match[2].toLowerCase() === 'k' ? 1e3 : 1e6) : 1) : NaN;
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number >= 1 (k and M suffixes allowed), got ${value}`);
  return n;
}

function share(value: string): number {
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError(`expected a number from 0 to 1, got ${value}`);
  return n;
}

function nonNegative(value: string): number {
  const n = Number(value);
  if (!(n >= 0) || !Number.isFinite(n)) throw new InvalidArgumentError(`expected a number >= 0, got ${value}`);
  return n;
}

function listOf<T extends string>(allowed: readonly T[]): (value: string) => T[] {
  return (value) => {
    const items = value.split(',').map((s) => s.trim()).filter(Boolean);
    const bad = items.filter((item) => !allowed.includes(item as T));
    if (bad.length > 0 || items.length === 0) throw new InvalidArgumentError(`expected a comma-separated list of ${allowed.join(', ')}; got ${value}`);
    return items as T[];
  };
}

/**
 * Collects repeated --engine-env NAME=value options; only engine settings, never credentials or paths.
 * glibc's malloc settings count as engine settings: the memory run compares allocator choices with them.
 */
function engineSetting(value: string, previous: Record<string, string>): Record<string, string> {
  const match = /^(SWARMGATE_[A-Z0-9_]+|MALLOC_ARENA_MAX|MALLOC_TRIM_THRESHOLD_|MALLOC_TOP_PAD_|MALLOC_MMAP_THRESHOLD_)=(.*)$/.exec(value);
  if (!match) throw new InvalidArgumentError(`expected SWARMGATE_NAME=value (or a glibc MALLOC_* setting), got ${value}`);
  return { ...previous, [match[1]!]: match[2]! };
}

function countList(value: string): number[] {
  return value.split(',').map((s) => count(s.trim()));
}

interface CliOptions {
  databaseUrl?: string;
  users: number;
  torrents: number;
  peers: number;
  seeders: number;
  zipf: number;
  numwant: number;
  duration: number;
  warmup: number;
  connections: number;
  workers: number;
  minInterval: number;
  engineEnv: Record<string, string>;
  runs: RunName[];
  scale?: boolean;
  targets: TargetName[];
  drivers: DriverName[];
  wrkThreads: number;
  scalePeers: number[];
  scaleReferences: boolean;
  scaleRate: number;
  restartPeers: number;
  flushSeconds: number;
  controlSeconds: number;
  searchlogSeconds: number;
  bonusPeers: number;
  bonusUsers: number;
  bonusTorrents: number;
  poolSeconds: number;
  poolKeys: number;
  poolCap: number;
  poolConcurrency: number;
  out: string;
  keepDatabase?: boolean;
  cpuProf?: boolean;
  traceGc?: boolean;
  seed: number;
}

export function registerBenchCommand(program: Command): void {
  const d = defaultOptions();
  program
    .command('bench')
    .description('load benchmark: Swarmgate side by side with opentracker, bittorrent-tracker and a bare uWS.js server')
    .option('--database-url <url>', 'PostgreSQL server for the scratch database (default: DATABASE_URL, else postgres://postgres@127.0.0.1:5432)')
    .option('--users <n>', 'users to seed', count, d.users)
    .option('--torrents <n>', 'torrents to seed', count, d.torrents)
    .option('--peers <n>', 'peers in the request mix (every tracker is filled with them first)', count, d.peers)
    .option('--seeders <share>', 'share of seeders in the mix', share, d.seederShare)
    .option('--zipf <exponent>', 'swarm popularity skew (0 = uniform)', nonNegative, d.zipf)
    .option('--numwant <n>', 'peers asked for per announce', count, d.numwant)
    .option('--duration <seconds>', 'measured seconds per row', count, d.durationSeconds)
    .option('--warmup <seconds>', 'warm-up seconds before each row', nonNegative, d.warmupSeconds)
    .option('--connections <n>', 'concurrent connections of the load generator', count, d.connections)
    .option('--workers <n>', 'engine workers (and bare uWS.js threads)', count, d.engineWorkers)
    .option('--min-interval <seconds>', "the engine's min interval during the run", count, d.minInterval)
    .option('--engine-env <NAME=value>', 'a SWARMGATE_* (or glibc MALLOC_*) setting for the engines the bench starts (repeatable)', engineSetting, {})
    .option('--runs <list>', `runs: ${ALL_RUNS.join(', ')}`, listOf(ALL_RUNS), d.runs)
    .option('--scale', `add the scale runs (${SCALE_RUNS.join(', ')}): minutes, and GiBs of memory`)
    .option('--targets <list>', `side-by-side targets: ${TARGET_NAMES.join(', ')}`, listOf(TARGET_NAMES), d.targets)
    .option('--drivers <list>', 'keep-alive load generators: autocannon, wrk (new-connection rows always use wrk)', listOf(['autocannon', 'wrk'] as const), d.drivers)
    .option('--wrk-threads <n>', 'wrk threads', count, d.wrkThreads)
    .option('--scale-peers <list>', 'memory run sizes; the largest also gets the latency run', countList, d.scalePeers)
    .option('--no-scale-references', 'fill only Swarmgate in the memory run (not opentracker and bittorrent-tracker)')
    .option('--scale-rate <n>', 'offered announces/s of the fixed-rate latency run', count, d.scaleRate)
    .option('--restart-peers <n>', 'rows in the peers table for the restart run', count, d.restartPeers)
    .option('--flush-seconds <n>', 'seconds of load in the flush run', count, d.flushSeconds)
    .option('--control-seconds <n>', 'seconds per call type in the control-plane run', count, d.controlSeconds)
    .option('--searchlog-seconds <n>', 'seconds of search reports in the searchlog run', count, d.searchlogSeconds)
    .option('--bonus-peers <n>', 'seeding (user, torrent) pairs of the bonus accrual run', count, d.bonusPeers)
    .option('--bonus-users <n>', 'users of the bonus accrual run', count, d.bonusUsers)
    .option('--bonus-torrents <n>', 'torrents of the bonus accrual run', count, d.bonusTorrents)
    .option('--pool-seconds <n>', 'seconds per side in the pool run', count, d.poolSeconds)
    .option('--pool-keys <n>', 'debrid keys in the pool run (100 user slots each)', count, d.poolKeys)
    .option('--pool-cap <n>', "each key's concurrent-stream cap in the pool run (small, so starts are refused)", count, d.poolCap)
    .option('--pool-concurrency <n>', 'stream sessions in flight in the pool run', count, d.poolConcurrency)
    .option('--out <dir>', 'results folder', d.outDir)
    .option('--keep-database', 'keep the scratch database afterwards')
    .option('--cpu-prof', 'write V8 CPU profiles of every engine thread (node --cpu-prof) under the results folder')
    .option('--trace-gc', "log V8's collections of every engine thread (node --trace-gc) and summarize them per thread in gc-summary.md")
    .option('--seed <n>', 'seed of the synthetic catalog and mixes', count, d.seed)
    .action(async (cli: CliOptions) => {
      const { config } = commandContext(program.opts());
      const runs = cli.scale ? [...new Set([...cli.runs, ...SCALE_RUNS])] : cli.runs;
      const options: BenchOptions = {
        ...d,
        databaseUrl: cli.databaseUrl ?? config.databaseUrl ?? d.databaseUrl,
        users: cli.users,
        torrents: cli.torrents,
        peers: cli.peers,
        seederShare: cli.seeders,
        zipf: cli.zipf,
        numwant: cli.numwant,
        durationSeconds: cli.duration,
        warmupSeconds: cli.warmup,
        connections: cli.connections,
        engineWorkers: cli.workers,
        minInterval: cli.minInterval,
        engineEnv: cli.engineEnv,
        runs,
        targets: cli.targets,
        drivers: cli.drivers,
        wrkThreads: cli.wrkThreads,
        scalePeers: [...cli.scalePeers].sort((a, b) => a - b),
        scaleReferences: cli.scaleReferences,
        scaleRate: cli.scaleRate,
        restartPeers: cli.restartPeers,
        flushSeconds: cli.flushSeconds,
        controlSeconds: cli.controlSeconds,
        searchlogSeconds: cli.searchlogSeconds,
        bonusPeers: cli.bonusPeers,
        bonusUsers: cli.bonusUsers,
        bonusTorrents: cli.bonusTorrents,
        poolSeconds: cli.poolSeconds,
        poolKeys: cli.poolKeys,
        poolCap: cli.poolCap,
        poolConcurrency: cli.poolConcurrency,
        outDir: cli.out,
        keepDatabase: cli.keepDatabase === true,
        cpuProfile: cli.cpuProf === true,
        traceGc: cli.traceGc === true,
        seed: cli.seed,
      };
      await runBench(options, `swarmgate ${process.argv.slice(2).join(' ')}`);
      // Child processes and pools are closed; exit even if a library keeps a handle open.
      process.exit(0);
    });
}
