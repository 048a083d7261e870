/**
 * A throwaway database for one bench run on the operator's PostgreSQL server: created empty,
 * migrated with the shipped migrations, dropped at the end (unless kept for inspection).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateUp } from '../../core/migrations.js';

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

function urlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlFor(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** `serverUrl` is any URL of the server; the database part is replaced. */
export async function createScratchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const name = `swarmgate_bench_${stamp}_${randomBytes(3).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE ${name} TEMPLATE template0`);
  const url = urlFor(serverUrl, name);
  const drop = () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  try {
    await migrateUp(url);
  } catch (err) {
    await drop();
    throw err;
  }
  return { name, url, drop };
}
