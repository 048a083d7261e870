/**
 * PostgreSQL access shared by both planes: one pool per process, created from the config. Every wait
 * on the database is bounded: getting a connection, each statement (server side and, for a network
 * that went silent, client side), a session left idle inside a transaction, and a dead TCP peer
 * (keepalive). A silent network never sends FIN or RST, so without these a caller waits forever.
 */
import pg from 'pg';
import { defaultDatabaseTimeouts, type DatabaseTimeouts } from './config.js';
import type { Logger } from './log.js';

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

// int8 (bigint) columns hold byte counters that exceed 2^53 only on absurd totals; parse them as
// numbers so arithmetic stays simple. Values above Number.MAX_SAFE_INTEGER are refused upstream.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** How much longer than statement_timeout the client waits before deciding the network is silent. */
const CLIENT_GRACE_MS = 5_000;

/**
 * A connection pool. An idle connection that breaks (server restart, network) is dropped by pg and
 * reported here; without a listener that event would crash the process.
 */
export function createPool(databaseUrl: string, max = 10, log?: Logger, timeouts: DatabaseTimeouts = defaultDatabaseTimeouts()): Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max,
    application_name: 'swarmgate',
    connectionTimeoutMillis: timeouts.connectTimeoutMs,
    statement_timeout: timeouts.statementTimeoutMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionTimeoutMs,
    // The server's answer never came (a frozen connection): the query fails instead of waiting forever.
    query_timeout: timeouts.statementTimeoutMs + CLIENT_GRACE_MS,
    keepAlive: true,
    keepAliveInitialDelayMillis: timeouts.keepAliveIdleMs,
  });
  pool.on('error', (err) => log?.warn({ err: err.message }, 'idle database connection failed'));
  return pool;
}

/**
 * Cut a checked-out connection at once: its socket is destroyed, so every query waiting on it fails
 * now (a silent connection would otherwise hold them until a timeout). Release it with an error after.
 */
export function destroyConnection(client: PoolClient, reason: Error): void {
  const stream = (client as unknown as { connection?: { stream?: { destroy(err?: Error): void } } }).connection?.stream;
  stream?.destroy(reason);
}

/** pg's client-side query timeout (query_timeout): the connection is stuck behind the lost query. */
export function isClientTimeout(err: unknown): boolean {
  return err instanceof Error && err.message === 'Query read timeout';
}

/** Run `fn` in a transaction on one connection: COMMIT on success, ROLLBACK on any error. */
export async function withTransaction<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let failure: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    if (isClientTimeout(err)) {
      // The server never answered: a ROLLBACK would queue behind the lost query. Cut the connection.
      failure = err as Error;
      destroyConnection(client, failure);
    } else {
      await client.query('ROLLBACK').catch((rollbackErr: Error) => {
        failure = rollbackErr; // the connection is unusable (broken): not handed back to the pool
      });
    }
    throw err;
  } finally {
    client.release(failure);
  }
}
