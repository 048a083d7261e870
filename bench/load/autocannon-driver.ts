/** Runs autocannon-runner in a child process for one measurement and turns its result into a LoadResult. */
import { join } from 'node:path';
import type { Result } from 'autocannon';
import { startChild } from '../support/child-process.js';
import { nodeScript, scriptUrl } from '../support/node-script.js';
import type { RunnerMessage, RunnerRequest } from './autocannon-runner.js';
import type { LoadResult, LoadSpec } from './load-spec.js';

const runner = scriptUrl('./autocannon-runner', import.meta.url);

export async function runAutocannon(spec: LoadSpec, logDir: string): Promise<LoadResult> {
  if (!spec.keepAlive) throw new Error('autocannon cannot open a new connection per request; use the wrk driver');
  if (spec.mode === 'fill') throw new Error('autocannon does not generate fill requests; use the wrk driver');
  const child = startChild(process.execPath, nodeScript(runner), { logPath: join(logDir, 'autocannon.log'), ipc: true });
  const request: RunnerRequest = {
    baseUrl: spec.baseUrl,
    poolFile: spec.poolFile,
    pathStyle: spec.pathStyle,
    mode: spec.mode,
    connections: spec.connections,
    durationSeconds: spec.durationSeconds,
    overallRate: spec.overallRate,
  };
  const started = { at: 0 };
  let poller: NodeJS.Timeout | undefined;
  try {
    const result = await new Promise<{ result: Result; cpuSeconds: number }>((resolve, reject) => {
      child.process.on('message', (message: RunnerMessage) => {
        switch (message.type) {
          case 'loaded':
            spec.onStart?.();
            started.at = performance.now();
            child.process.send('go');
            if (spec.stopWhen) {
              const stopWhen = spec.stopWhen;
              poller = setInterval(() => {
                void stopWhen().then((stop) => stop && child.process.kill('SIGINT'), () => undefined);
              }, 250);
            }
            break;
          case 'tick':
            spec.onProgress?.({ elapsedSeconds: (performance.now() - started.at) / 1000, requests: message.requests });
            break;
          case 'result':
            resolve(message);
            break;
          case 'failed':
            reject(new Error(`autocannon failed: ${message.message}`));
            break;
        }
      });
      void child.exit.then((code) => reject(new Error(`autocannon runner exited with ${code} (${child.logPath})`)));
      child.process.send(request);
    });
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
  } finally {
    if (poller) clearInterval(poller);
    await child.stop();
  }
}
