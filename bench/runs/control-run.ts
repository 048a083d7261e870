/**
 * Control-plane run: Login (argon2id verification, a session row and an audit row per call) and
 * GetUser (an authenticated, authorised read) calls per second and their latency, from a separate
 * load process against `swarmgate control`, with the server's CPU time per call.
 */
import { bootstrapAdministrator } from '../../control/bootstrap.js';
import { createPool } from '../../core/db.js';
import type { GrpcRunnerRequest, GrpcRunnerResult } from '../load/grpc-runner.js';
import { firstMessage, startChild } from '../support/child-process.js';
import { nodeScript, scriptUrl } from '../support/node-script.js';
import { sampleProcess } from '../support/process-stats.js';
import { formatCount, note, progress } from '../suite/progress.js';
import type { Workspace } from '../suite/workspace.js';
import { startControlPlane, type ControlPlane } from '../targets/control-plane.js';
import type { CallStats, ControlResult, Skipped } from './run-results.js';

const runner = scriptUrl('../load/grpc-runner', import.meta.url);

/** Calls in flight: Login is CPU-bound in argon2 (libuv's 4 threads); GetUser is a short query. */
const CONCURRENCY = { login: 4, getUser: 32 } as const;

async function drive(ws: Workspace, control: ControlPlane, request: GrpcRunnerRequest): Promise<{ stats: CallStats; cpuMicrosPerCall: number }> {
  const child = startChild(process.execPath, nodeScript(runner), { logPath: `${ws.workDir}/grpc-runner.log`, ipc: true });
  try {
    const before = sampleProcess(control.pid).cpuSeconds;
    const reply = firstMessage(child, `gRPC ${request.method} load`, (request.seconds + 60) * 1000);
    child.process.send(request);
    const result = (await reply) as GrpcRunnerResult | { failed: string };
    if ('failed' in result) throw new Error(result.failed);
    const cpu = sampleProcess(control.pid).cpuSeconds - before;
    if (result.errors > 0) note(`control: ${request.method}: ${result.errors} errors, first: ${result.firstError}`);
    return {
      stats: {
        calls: result.calls,
        seconds: result.seconds,
        callsPerSecond: result.calls / result.seconds,
        latencyMs: result.latenciesMs,
        errors: result.errors,
        concurrency: request.concurrency,
      },
      cpuMicrosPerCall: result.calls > 0 ? (cpu * 1e6) / result.calls : 0,
    };
  } finally {
    await child.stop();
  }
}

export async function runControlPlane(ws: Workspace): Promise<ControlResult | Skipped> {
  if (!ws.options.runs.includes('control')) return { skipped: 'not run (--runs control)' };
  const pool = createPool(ws.database.url, 2);
  let admin;
  try {
    admin = await bootstrapAdministrator(pool);
  } finally {
    await pool.end();
  }
  if (!admin) return { skipped: 'the scratch database already has an administrator' };
  progress('control: starting the control plane');
  const control = await startControlPlane({ databaseUrl: ws.database.url, logDir: ws.workDir });
  try {
    const base = {
      address: control.address,
      seconds: ws.options.controlSeconds,
      token: admin.apiToken,
      login: { username: admin.username, password: admin.password },
      userNames: ws.catalog.userIds.map((id) => `users/${id}`),
    };
    progress(`control: Login for ${ws.options.controlSeconds} s`);
    const login = await drive(ws, control, { ...base, method: 'login', concurrency: CONCURRENCY.login });
    progress(`control: GetUser for ${ws.options.controlSeconds} s`);
    const getUser = await drive(ws, control, { ...base, method: 'getUser', concurrency: CONCURRENCY.getUser });
    note(
      `control: Login ${formatCount(login.stats.callsPerSecond)}/s p99 ${login.stats.latencyMs.p99.toFixed(1)} ms; ` +
        `GetUser ${formatCount(getUser.stats.callsPerSecond)}/s p99 ${getUser.stats.latencyMs.p99.toFixed(1)} ms`,
    );
    return {
      login: login.stats,
      getUser: getUser.stats,
      serverCpuMicrosPerCall: { login: login.cpuMicrosPerCall, getUser: getUser.cpuMicrosPerCall },
    };
  } finally {
    await control.stop();
  }
}
