/** Runs autocannon-runner in a child process for one measurement and turns its result into a LoadResult. */
import { scriptUrl } from '../support/node-script.js';
import type { AutocannonOutcome, RunnerRequest } from './autocannon-runner.js';
import type { LoadResult, LoadSpec } from './load-spec.js';
import { runInChild } from './runner-child.js';

const runner = scriptUrl('./autocannon-runner', import.meta.url);

export async function runAutocannon(spec: LoadSpec, logDir: string): Promise<LoadResult> {
  if (!spec.keepAlive) throw new Error('autocannon cannot open a new connection per request; use the wrk driver');
  if (spec.mode === 'fill') throw new Error('autocannon does not generate fill requests; use the wrk driver');
  // Its overallRate is no fixed rate (a quota per connection per second, sent at saturation): paced-runner.ts offers one.
  if (spec.overallRate) throw new Error('autocannon cannot offer a fixed rate; use the paced driver');
  const request: RunnerRequest = {
    baseUrl: spec.baseUrl,
    poolFile: spec.poolFile,
    pathStyle: spec.pathStyle,
    mode: spec.mode,
    connections: spec.connections,
    durationSeconds: spec.durationSeconds,
  };
  const result = await runInChild<AutocannonOutcome>(runner, 'autocannon', request, spec, logDir);
  const r = result.result;
  const requests = r.requests.total;
  return {
    driver: 'autocannon',
    requests,
    durationSeconds: r.duration,
    requestsPerSecond: requests / r.duration,
    latencyMs: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, mean: r.latency.average },
    errors: r.errors + r.non2xx,
    errorDetail: { connection: r.errors - r.timeouts, timeout: r.timeouts, non2xx: r.non2xx },
    loadCpuSeconds: result.cpuSeconds,
  };
}
