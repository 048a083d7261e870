/**
 * Swarmgate's engine as the operator runs it (`swarmgate engine`) in a child process, against the
 * bench's scratch database. Its workers are threads of that one process, so /proc/<pid> covers them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startChild } from '../support/child-process.js';
import { freePort } from '../support/free-port.js';
import { nodeScript, scriptUrl } from '../support/node-script.js';
import { httpGet, waitFor } from '../support/wait.js';
import { readEnginePhases, type EnginePhase } from './engine-log.js';
import { parsePrometheus, sumMetric } from './prometheus-text.js';
import type { Target } from './target.js';

export interface SwarmgateOptions {
  databaseUrl: string;
  workers: number;
  minInterval: number;
  /** Extra environment (SWARMGATE_* settings) for the engine. */
  env?: Record<string, string>;
  logDir: string;
  /** Write V8 CPU profiles (one per thread) into this directory when the engine exits. */
  cpuProfileDir?: string;
  /** node --trace-gc: every collection of every engine thread in the engine's log (bench/profile/gc-trace.ts). */
  traceGc?: boolean;
  startTimeoutMs?: number;
}

export interface SwarmgateTarget extends Target {
  metrics(): Promise<Map<string, number>>;
  /** Milliseconds from spawning the process to answering /healthz. */
  readonly startMs: number;
  /** The engine's own figure for loading its catalog and peers (from its "engine listening" log line). */
  loadMs(): number | null;
  /** Start-up phases from the engine's log, timed from the spawn. */
  phases(): EnginePhase[];
}

/** The engine did not answer /healthz: why, how long the bench waited, and what the engine logged until then. */
export class EngineStartError extends Error {
  constructor(
    message: string,
    readonly reason: 'timeout' | 'exited',
    readonly waitedMs: number,
    readonly phases: EnginePhase[],
    readonly logPath: string,
  ) {
    super(message);
  }
}

const cli = scriptUrl('../../cli/swarmgate', import.meta.url);

export async function startSwarmgate(options: SwarmgateOptions): Promise<SwarmgateTarget> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // /metrics lives on the operations listener, apart from the announce port.
  const opsPort = await freePort();
  const opsUrl = `http://127.0.0.1:${opsPort}`;
  const logPath = join(options.logDir, `swarmgate-${port}.log`);
  const profile = [...(options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : []), ...(options.traceGc ? ['--trace-gc'] : [])];
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: options.databaseUrl,
    SWARMGATE_ENGINE_HOST: '127.0.0.1',
    SWARMGATE_ENGINE_PORT: String(port),
    SWARMGATE_OPS_PORT: String(opsPort),
    SWARMGATE_ENGINE_WORKERS: String(options.workers),
    SWARMGATE_MIN_INTERVAL: String(options.minInterval),
    SWARMGATE_LOG_LEVEL: 'info',
    // glibc's allocator as `npm start` sets it (package.json; README "Memory on /metrics").
    MALLOC_MMAP_THRESHOLD_: '262144',
    ...options.env,
  };
  const started = performance.now();
  const spawnedAt = Date.now();
  const child = startChild(process.execPath, [...profile, ...nodeScript(cli), 'engine'], { logPath, env });
  const tail = () => readFileSync(logPath, 'utf8').split('\n').slice(-5).join('\n');
  try {
    // The operations listener opens after the workers serve: wait for both, so /metrics answers too.
    await waitFor(
      'swarmgate engine to answer /healthz on its announce and operations ports',
      async () =>
        (await httpGet(`${baseUrl}/healthz`, 500)).status === 200 && (await httpGet(`${opsUrl}/healthz`, 500)).status === 200 ? true : undefined,
      { timeoutMs: options.startTimeoutMs ?? 120_000, intervalMs: 20, abort: () => (child.exited() ? `exited:\n${tail()}` : null) },
    );
  } catch (err) {
    const waitedMs = performance.now() - started;
    const reason = child.exited() ? 'exited' : 'timeout';
    // Phases are read before stopping: the shutdown adds lines of its own.
    const phases = readEnginePhases(logPath, spawnedAt);
    await child.stop();
    throw new EngineStartError(`${(err as Error).message}\n${tail()}`, reason, waitedMs, phases, logPath);
  }
  const startMs = performance.now() - started;
  const metrics = async () => parsePrometheus((await httpGet(`${opsUrl}/metrics`, 5000)).body);
  return {
    name: 'swarmgate',
    baseUrl,
    pid: child.pid,
    pathStyle: 'passkey',
    keepAlive: true,
    scrapes: true,
    startMs,
    metrics,
    async peerCount() {
      return sumMetric(await metrics(), 'swarmgate_peers');
    },
    async outcomes() {
      const out: Record<string, number> = {};
      for (const [key, value] of await metrics()) {
        const match = /^swarmgate_announces_total\{outcome="([a-z_]+)"\}$/.exec(key);
        if (match) out[match[1]!] = value;
      }
      return out;
    },
    loadMs: () => readEnginePhases(logPath, spawnedAt).find((p) => p.message === 'engine listening')?.ms ?? null,
    phases: () => readEnginePhases(logPath, spawnedAt),
    describe: () => `swarmgate log ${logPath}:\n${tail()}`,
    async stop() {
      // The final flush of a big backlog takes a while; a profile is only written on a clean exit.
      await child.stop(180_000);
    },
  };
}
