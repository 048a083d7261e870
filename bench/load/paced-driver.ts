/** Runs paced-runner in a child process for one fixed-rate measurement and turns its summary into a LoadResult. */
import { scriptUrl } from '../support/node-script.js';
import type { LoadResult, LoadSpec } from './load-spec.js';
import type { PacedRequest, PacedSummary } from './paced-runner.js';
import { runInChild } from './runner-child.js';

const runner = scriptUrl('./paced-runner', import.meta.url);

export async function runPaced(spec: LoadSpec, logDir: string): Promise<LoadResult> {
  if (!spec.overallRate) throw new Error('the paced driver needs an offered rate (overallRate)');
  if (!spec.keepAlive || spec.mode !== 'random') throw new Error('the paced driver sends random pool lines on keep-alive connections only');
  const request: PacedRequest = {
    baseUrl: spec.baseUrl,
    poolFile: spec.poolFile,
    pathStyle: spec.pathStyle,
    connections: spec.connections,
    durationSeconds: spec.durationSeconds,
    rate: spec.overallRate,
  };
  const { summary } = await runInChild<{ summary: PacedSummary }>(runner, 'paced', request, spec, logDir);
  return {
    driver: 'paced',
    requests: summary.requests,
    durationSeconds: summary.durationSeconds,
    requestsPerSecond: summary.requests / summary.durationSeconds,
    latencyMs: summary.latencyMs,
    errors: summary.errors,
    errorDetail: { ...summary.errorDetail, ...(summary.unsent > 0 ? { unsent: summary.unsent } : {}) },
    loadCpuSeconds: summary.cpuSeconds,
  };
}
