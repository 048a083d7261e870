/**
 * The migrated template test databases are cloned from, named after the migration set. Built by the
 * global setup, and again by a test file that finds it gone (another checkout with another migration
 * set may have dropped it as stale meanwhile).
 */
import pg from 'pg';
import { migrateUp } from '../../core/migrations.js';
import { adminUrl, databaseUrlFor, templateDatabaseName } from './database-names.js';

export async function ensureTemplate(): Promise<void> {
  const template = templateDatabaseName();
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    // Several test processes (and worktrees) may get here at once: one builds, the others wait.
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (rowCount) return;
    // Build under a temporary name and rename at the end: a crash mid-way never leaves a half template.
    const building = `${template}_building`;
    await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${building} TEMPLATE template0`);
    await migrateUp(databaseUrlFor(building));
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    await admin.query(`COMMENT ON DATABASE ${template} IS 'swarmgate test template built ${new Date().toISOString()}'`);
    // Templates of other migration sets are dropped only once they are a day old: other checkouts
    // (branches) may be testing against them on this server right now.
    const stale = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database
       WHERE datname LIKE 'swarmgate\\_template\\_%' AND datname <> $1
         AND substring(shobj_description(oid, 'pg_database') FROM 'built (.*)$')::timestamptz < now() - interval '1 day'`,
      [template],
    );
    for (const { datname } of stale.rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
