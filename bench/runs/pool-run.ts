/**
 * Pool run: stream leases (start, heartbeats, end) from many users over many keys, each key at a
 * small cap so starts are refused often, against the engine's pool routes (driven by wrk with
 * bench/load/wrk-pool.lua); then the same mix the pool document's way in PostgreSQL (count the
 * key's open sessions, then insert), as written and made safe with a row lock on the key (driven by
 * pool-runner.ts over node-postgres). For each: operations per second, p99, and cap violations
 * counted from torbox_concurrency_log afterwards.
 *
 * Why two drivers: on a small machine the load generator shares the cores with what it measures.
 * The SQL ways are bound by PostgreSQL's CPU (hundreds of µs per operation), so their driver does
 * not matter; the engine answers in tens of µs, and a Node client spending as much per request as
 * the engine would halve what the run can show. wrk spends a few µs.
 */
import { createPool, type Pool } from '../../core/db.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { POOL_RUNNER_GO, POOL_RUNNER_READY, type SqlPoolMode, type PoolRunnerRequest, type PoolRunnerResult } from '../load/pool-runner-protocol.js';
import { runWrkScript, wrkAvailable, wrkScript, WRK_INSTALL, type WrkOutput } from '../load/wrk-driver.js';
import { capViolations, seedPool } from '../seed/pool-seed.js';
import { note, progress } from '../suite/progress.js';
import type { Workspace } from '../suite/workspace.js';
import { firstMessage, startChild } from '../support/child-process.js';
import { freePort } from '../support/free-port.js';
import { CpuWindow, isDisturbed } from '../support/cpu-window.js';
import { nodeScript, scriptUrl } from '../support/node-script.js';
import { startEngine } from '../suite/start-target.js';
import type { PoolModeResult, PoolResult, Skipped } from './run-results.js';

const runner = scriptUrl('../load/pool-runner', import.meta.url);
const wrkPoolScript = wrkScript('wrk-pool.lua');
const HEARTBEATS = 2;

type Driven = { run: PoolRunnerResult; cpu: PoolModeResult['cpu'] };

const perOperation = (result: PoolRunnerResult, seconds: number) => (result.operations > 0 ? (seconds * 1e6) / result.operations : 0);

/** The engine's pool routes under wrk: `concurrency` connections, each a proxy (wrk-pool.lua). */
async function driveEngine(ws: Workspace, base: { seconds: number; concurrency: number; heartbeats: number; userIds: string[] }, poolUrl: string, token: string, serverPid: number): Promise<Driven> {
  const usersFile = join(ws.workDir, 'pool-users.txt');
  writeFileSync(usersFile, base.userIds.join('\n') + '\n');
  let window: CpuWindow | null = null;
  const { out, cpuSeconds } = await runWrkScript<WrkOutput & { started: number; refused: number; failed: number; ended: number }>({
    script: wrkPoolScript,
    scriptArgs: [usersFile, token, String(base.heartbeats)],
    baseUrl: poolUrl,
    connections: base.concurrency,
    threads: 1,
    durationSeconds: base.seconds,
    logPath: join(ws.workDir, 'wrk-pool.log'),
    onStart: () => (window = new CpuWindow(serverPid)),
  });
  const use = window!.end(cpuSeconds);
  // 429s are wrk "status errors" but answered operations here; anything else unexpected is an error.
  const errors = out.connect + out.read + out.write + out.timeout + out.failed;
  const run: PoolRunnerResult = {
    seconds: out.durationUs / 1e6,
    operations: out.requests,
    started: out.started,
    refused: out.refused,
    errors,
    firstError: errors > 0 ? `wrk: ${out.failed} unexpected answers, ${out.connect + out.read + out.write} socket errors, ${out.timeout} timeouts (see wrk-pool.log)` : null,
    latencyMs: { p50: out.p50Us / 1000, p99: out.p99Us / 1000, max: out.maxUs / 1000 },
    cpuSeconds: cpuSeconds ?? 0,
  };
  if (run.errors > 0) note(`pool engine: ${run.firstError}`);
  return {
    run,
    cpu: { ...use, serverMicrosPerOperation: perOperation(run, use.serverCpuSeconds), databaseMicrosPerOperation: perOperation(run, use.databaseCpuSeconds), disturbed: isDisturbed(use) },
  };
}

/** One of the pool document's SQL ways, from pool-runner.ts; its cost is PostgreSQL's. */
async function driveSql(ws: Workspace, request: PoolRunnerRequest): Promise<Driven> {
  const child = startChild(process.execPath, nodeScript(runner), { logPath: `${ws.workDir}/pool-runner-${request.mode}.log`, ipc: true });
  try {
    const ready = firstMessage(child, `pool ${request.mode} load to connect`, 60_000);
    child.process.send(request);
    const readyReply = (await ready) as typeof POOL_RUNNER_READY | { failed: string };
    if (typeof readyReply === 'object') throw new Error(readyReply.failed);
    const reply = firstMessage(child, `pool ${request.mode} load`, (request.seconds + 60) * 1000);
    // The SQL ways have no server of their own: their cost is PostgreSQL's (the window's server figure is then 0).
    const window = new CpuWindow(child.pid);
    child.process.send(POOL_RUNNER_GO);
    const result = (await reply) as PoolRunnerResult | { failed: string };
    if ('failed' in result) throw new Error(result.failed);
    const use = window.end(result.cpuSeconds);
    use.serverCpuSeconds = 0;
    if (result.errors > 0) note(`pool ${request.mode}: ${result.errors} errors, first: ${result.firstError}`);
    return {
      run: result,
      cpu: { ...use, serverMicrosPerOperation: 0, databaseMicrosPerOperation: perOperation(result, use.databaseCpuSeconds), disturbed: isDisturbed(use) },
    };
  } finally {
    await child.stop();
  }
}

async function measured(pool: Pool, cap: number, { run: result, cpu }: Driven): Promise<PoolModeResult> {
  const log = await capViolations(pool, cap);
  const { cpuSeconds: _load, ...figures } = result;
  return { ...figures, cpu, operationsPerSecond: result.seconds > 0 ? result.operations / result.seconds : 0, violations: log.violations, peakStreams: log.peak, sessionsLogged: log.sessions };
}

const line = (name: string, m: PoolModeResult) =>
  `${name} ${Math.round(m.operationsPerSecond).toLocaleString('en-US')} ops/s p99 ${m.latencyMs.p99.toFixed(1)} ms, ${m.violations} cap violations (peak ${m.peakStreams}), ` +
  `CPU per op: engine ${Math.round(m.cpu.serverMicrosPerOperation)} µs + PostgreSQL ${Math.round(m.cpu.databaseMicrosPerOperation)} µs${m.cpu.disturbed ? ' (disturbed)' : ''}`;

export async function runPool(ws: Workspace): Promise<PoolResult | Skipped> {
  const o = ws.options;
  if (!o.runs.includes('pool')) return { skipped: 'not run (--runs pool)' };
  if (!wrkAvailable()) return { skipped: `wrk is not installed (${WRK_INSTALL})` };
  const pool = createPool(ws.database.url, 2);
  try {
    const users = ws.catalog.userIds.slice(0, Math.min(ws.catalog.userIds.length, o.poolKeys * 100));
    progress(`pool: seeding ${o.poolKeys} keys (cap ${o.poolCap}) for ${users.length} users`);
    const seed = await seedPool(pool, o.poolKeys, o.poolCap);
    const base = { seconds: o.poolSeconds, concurrency: o.poolConcurrency, heartbeats: HEARTBEATS, userIds: users, cap: o.poolCap };

    const poolPort = await freePort();
    const engine = await startEngine(ws, {
      label: 'pool',
      env: { SWARMGATE_POOL_MASTER_KEY: seed.masterKey, SWARMGATE_SERVICE_PORT: String(poolPort), SWARMGATE_SERVICE_HOST: '127.0.0.1' },
    });
    let engineRun: Driven;
    try {
      progress(`pool: engine routes for ${o.poolSeconds} s`);
      engineRun = await driveEngine(ws, base, `http://127.0.0.1:${poolPort}`, seed.token, engine.pid);
    } finally {
      await engine.stop(); // its final flush writes every session's end
    }
    const engineResult = await measured(pool, o.poolCap, engineRun);

    // The SQL ways use the slots the engine gave out, and start from an empty log.
    const { rows } = await pool.query<{ user_id: string; pool_key_id: string; id: string }>(
      `SELECT user_id, pool_key_id, id FROM torbox_slots WHERE user_id = ANY($1::uuid[])`,
      [users],
    );
    const slotOf = new Map(rows.map((r) => [r.user_id, { keyId: r.pool_key_id, slotId: r.id }]));
    const sqlUsers = users.filter((u) => slotOf.has(u));
    const sqlBase = { ...base, userIds: sqlUsers, slots: sqlUsers.map((u) => slotOf.get(u)!), databaseUrl: ws.database.url };
    const sql: Partial<Record<SqlPoolMode, PoolModeResult>> = {};
    for (const mode of ['sql-unlocked', 'sql-locked'] as const) {
      await pool.query('TRUNCATE torbox_concurrency_log');
      progress(`pool: PostgreSQL ${mode === 'sql-locked' ? 'with a row lock' : 'as written'} for ${o.poolSeconds} s`);
      sql[mode] = await measured(pool, o.poolCap, await driveSql(ws, { ...sqlBase, mode }));
    }
    const locked = sql['sql-locked']!;
    const result: PoolResult = {
      keys: o.poolKeys,
      cap: o.poolCap,
      users: users.length,
      concurrency: o.poolConcurrency,
      heartbeats: HEARTBEATS,
      seconds: o.poolSeconds,
      engine: engineResult,
      sqlUnlocked: sql['sql-unlocked']!,
      sqlLocked: locked,
      speedupOverLocked: locked.operationsPerSecond > 0 ? engineResult.operationsPerSecond / locked.operationsPerSecond : null,
    };
    note(`pool: ${line('engine', result.engine)}; ${line('SQL as written', result.sqlUnlocked)}; ${line('SQL with a row lock', result.sqlLocked)}`);
    return result;
  } finally {
    await pool.end();
  }
}
