/**
 * Closed-loop load on the gRPC control plane, as a child process (its CPU is not the server's):
 * `concurrency` calls in flight for `seconds`, each one answered before the next starts on its slot.
 * Protocol over IPC: the parent sends a GrpcRunnerRequest; the runner connects and makes one call
 * (outside the measurement), answers GRPC_RUNNER_READY, waits for GRPC_RUNNER_GO (the parent samples
 * the server's CPU in between) and answers a GrpcRunnerResult.
 */
import { call, createControlClients } from '../../control/client.js';
import { percentileOfSorted } from '../support/percentile.js';
import { GRPC_RUNNER_GO, GRPC_RUNNER_READY, type GrpcRunnerRequest, type GrpcRunnerResult } from './grpc-runner-protocol.js';

function nextMessage(): Promise<unknown> {
  return new Promise((resolve) => process.once('message', resolve));
}

async function run(request: GrpcRunnerRequest): Promise<GrpcRunnerResult> {
  const clients = createControlClients(request.address, { token: request.token });
  const once = (slot: number) => {
    if (request.method === 'getUser') {
      return call(clients.users.getUser.bind(clients.users), { name: request.userNames[Math.floor(Math.random() * request.userNames.length)]! });
    }
    const account = request.logins[slot % request.logins.length]!;
    return call(clients.auth.login.bind(clients.auth), { login: account.username, password: account.password, deviceName: 'swarmgate bench' });
  };
  // One call first: the channel connects outside the measured window (and outside the server CPU sampled for it).
  await once(0);
  const go = nextMessage();
  process.send!(GRPC_RUNNER_READY);
  if ((await go) !== GRPC_RUNNER_GO) throw new Error('expected the go message');
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + request.seconds * 1000;
  const slot = async (index: number) => {
    while (performance.now() < deadline) {
      const t = performance.now();
      try {
        await once(index);
        latencies.push(performance.now() - t);
      } catch (err) {
        errors++;
        firstError ??= (err as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: request.concurrency }, (_, index) => slot(index)));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  clients.close();
  const sorted = Float64Array.from(latencies).sort();
  return {
    calls: latencies.length,
    errors,
    firstError,
    seconds,
    latenciesMs: { p50: percentileOfSorted(sorted, 50), p99: percentileOfSorted(sorted, 99), max: sorted.at(-1) ?? 0 },
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
}

process.once('message', (request: GrpcRunnerRequest) => {
  run(request).then(
    (result) => {
      process.send!(result);
      process.disconnect();
    },
    (err: unknown) => {
      process.send!({ failed: (err as Error).stack ?? String(err) });
      process.disconnect();
    },
  );
});
