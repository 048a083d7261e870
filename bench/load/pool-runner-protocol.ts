/**
 * The IPC messages between the pool run and its load process (pool-runner.ts), kept apart from the
 * runner so importing them does not install the runner's message handler.
 */
export const POOL_RUNNER_READY = 'ready';
export const POOL_RUNNER_GO = 'go';

/**
 * engine: the pool routes over HTTP keep-alive. sql-unlocked: the pool document's way, count(*) of
 * the key's open sessions then INSERT, as written. sql-locked: the same under a row lock on the key.
 */
export type PoolMode = 'engine' | 'sql-unlocked' | 'sql-locked';

export interface PoolRunnerRequest {
  mode: PoolMode;
  seconds: number;
  /** Sessions in flight at once (HTTP connections or PostgreSQL connections). */
  concurrency: number;
  /** Heartbeats per session between its start and its end. */
  heartbeats: number;
  /** engine: the service listener (pool routes) and an API token. */
  poolUrl?: string;
  token?: string;
  /** sql-*: the scratch database. */
  databaseUrl?: string;
  userIds: string[];
  /** sql-*: each user's key and slot (the engine picks them itself). */
  slots?: { keyId: string; slotId: string }[];
  /** sql-*: each key's cap. */
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
