import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMigrationFiles, migrateUp, migrationStatus } from '../core/migrations.js';
import { migrationsDir } from '../core/paths.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ migrated: false });
  });
  afterAll(() => db.drop());

  it('a failing migration leaves the database as it was before it, and the ones before it applied', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swarmgate-migrations-'));
    for (const name of listMigrationFiles()) copyFileSync(join(migrationsDir, `${name}.sql`), join(dir, `${name}.sql`));
    // Its first statement succeeds, its second fails: the transaction must take both back.
    writeFileSync(
      join(dir, '20991231000000_broken.sql'),
      `-- Up Migration\nCREATE TABLE half_written (id int);\nINSERT INTO no_such_table VALUES (1);\n-- Down Migration\nDROP TABLE half_written;\n`,
    );
    await expect(migrateUp(db.url, dir)).rejects.toThrow(/no_such_table/);
    const table = await db.pool.query(`SELECT to_regclass('half_written') AS t`);
    expect(table.rows[0].t).toBeNull();
    const status = await migrationStatus(db.url);
    expect(status.every((m) => m.appliedAt !== null)).toBe(true);
    const recorded = await db.pool.query(`SELECT 1 FROM schema_migrations WHERE name = '20991231000000_broken'`);
    expect(recorded.rowCount).toBe(0);
    // Applying again (the shipped set) changes nothing.
    expect(await migrateUp(db.url)).toEqual([]);
  });
});
