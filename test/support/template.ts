/**
 * The migrated template database test databases are cloned from, built when missing. Several
 * checkouts (and several files of one run) may share one PostgreSQL server, so the build is
 * serialised by an advisory lock and other checkouts' templates are never dropped here.
 */
import pg from 'pg';
import { migrateUp } from '../../core/migrations.js';
import { adminUrl, databaseUrlFor, templateDatabaseName } from './database-names.js';

export async function ensureTemplate(): Promise<void> {
  const template = templateDatabaseName();
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`SELECT pg_advisory_lock(hashtext($1))`, [template]);
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (rowCount) return;
    // Build under a temporary name and rename at the end: a crash mid-way never leaves a half template.
    const building = `${template}_building`;
    await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${building} TEMPLATE template0`);
    await migrateUp(databaseUrlFor(building));
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
  } finally {
    await admin.end();
  }
}
