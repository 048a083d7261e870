/**
 * The parent side of a load runner in a child process (autocannon-runner.ts, paced-runner.ts), one
 * protocol for both: send the request; on "loaded" the load is about to start (the caller samples the
 * server's CPU), answer "go"; "tick"s report progress every second; "result" ends it, "failed" fails it.
 */
import type { Serializable } from 'node:child_process';
import { join } from 'node:path';
import { startChild } from '../support/child-process.js';
import { nodeScript } from '../support/node-script.js';
import type { LoadSpec } from './load-spec.js';

export type RunnerMessage<Result> =
  | { type: 'loaded'; lines: number }
  | { type: 'tick'; requests: number }
  | ({ type: 'result' } & Result)
  | { type: 'failed'; message: string };

/** Run `runner` with `request` under `spec`'s callbacks; resolves with its result message. */
export async function runInChild<Result>(runner: URL, name: string, request: Serializable, spec: LoadSpec, logDir: string): Promise<Result> {
  const child = startChild(process.execPath, nodeScript(runner), { logPath: join(logDir, `${name}.log`), ipc: true });
  const started = { at: 0 };
  let poller: NodeJS.Timeout | undefined;
  try {
    return await new Promise<Result>((resolve, reject) => {
      child.process.on('message', (message: RunnerMessage<Result>) => {
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
            reject(new Error(`${name} failed: ${message.message}`));
            break;
        }
      });
      void child.exit.then((code) => reject(new Error(`${name} runner exited with ${code} (${child.logPath})`)));
      child.process.send(request);
    });
  } finally {
    if (poller) clearInterval(poller);
    await child.stop();
  }
}
