/**
 * Fresh databases for tests: each test file gets its own database, created from a migrated template
 * (built once per run by global-setup.ts) so files can run in parallel and never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createPool, type Pool } from '../../core/db.js';
import { adminUrl, databaseUrlFor, templateDatabaseName } from './database-names.js';
import { ensureTemplate } from './template.js';

export interface TestDatabase {
  url: string;
  name: string;
  pool: Pool;
  drop(): Promise<void>;
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new database; migrated (from the template) unless `migrated: false`. */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  // The run id lets the global teardown drop whatever this run leaves behind.
  const name = `swarmgate_test_${inject('testRunId')}_${randomBytes(6).toString('hex')}`;
  const template = options.migrated === false ? 'template0' : templateDatabaseName();
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`)).catch(async (err: { code?: string }) => {
    // Another checkout's test run on the same server may have dropped our template as stale: rebuild it.
    if (err.code !== '3D000' || template === 'template0') throw err;
    await ensureTemplate();
    await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  });
  const url = databaseUrlFor(name);
  const pool = createPool(url, 5);
  return {
    url,
    name,
    pool,
    async drop() {
      await pool.end();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
