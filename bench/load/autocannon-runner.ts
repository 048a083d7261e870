/**
 * The autocannon load generator, as a child process (so its CPU is not the server's, and is
 * measured apart). Protocol over IPC: the parent sends a RunnerRequest; the runner loads the pool,
 * answers "loaded", waits for "go", sends "tick"s every second and finally the "result".
 *
 * autocannon cannot open a new connection per request: `reconnectRate` drops the answer of every
 * request that triggers the reconnect from its statistics, and it always sends its own
 * `Connection: keep-alive` first, so a `Connection: close` header is ignored by servers. The bench
 * uses wrk for new-connection runs; this runner is keep-alive only.
 */
import { readFileSync } from 'node:fs';
import autocannon, { type Result } from 'autocannon';
import type { LoadSpec } from './load-spec.js';
import type { RunnerMessage } from './runner-child.js';

export type RunnerRequest = Pick<LoadSpec, 'baseUrl' | 'poolFile' | 'pathStyle' | 'mode' | 'connections' | 'durationSeconds'>;

export interface AutocannonOutcome {
  result: Result;
  cpuSeconds: number;
}

function send(message: RunnerMessage<AutocannonOutcome>): void {
  process.send!(message);
}

function loadPaths(request: RunnerRequest): string[] {
  const paths: string[] = [];
  for (const line of readFileSync(request.poolFile, 'utf8').split('\n')) {
    if (!line) continue;
    const [passkey, endpoint, query] = line.split(' ');
    paths.push(request.pathStyle === 'passkey' ? `/${passkey}/${endpoint}?${query}` : `/${endpoint}?${query}`);
  }
  return paths;
}

async function run(request: RunnerRequest): Promise<void> {
  const paths = loadPaths(request);
  send({ type: 'loaded', lines: paths.length });
  await new Promise<void>((resolve) => process.once('message', () => resolve()));
  let next = 0;
  const pick = request.mode === 'walk' ? () => paths[next++ % paths.length]! : () => paths[Math.floor(Math.random() * paths.length)]!;
  const cpuBefore = process.cpuUsage();
  const instance = autocannon({
    url: request.baseUrl,
    connections: request.connections,
    duration: request.durationSeconds,
    ...(request.mode === 'walk' ? { amount: paths.length } : {}),
    timeout: 10,
    requests: [
      {
        setupRequest: (r) => {
          r.path = pick();
          return r;
        },
      },
    ],
  });
  let total = 0;
  instance.on('tick', (counter: { counter: number }) => {
    total += counter.counter;
    send({ type: 'tick', requests: total });
  });
  process.once('SIGINT', () => instance.stop());
  const result = await instance;
  const cpu = process.cpuUsage(cpuBefore);
  send({ type: 'result', result, cpuSeconds: (cpu.user + cpu.system) / 1e6 });
}

process.once('message', (request: RunnerRequest) => {
  run(request).then(
    () => process.disconnect(),
    (err: unknown) => {
      send({ type: 'failed', message: (err as Error).stack ?? String(err) });
      process.disconnect();
    },
  );
});
