/**
 * Schema migrations: ordered, timestamp-named SQL files in migrations/, applied by node-pg-migrate,
 * each in its own transaction (a failing file leaves the database as it was before that file).
 */
import { readdirSync } from 'node:fs';
import pg from 'pg';
import { runner } from 'node-pg-migrate';
import { migrationsDir } from './paths.js';

const MIGRATIONS_TABLE = 'schema_migrations';

const silentLogger = { debug() {}, info() {}, warn() {}, error() {} };

/** Every migration shipped with this build (or in `dir`), in the order it applies. */
export function listMigrationFiles(dir = migrationsDir): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d{14}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => f.replace(/\.sql$/, ''));
}

/**
 * Apply pending migrations; returns the names applied by this call (empty when up to date). `dir`
 * defaults to the shipped migrations (tests point it elsewhere).
 */
export async function migrateUp(databaseUrl: string, dir = migrationsDir): Promise<string[]> {
  const applied = await runner({
    databaseUrl,
    dir,
    direction: 'up',
    migrationsTable: MIGRATIONS_TABLE,
    useGlob: false,
    ignorePattern: '(\\..*)|(.*\\.md)',
    checkOrder: true,
    logger: silentLogger,
    verbose: false,
  });
  return applied.map((m) => m.name);
}

export interface MigrationState {
  name: string;
  appliedAt: Date | null;
}

/** Each shipped migration with the time it was applied (null: pending). */
export async function migrationStatus(databaseUrl: string): Promise<MigrationState[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const exists = await client.query(`SELECT to_regclass($1) IS NOT NULL AS ok`, [MIGRATIONS_TABLE]);
    const rows = exists.rows[0].ok
      ? (await client.query<{ name: string; run_on: Date }>(`SELECT name, run_on FROM ${MIGRATIONS_TABLE}`)).rows
      : [];
    const appliedAt = new Map(rows.map((r) => [r.name, r.run_on]));
    return listMigrationFiles().map((name) => ({ name, appliedAt: appliedAt.get(name) ?? null }));
  } finally {
    await client.end();
  }
}

/** Create monthly partitions of every time-series table from this month for `months` months. */
export async function createUpcomingPartitions(databaseUrl: string, months: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT create_upcoming_partitions($1)', [months]);
  } finally {
    await client.end();
  }
}
