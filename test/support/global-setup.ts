/**
 * Runs once around all test files: builds the migrated template database they are cloned from, and
 * afterwards drops any database this run left behind (a file whose setup failed cannot drop its own).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateUp } from '../../core/migrations.js';
import { adminUrl, databaseUrlFor, templateDatabaseName } from './database-names.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testRunId: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = randomBytes(4).toString('hex');
  project.provide('testRunId', runId);
  await ensureTemplate();
  return async () => {
    const admin = new pg.Client({ connectionString: adminUrl() });
    await admin.connect();
    try {
      const left = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`swarmgate_test_${runId}_%`]);
      for (const { datname } of left.rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  };
}

async function ensureTemplate(): Promise<void> {
  const template = templateDatabaseName();
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (rowCount) return;
    // Build under a temporary name and rename at the end: a crash mid-way never leaves a half template.
    const building = `${template}_building`;
    await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${building} TEMPLATE template0`);
    await migrateUp(databaseUrlFor(building));
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    // Old templates from earlier migration sets are left to the operator; drop them here as they are ours.
    const stale = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'swarmgate\\_template\\_%' AND datname <> $1`,
      [template],
    );
    for (const { datname } of stale.rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
