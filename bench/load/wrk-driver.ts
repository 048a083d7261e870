/**
 * Runs wrk (C, epoll) with bench/load/wrk-mix.lua for one measurement. wrk is the driver for
 * new-connection runs (it honours `Connection: close`, one TCP connection per request) and for
 * fills, and a second keep-alive driver that costs the shared cores less than autocannon does.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../core/paths.js';
import { startChild } from '../support/child-process.js';
import { reapedChildrenCpuSeconds, sampleProcess } from '../support/process-stats.js';
import type { LoadResult, LoadSpec } from './load-spec.js';

export const WRK_INSTALL = 'sudo apt-get install -y wrk';

/** A bench Lua script by file name: Lua is not compiled, so it is read from the source tree (present in build/ installs too). */
export const wrkScript = (name: string) => join(projectRoot, 'bench', 'load', name);

const mixScript = wrkScript('wrk-mix.lua');

export function wrkAvailable(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v wrk'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** What every bench wrk script prints in done(), as one "BENCH_RESULT {json}" line. */
export interface WrkOutput {
  requests: number;
  durationUs: number;
  connect: number;
  read: number;
  write: number;
  status: number;
  timeout: number;
  p50Us: number;
  p99Us: number;
  maxUs: number;
  meanUs: number;
}

export interface WrkScriptRun {
  script: string;
  /** Passed to the script's init() after "--". */
  scriptArgs: string[];
  baseUrl: string;
  connections: number;
  threads: number;
  durationSeconds: number;
  logPath: string;
  onStart?: () => void;
  onProgress?: LoadSpec['onProgress'];
  stopWhen?: LoadSpec['stopWhen'];
}

/** Run wrk with one of the bench's Lua scripts: its BENCH_RESULT line, and wrk's own CPU seconds. */
export async function runWrkScript<T extends WrkOutput>(run: WrkScriptRun): Promise<{ out: T; cpuSeconds: number | null }> {
  // A generous duration for fills: stopWhen ends them (wrk prints its results on SIGINT).
  const args = [
    `-t${run.threads}`,
    `-c${run.connections}`,
    `-d${Math.max(1, Math.round(run.durationSeconds))}s`,
    '--timeout', '10s',
    '-s', run.script,
    run.baseUrl,
    '--',
    ...run.scriptArgs,
  ];
  const reapedBefore = reapedChildrenCpuSeconds();
  const child = startChild('wrk', args, { logPath: run.logPath });
  run.onStart?.();
  const started = performance.now();
  let cpuSeconds: number | null = null;
  // wrk's own CPU: sampled while it runs (a finished process has no /proc entry left to read).
  const sampler = setInterval(() => {
    try {
      cpuSeconds = sampleProcess(child.pid).cpuSeconds;
    } catch {
      // exited between ticks
    }
    const elapsedSeconds = (performance.now() - started) / 1000;
    run.onProgress?.({ elapsedSeconds });
    if (run.stopWhen) void run.stopWhen().then((stop) => stop && child.process.kill('SIGINT'), () => undefined);
  }, 250);
  const code = await child.exit;
  clearInterval(sampler);
  // wrk's whole life (Lua set-up included) was inside the caller's window: its exact CPU, once reaped.
  const reaped = reapedChildrenCpuSeconds() - reapedBefore;
  if (reaped > 0) cpuSeconds = Math.max(cpuSeconds ?? 0, reaped);
  const log = readFileSync(run.logPath, 'utf8');
  const line = log.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (!line) throw new Error(`wrk exited with ${code} without a result (${run.logPath}):\n${log.slice(-800)}`);
  return { out: JSON.parse(line.slice('BENCH_RESULT '.length)) as T, cpuSeconds };
}

export async function runWrk(spec: LoadSpec, logDir: string, runId: string): Promise<LoadResult> {
  const threads = Math.max(1, Math.min(spec.threads ?? 1, spec.connections));
  const { out, cpuSeconds } = await runWrkScript({
    script: mixScript,
    scriptArgs: [spec.mode, spec.poolFile, spec.pathStyle, spec.keepAlive ? 'keep-alive' : 'close', String(threads), String(spec.fillPeers ?? 0)],
    baseUrl: spec.baseUrl,
    connections: spec.connections,
    threads,
    durationSeconds: spec.durationSeconds,
    logPath: join(logDir, `wrk-${runId}.log`),
    onStart: spec.onStart,
    onProgress: spec.onProgress,
    stopWhen: spec.stopWhen,
  });
  const durationSeconds = out.durationUs / 1e6;
  // With Connection: close the server ends every connection; wrk counts each such end as a read
  // error although the answer arrived complete. Only keep-alive read errors are failures.
  const readFailures = spec.keepAlive ? out.read : 0;
  return {
    driver: 'wrk',
    requests: out.requests,
    durationSeconds,
    requestsPerSecond: out.requests / durationSeconds,
    latencyMs: { p50: out.p50Us / 1000, p99: out.p99Us / 1000, max: out.maxUs / 1000, mean: out.meanUs / 1000 },
    errors: out.connect + readFailures + out.write + out.timeout + out.status,
    errorDetail: { connect: out.connect, read: readFailures, write: out.write, timeout: out.timeout, status: out.status, ...(spec.keepAlive ? {} : { serverCloses: out.read }) },
    loadCpuSeconds: cpuSeconds,
  };
}
