/**
 * `swarmgatectl pool ...` against `swarmgate control` (both the compiled programs, as separate
 * processes, the server with SWARMGATE_POOL_MASTER_KEY): every verb, tables that fit 80 columns,
 * --json, and the secret in no output of either program.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapAdministrator, type AdministratorCredentials } from '../../control/bootstrap.js';
import { projectRoot } from '../../core/paths.js';
import { startCli, type RunningCli } from '../support/cli.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { freePort } from '../support/engine.js';
import { insertStream, insertUsageLog, insertUser, MASTER_KEY } from './pool-control-fixtures.js';

const SECRET = 'tb-ctl-secret-5f0e1d2c-3b4a-5968-7766-554433221100';
const NEW_SECRET = 'tb-ctl-secret-rotated-99887766';

describe('swarmgatectl pool', () => {
  let db: TestDatabase;
  let control: RunningCli;
  let admin: AdministratorCredentials;
  let home: string;
  let address: string;
  const outputs: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = (await bootstrapAdministrator(db.pool))!;
    home = mkdtempSync(join(tmpdir(), 'swarmgatectl-pool-'));
    const port = await freePort();
    address = `127.0.0.1:${port}`;
    control = startCli(['control'], { DATABASE_URL: db.url, SWARMGATE_CONTROL_PORT: String(port), SWARMGATE_POOL_MASTER_KEY: MASTER_KEY, SWARMGATE_LOG_LEVEL: 'trace' });
    await control.waitFor(/control plane ready/);
  });
  afterAll(async () => {
    expect(await control.stop()).toBe(0);
    rmSync(home, { recursive: true, force: true });
    await db.drop();
  });

  function ctl(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
    const child = spawn(process.execPath, ['build/cli/swarmgatectl.js', ...args], {
      cwd: projectRoot,
      env: { ...process.env, SWARMGATECTL_CONFIG: join(home, 'ctl.json'), SWARMGATECTL_ADDRESS: address, SWARMGATE_TOKEN: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.end(stdin);
    return new Promise((resolve) =>
      child.on('close', (code) => {
        outputs.push(stdout, stderr);
        resolve({ code: code ?? -1, stdout, stderr });
      }),
    );
  }

  /** Runs a command that must succeed and print a table no wider than 80 columns. */
  async function table(args: string[]): Promise<string> {
    const result = await ctl(args);
    expect(result.code, result.stderr).toBe(0);
    for (const line of result.stdout.split('\n')) expect([...line].length, `${args.join(' ')}: ${line}`).toBeLessThanOrEqual(80);
    return result.stdout;
  }

  it('administers the pool from adding a key to deleting it', async () => {
    const login = await ctl(['login', admin.username, '--password-stdin'], `${admin.password}\n`);
    expect(login.code, login.stderr).toBe(0);

    const added = await ctl(['pool', 'add', 'main-key', '--api-key-stdin', '--max-users', '10', '--priority', '3'], `${SECRET}\n`);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/│ display name\s+│ main-key\s+│/);
    expect(added.stdout).toMatch(/│ fingerprint\s+│ [0-9a-f]{12}\s+│/);
    expect(added.stdout).toMatch(/│ user slots\s+│ 0 \/ 10\s+│/);

    const listed = await table(['pool', 'list']);
    expect(listed).toMatch(/│ main-key\s+│ healthy\s+│ 0\/10\s+│ 0\/35\s+│ 3\s+│ [0-9a-f]{12}\s+│/);
    const key = JSON.parse((await ctl(['--json', 'pool', 'get', 'main-key'])).stdout) as { name: string; id: string; etag: string; apiKeyFingerprint: string };
    expect(key.name).toBe(`poolKeys/${key.id}`);
    expect(await table(['pool', 'get', key.id.slice(0, 8)])).toContain('main-key');

    const updated = await ctl(['--json', 'pool', 'update', 'main-key', '--priority', '7', '--etag', key.etag]);
    expect(updated.code, updated.stderr).toBe(0);
    expect(JSON.parse(updated.stdout)).toMatchObject({ priority: 7 });
    const stale = await ctl(['pool', 'update', 'main-key', '--priority', '1', '--etag', key.etag]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/ABORTED[\s\S]*reason: ETAG_MISMATCH/);
    expect((await ctl(['pool', 'update', 'main-key'])).code).toBe(2);

    const user = await insertUser(db);
    const assigned = await ctl(['pool', 'assign', user, '--key', 'main-key', '--device', 'tv']);
    expect(assigned.code, assigned.stderr).toBe(0);
    expect(assigned.stdout).toContain(`${key.name}/slots/1`);
    expect(await table(['pool', 'slots', '--key', 'main-key'])).toMatch(new RegExp(`│ ${key.id.slice(0, 8)} │ 1 │ \\S+@example\\.test\\s+│`));
    expect(await table(['pool', 'status'])).toMatch(/│ main-key\s+│ 1\/10\s+│ OK\s+│ 0\/35\s+│ OK\s+│ healthy\s+│/);
    expect(await table(['pool', 'status', 'main-key'])).toMatch(/│ user slots\s+│ 1 \/ 10 \(10 %\) OK\s+│/);

    await db.pool.query(`UPDATE torbox_slots SET last_activity_at = now() - interval '5 days' WHERE user_id = $1`, [user]);
    const dry = await table(['pool', 'reclaim', '--dry-run']);
    expect(dry).toContain('dry run: nothing changed');
    expect(dry).toContain('1 shown');
    expect(await table(['pool', 'slots', '--idle-days', '4'])).toContain('1 shown');
    const reclaimed = await table(['pool', 'reclaim']);
    expect(reclaimed).toContain('1 device assignment(s) removed');
    expect(await table(['pool', 'slots'])).toContain('0 shown');
    await ctl(['pool', 'assign', user, '--key', 'main-key']);
    const released = await ctl(['pool', 'release', 'main-key', '1']);
    expect(released.code, released.stderr).toBe(0);
    expect(released.stdout).toContain(`${key.name}/slots/1`);

    const lease = await insertStream(db, { poolKeyId: key.id, userId: user });
    expect(await table(['pool', 'streams'])).toContain(lease);
    const ended = await ctl(['pool', 'end-stream', lease]);
    expect(ended.code, ended.stderr).toBe(0);
    expect(ended.stdout).toContain(`poolStreams/${lease}`);
    await db.pool.query(`UPDATE torbox_concurrency_log SET stream_ended_at = now(), end_reason = 'stopped' WHERE id = $1`, [lease]);

    await db.pool.query(
      `INSERT INTO torbox_pool_health (pool_key_id, endpoint, http_status, response_time_ms, was_successful, error_type, error_message, consecutive_failures)
       VALUES ($1, '/v1/api/user/me', 403, 80, false, 'http_error', 'HTTP 403 Forbidden', 1)`,
      [key.id],
    );
    expect(await table(['pool', 'health', '--failed'])).toMatch(/│ 403\s+│ no\s+│ 80\s+│ HTTP 403 Forbidden\s+│/);
    await insertUsageLog(db, { poolKeyId: key.id, userId: user, at: new Date(), ok: false, status: 502, endpoint: '/v1/api/torrents/createtorrent' });
    expect(await table(['pool', 'usage', '--key', 'main-key', '--failed'])).toMatch(/│ 502\s+│ 100\s+│ \/v1\/api\/torrent…\s+│/);

    const replaced = await ctl(['--json', 'pool', 'replace-secret', 'main-key', '--api-key-stdin'], `${NEW_SECRET}\n`);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(JSON.parse(replaced.stdout).apiKeyFingerprint).not.toBe(key.apiKeyFingerprint);

    const notDisabled = await ctl(['pool', 'delete', 'main-key']);
    expect(notDisabled.stderr).toMatch(/FAILED_PRECONDITION[\s\S]*reason: KEY_NOT_DISABLED/);
    expect((await ctl(['pool', 'disable', 'main-key', '--reason', 'retired'])).code).toBe(0);
    const deleted = await ctl(['pool', 'delete', 'main-key']);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stdout).toBe(`deleted ${key.name}\n`);
    expect(await table(['pool', 'list'])).toContain('0 shown');

    // Neither program ever printed a secret, even with the server logging at trace level.
    expect(control.output().length).toBeGreaterThan(0);
    for (const text of [...outputs, control.output()]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(NEW_SECRET);
    }
  });
});
