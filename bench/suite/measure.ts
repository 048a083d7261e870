/**
 * Drive one request mix against one running target: a short warm-up (the JIT, connection set-up),
 * then the measured window, with the server's CPU time, memory, peers and (Swarmgate) announce
 * outcomes taken around it.
 */
import { runAutocannon } from '../load/autocannon-driver.js';
import type { DriverName, LoadResult, LoadSpec } from '../load/load-spec.js';
import { runPaced } from '../load/paced-driver.js';
import { runWrk } from '../load/wrk-driver.js';
import { CpuWindow } from '../support/cpu-window.js';
import type { Target } from '../targets/target.js';
import type { ConnectionMode, Measurement, MixName } from './measurement.js';
import { formatCount, progress } from './progress.js';

export interface MeasureOptions {
  target: Target;
  mix: MixName;
  connection: ConnectionMode;
  driver: DriverName;
  poolFile: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  wrkThreads: number;
  workDir: string;
  overallRate?: number;
}

export function runLoad(driver: DriverName, spec: LoadSpec, workDir: string, runId: string): Promise<LoadResult> {
  if (driver === 'paced') return runPaced(spec, workDir);
  return driver === 'wrk' ? runWrk(spec, workDir, runId) : runAutocannon(spec, workDir);
}

let runCounter = 0;

export async function measure(options: MeasureOptions): Promise<Measurement> {
  const { target, mix, connection, driver } = options;
  const label = `${target.name} ${mix} ${connection} (${driver})`;
  const base: Omit<LoadSpec, 'durationSeconds'> = {
    baseUrl: target.baseUrl,
    poolFile: options.poolFile,
    pathStyle: target.pathStyle,
    mode: 'random',
    connections: options.connections,
    keepAlive: connection === 'keep-alive',
    threads: options.wrkThreads,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
  };
  if (options.warmupSeconds > 0) {
    progress(`${label}: warming up`);
    await runLoad(driver, { ...base, durationSeconds: options.warmupSeconds }, options.workDir, `${++runCounter}-warmup`);
  }
  const outcomesBefore = (await target.outcomes?.()) ?? null;
  let window = null as CpuWindow | null;
  const load = await runLoad(
    driver,
    {
      ...base,
      durationSeconds: options.durationSeconds,
      onStart: () => {
        window = new CpuWindow(target.pid);
      },
      onProgress: ({ elapsedSeconds, requests }) => {
        const rate = requests !== undefined && elapsedSeconds > 0 ? `  ${formatCount(requests / elapsedSeconds)} req/s` : '';
        progress(`${label}: ${Math.min(elapsedSeconds, options.durationSeconds).toFixed(0)}/${options.durationSeconds} s${rate}`);
      },
    },
    options.workDir,
    `${++runCounter}`,
  );
  // The CPU window runs from the generator's start to its exit: longer than its measured seconds (set-up, teardown).
  const { rssBytes, ...use } = window!.end(load.loadCpuSeconds, target.name === 'swarmgate');
  const cpu = use.serverCpuSeconds;
  const outcomesAfter = (await target.outcomes?.()) ?? null;
  return {
    target: target.name,
    mix,
    connection,
    driver,
    requests: load.requests,
    durationSeconds: load.durationSeconds,
    requestsPerSecond: load.requestsPerSecond,
    latencyMs: load.latencyMs,
    errors: load.errors,
    errorDetail: load.errorDetail,
    ...use,
    serverCpuMicrosPerRequest: load.requests > 0 ? (cpu * 1e6) / load.requests : 0,
    loadCpuSeconds: load.loadCpuSeconds,
    rssBytes,
    peers: await target.peerCount(),
    ...(outcomesBefore && outcomesAfter ? { outcomes: difference(outcomesAfter, outcomesBefore) } : {}),
  };
}

function difference(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(after)) {
    const delta = value - (before[key] ?? 0);
    if (delta !== 0) out[key] = delta;
  }
  return out;
}
