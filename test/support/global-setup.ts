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
import { projectRoot } from '../../core/paths.js';
import { adminUrl } from './database-names.js';
import { ensureTemplate } from './template.js';

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
