import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMigrationFiles } from '../core/migrations.js';
import { runCli, startCli } from './support/cli.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { freePort } from './support/engine.js';

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

describe('swarmgate CLI against an external database', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ migrated: false });
  });
  afterAll(() => db.drop());

  it('migrate up applies everything, then status lists every migration as applied', async () => {
    const up = await runCli(['migrate', 'up'], { DATABASE_URL: db.url });
    expect(up.code, up.stderr).toBe(0);
    expect(up.stdout.match(/^applied /gm)).toHaveLength(listMigrationFiles().length);
    const again = await runCli(['migrate', 'up'], { DATABASE_URL: db.url });
    expect(again.stdout).toContain('schema is up to date');
    const status = await runCli(['migrate', 'status'], { DATABASE_URL: db.url });
    expect(status.code).toBe(0);
    for (const name of listMigrationFiles()) expect(status.stdout).toMatch(new RegExp(`^applied  ${name}  \\d{4}-`, 'm'));
    expect(status.stdout).toContain(`${listMigrationFiles().length} applied, 0 pending`);
  });

  it('migrate partitions creates upcoming months', async () => {
    const result = await runCli(['migrate', 'partitions', '--months', '6'], { DATABASE_URL: db.url });
    expect(result.code, result.stderr).toBe(0);
    const future = new Date();
    future.setUTCMonth(future.getUTCMonth() + 5);
    const name = `announces_y${future.getUTCFullYear()}m${String(future.getUTCMonth() + 1).padStart(2, '0')}`;
    const { rowCount } = await db.pool.query(`SELECT 1 FROM pg_class WHERE relname = $1`, [name]);
    expect(rowCount).toBe(1);
  });

  it('config prints the effective configuration with secrets redacted', async () => {
    const result = await runCli(['config'], { DATABASE_URL: 'postgres://sg:hunter2@db.example:5432/sg', SWARMGATE_ENGINE_PORT: '7777' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^engine\.port\s+7777\s+\[SWARMGATE_ENGINE_PORT\]$/m);
    expect(result.stdout).toContain('postgres://sg:***@db.example:5432/sg');
    expect(result.stdout).not.toContain('hunter2');
  });

  it('a bad configuration value stops start-up with a message that names it', async () => {
    const result = await runCli(['start'], { DATABASE_URL: db.url, SWARMGATE_ENGINE_WORKERS: 'many' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/engine\.workers \(SWARMGATE_ENGINE_WORKERS\) = "many"/);
  });
});

describe('swarmgate start with the embedded PostgreSQL', () => {
  it('refuses, saying why, a data directory the postgres user cannot reach', async () => {
    const closed = mkdtempSync(join(tmpdir(), 'swarmgate-closed-')); // mode 0700
    try {
      const result = await runCli(['start'], { SWARMGATE_DATA_DIR: join(closed, 'data'), SWARMGATE_EMBEDDED_PG_PORT: String(await freePort()) });
      expect(result.code).toBe(1);
      expect(result.stdout + result.stderr).toMatch(/postgres user, which cannot enter .*swarmgate-closed-.*SWARMGATE_DATA_DIR/);
    } finally {
      rmSync(closed, { recursive: true, force: true });
    }
  });

  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'swarmgate-start-'));
    // The embedded server runs as the `postgres` user when we are root: it must reach the directory.
    chmodSync(dataDir, 0o755);
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('initialises, migrates, prints the administrator once, serves, stops cleanly and restarts on the same data', async () => {
    const env = {
      SWARMGATE_DATA_DIR: dataDir,
      SWARMGATE_EMBEDDED_PG_PORT: String(await freePort()),
      SWARMGATE_ENGINE_PORT: String(await freePort()),
      SWARMGATE_ENGINE_HOST: '127.0.0.1',
      SWARMGATE_ENGINE_WORKERS: '1',
      SWARMGATE_CONTROL_PORT: String(await freePort()),
    };
    const first = startCli(['start'], env);
    try {
      await first.waitFor(/swarmgate ready/, 120_000);
      // Without a terminal on stdout the one-time credentials go to a file only its owner can read,
      // named in the log, and never into the log stream itself.
      const file = join(dataDir, 'first-run-credentials.txt');
      expect(first.output()).toContain(file);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const credentials = readFileSync(file, 'utf8');
      expect(credentials).toMatch(/username:\s+admin/);
      expect(credentials).toMatch(/password:\s+\S{20}/);
      expect(credentials).toMatch(/API token:\s+sgt_\S{43}/);
      expect(first.output()).not.toMatch(/API token:/);
      const health = await fetch(`http://127.0.0.1:${env.SWARMGATE_ENGINE_PORT}/healthz`);
      expect(await health.text()).toBe('ok\n');
    } finally {
      expect(await first.stop('SIGTERM'), first.output()).toBe(0);
    }
    expect(first.output()).toMatch(/embedded PostgreSQL stopped/);
    expect(await portOpen(Number(env.SWARMGATE_EMBEDDED_PG_PORT))).toBe(false);

    const second = startCli(['start'], env);
    try {
      await second.waitFor(/swarmgate ready/, 120_000);
      expect(second.output()).toMatch(/"firstRun":false/);
      expect(second.output()).toMatch(/schema is up to date/);
      expect(second.output()).not.toMatch(/first-run-credentials/);
    } finally {
      expect(await second.stop('SIGINT'), second.output()).toBe(0);
    }
  });
});

describe('a failed embedded start says why', () => {
  it('names what PostgreSQL reported when its port is taken', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'swarmgate-taken-'));
    chmodSync(dataDir, 0o755);
    const { createServer } = await import('node:net');
    const blocker = createServer();
    const pgPort = await freePort();
    await new Promise<void>((resolve) => blocker.listen(pgPort, '127.0.0.1', resolve));
    try {
      const result = await runCli(['start'], {
        SWARMGATE_DATA_DIR: dataDir,
        SWARMGATE_EMBEDDED_PG_PORT: String(pgPort),
        SWARMGATE_ENGINE_PORT: String(await freePort()),
        SWARMGATE_CONTROL_PORT: String(await freePort()),
      });
      expect(result.code).toBe(1);
      expect(result.stdout + result.stderr).toMatch(new RegExp(`start failed: the embedded PostgreSQL on port ${pgPort} did not start .*(Address already in use|could not create any TCP/IP sockets)`));
    } finally {
      blocker.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
