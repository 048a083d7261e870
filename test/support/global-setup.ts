/**
 * Runs once around all test files: compiles the project into build/ (tests that start the CLI run
 * it from there, as an operator does), builds the migrated template database the files clone, and
 * afterwards drops any database this run left behind (a file whose setup failed cannot drop its own).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateUp } from '../../core/migrations.js';
import { projectRoot } from '../../core/paths.js';
import { adminUrl, databaseUrlFor, templateDatabaseName } from './database-names.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testRunId: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = randomBytes(4).toString('hex');
  project.provide('testRunId', runId);
  compileProject();
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

/** `tsc -p tsconfig.json`: the same build `npm run build` makes (control/generated is checked by its own test). */
function compileProject(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: projectRoot, stdio: 'inherit' });
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
    await admin.query(`COMMENT ON DATABASE ${template} IS 'swarmgate test template built ${new Date().toISOString()}'`);
    // Templates of earlier migration sets are dropped once they are a day old: a younger one may be in
    // use by another checkout testing another migration set on the same server right now.
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
