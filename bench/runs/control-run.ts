/**
 * Control-plane run: Login (argon2id verification, a session row and an audit row per call) and
 * GetUser (an authenticated, authorised read) calls per second and their latency, from a separate
 * load process against `swarmgate control`, with the server's CPU time per call. Login is bound by
 * argon2id by design (its cost is what makes a stolen hash expensive), so its rate is reported with
 * the hash parameters it ran with. No ARCHITECTURE goal covers these: they are figures, not verdicts.
 */
import { randomBytes } from 'node:crypto';
import { bootstrapAdministrator } from '../../control/bootstrap.js';
import { call, createControlClients } from '../../control/client.js';
import { createPool } from '../../core/db.js';
import { GRPC_RUNNER_GO, GRPC_RUNNER_READY, type GrpcRunnerRequest, type GrpcRunnerResult } from '../load/grpc-runner-protocol.js';
import { firstMessage, startChild } from '../support/child-process.js';
import { nodeScript, scriptUrl } from '../support/node-script.js';
import { sampleProcess } from '../support/process-stats.js';
import { formatCount, note, progress } from '../suite/progress.js';
import type { Workspace } from '../suite/workspace.js';
import { startControlPlane, type ControlPlane } from '../targets/control-plane.js';
import { argon2Parameters, describeArgon2 } from './argon2-parameters.js';
import type { CallStats, ControlResult, Skipped } from './run-results.js';

const runner = scriptUrl('../load/grpc-runner', import.meta.url);

/** Calls in flight: Login is CPU-bound in argon2 (libuv's 4 threads); GetUser is a short query. */
const CONCURRENCY = { login: 4, getUser: 32 } as const;

async function drive(ws: Workspace, control: ControlPlane, request: GrpcRunnerRequest): Promise<{ stats: CallStats; cpuMicrosPerCall: number }> {
  const child = startChild(process.execPath, nodeScript(runner), { logPath: `${ws.workDir}/grpc-runner-${request.method}.log`, ipc: true });
  try {
    // The runner's first call (connecting the channel) happens before `ready`: outside the CPU window.
    const ready = firstMessage(child, `gRPC ${request.method} load to connect`, 60_000);
    child.process.send(request);
    const readyReply = (await ready) as typeof GRPC_RUNNER_READY | { failed: string };
    if (typeof readyReply === 'object') throw new Error(readyReply.failed);
    const before = sampleProcess(control.pid).cpuSeconds;
    const reply = firstMessage(child, `gRPC ${request.method} load`, (request.seconds + 60) * 1000);
    child.process.send(GRPC_RUNNER_GO);
    const result = (await reply) as GrpcRunnerResult | { failed: string };
    const cpu = sampleProcess(control.pid).cpuSeconds - before;
    if ('failed' in result) throw new Error(result.failed);
    if (result.errors > 0) note(`control: ${request.method}: ${result.errors} errors, first: ${result.firstError}`);
    return {
      stats: {
        calls: result.calls,
        seconds: result.seconds,
        callsPerSecond: result.seconds > 0 ? result.calls / result.seconds : 0,
        latencyMs: result.latenciesMs,
        errors: result.errors,
        concurrency: request.concurrency,
      },
      // Failed calls cost the server too: divide by every call made in the window.
      cpuMicrosPerCall: result.calls + result.errors > 0 ? (cpu * 1e6) / (result.calls + result.errors) : 0,
    };
  } finally {
    await child.stop();
  }
}

/**
 * One member account per Login slot, made through CreateUser (hashed as every account is): logins to
 * one account are checked one at a time by design (a password-guessing defence), so slots sharing an
 * account would measure the refusals, not argon2id.
 */
async function loginAccounts(address: string, token: string, count: number): Promise<GrpcRunnerRequest['logins']> {
  const clients = createControlClients(address, { token });
  try {
    const accounts: GrpcRunnerRequest['logins'] = [];
    for (let slot = 0; slot < count; slot++) {
      const username = `bench-login-${slot}-${randomBytes(4).toString('hex')}`;
      const password = randomBytes(18).toString('base64url');
      await call(clients.users.createUser.bind(clients.users), { user: { username, email: `${username}@example.com` }, password });
      accounts.push({ username, password });
    }
    return accounts;
  } finally {
    clients.close();
  }
}

export async function runControlPlane(ws: Workspace): Promise<ControlResult | Skipped> {
  if (!ws.options.runs.includes('control')) return { skipped: 'not run (--runs control)' };
  const pool = createPool(ws.database.url, 2);
  let admin;
  let passwordHash;
  try {
    admin = await bootstrapAdministrator(pool);
    if (admin) {
      const { rows } = await pool.query<{ password_hash: string | null }>('SELECT password_hash FROM users WHERE username = $1', [admin.username]);
      passwordHash = argon2Parameters(rows[0]?.password_hash);
    }
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
      logins: await loginAccounts(control.address, admin.apiToken, CONCURRENCY.login),
      userNames: ws.catalog.userIds.map((id) => `users/${id}`),
    };
    progress(`control: Login for ${ws.options.controlSeconds} s`);
    const login = await drive(ws, control, { ...base, method: 'login', concurrency: CONCURRENCY.login });
    progress(`control: GetUser for ${ws.options.controlSeconds} s`);
    const getUser = await drive(ws, control, { ...base, method: 'getUser', concurrency: CONCURRENCY.getUser });
    const hash = passwordHash ?? null;
    const rate = (s: CallStats) => (s.callsPerSecond < 100 ? s.callsPerSecond.toFixed(1) : formatCount(s.callsPerSecond));
    note(
      `control: Login ${rate(login.stats)}/s p50 ${login.stats.latencyMs.p50.toFixed(1)} ms p99 ${login.stats.latencyMs.p99.toFixed(1)} ms ` +
        `(argon2id-bound by design: ${describeArgon2(hash)}); ` +
        `GetUser ${rate(getUser.stats)}/s p50 ${getUser.stats.latencyMs.p50.toFixed(1)} ms p99 ${getUser.stats.latencyMs.p99.toFixed(1)} ms`,
    );
    return {
      login: login.stats,
      getUser: getUser.stats,
      serverCpuMicrosPerCall: { login: login.cpuMicrosPerCall, getUser: getUser.cpuMicrosPerCall },
      passwordHash: hash,
    };
  } finally {
    await control.stop();
  }
}
