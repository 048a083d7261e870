/** PostgreSQL access shared by both planes: one pool per process, created from the config. */
import pg from 'pg';
import type { Logger } from './log.js';

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

// int8 (bigint) columns hold byte counters that exceed 2^53 only on absurd totals; parse them as
// numbers so arithmetic stays simple. Values above Number.MAX_SAFE_INTEGER are refused upstream.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/**
 * A connection pool. An idle connection that breaks (server restart, network) is dropped by pg and
 * reported here; without a listener that event would crash the process.
 */
export function createPool(databaseUrl: string, max = 10, log?: Logger): Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max, application_name: 'swarmgate' });
  pool.on('error', (err) => log?.warn({ err: err.message }, 'idle database connection failed'));
  return pool;
}

/** Run `fn` in a transaction on one connection: COMMIT on success, ROLLBACK on any error. */
export async function withTransaction<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
