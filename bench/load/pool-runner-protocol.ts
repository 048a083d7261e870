/**
 * The IPC messages between the pool run and its load process (pool-runner.ts), kept apart from the
 * runner so importing them does not install the runner's message handler.
 */
export const POOL_RUNNER_READY = 'ready';
export const POOL_RUNNER_GO = 'go';

/**
 * sql-unlocked: the pool document's way, count(*) of the key's open sessions then INSERT, as
 * written. sql-locked: the same under a row lock on the key. (The engine's routes are driven by wrk:
 * bench/load/wrk-pool.lua.)
 */
export type SqlPoolMode = 'sql-unlocked' | 'sql-locked';

export interface PoolRunnerRequest {
  mode: SqlPoolMode;
  seconds: number;
  /** Sessions in flight at once (PostgreSQL connections). */
  concurrency: number;
  /** Heartbeats per session between its start and its end. */
  heartbeats: number;
  databaseUrl: string;
  userIds: string[];
  /** Each user's key and slot: those the engine gave out in the engine part of the run. */
  slots: { keyId: string; slotId: string }[];
  /** Each key's cap. */
  cap: number;
}

export interface PoolRunnerResult {
  seconds: number;
  /** Requests answered: starts (granted or refused), heartbeats and ends. */
  operations: number;
  started: number;
  refused: number;
  errors: number;
  firstError: string | null;
  latencyMs: { p50: number; p99: number; max: number };
  /** The load process's own CPU over the window. */
  cpuSeconds: number;
}
