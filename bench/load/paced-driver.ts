/** Runs paced-runner in a child process for one fixed-rate measurement and turns its summary into a LoadResult. */
import { join } from 'node:path';
import { startChild } from '../support/child-process.js';
import { nodeScript, scriptUrl } from '../support/node-script.js';
import type { LoadResult, LoadSpec } from './load-spec.js';
import type { PacedMessage, PacedRequest, PacedSummary } from './paced-runner.js';

const runner = scriptUrl('./paced-runner', import.meta.url);

export async function runPaced(spec: LoadSpec, logDir: string): Promise<LoadResult> {
  if (!spec.overallRate) throw new Error('the paced driver needs an offered rate (overallRate)');
  if (!spec.keepAlive || spec.mode !== 'random') throw new Error('the paced driver sends random pool lines on keep-alive connections only');
  const child = startChild(process.execPath, nodeScript(runner), { logPath: join(logDir, 'paced.log'), ipc: true });
  const request: PacedRequest = {
    baseUrl: spec.baseUrl,
    poolFile: spec.poolFile,
    pathStyle: spec.pathStyle,
    connections: spec.connections,
    durationSeconds: spec.durationSeconds,
    rate: spec.overallRate,
  };
  const started = { at: 0 };
  try {
    const summary = await new Promise<PacedSummary>((resolve, reject) => {
      child.process.on('message', (message: PacedMessage) => {
        switch (message.type) {
          case 'loaded':
            spec.onStart?.();
            started.at = performance.now();
            child.process.send('go');
            break;
          case 'tick':
            spec.onProgress?.({ elapsedSeconds: (performance.now() - started.at) / 1000, requests: message.requests });
            break;
          case 'result':
            resolve(message.summary);
            break;
          case 'failed':
            reject(new Error(`paced load failed: ${message.message}`));
            break;
        }
      });
      void child.exit.then((code) => reject(new Error(`paced runner exited with ${code} (${child.logPath})`)));
      child.process.send(request);
    });
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
  } finally {
    await child.stop();
  }
}
