/** Where test databases live: the server of DATABASE_URL, or the local PostgreSQL. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listMigrationFiles } from '../../core/migrations.js';
import { migrationsDir } from '../../core/paths.js';

const LOCAL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** A connection to the maintenance database, used to create and drop test databases. */
export function adminUrl(): string {
  return databaseUrlFor('postgres');
}

export function databaseUrlFor(name: string): string {
  const url = new URL(process.env.DATABASE_URL ?? LOCAL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The template's name changes whenever a migration changes, so a stale template is never used. */
export function templateDatabaseName(): string {
  const hash = createHash('sha256');
  for (const name of listMigrationFiles()) hash.update(name).update(readFileSync(join(migrationsDir, `${name}.sql`)));
  return `swarmgate_template_${hash.digest('hex').slice(0, 12)}`;
}
