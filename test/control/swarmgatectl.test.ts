/**
 * swarmgatectl against `swarmgate control` (both run from source, as separate processes): log in,
 * create a user, find it, change it, disable it; tables by default, JSON with --json, and a refused
 * call's code and details on stderr.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import bencode from 'bencode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapAdministrator, type AdministratorCredentials } from '../../control/bootstrap.js';
import { projectRoot } from '../../core/paths.js';
import { startCli, type RunningCli } from '../support/cli.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { infoHashOf } from '../support/bittorrent/torrent-file.js';
import { freePort } from '../support/engine.js';
import { makeTorrent } from './transmission.js';

describe('swarmgatectl', () => {
  let db: TestDatabase;
  let control: RunningCli;
  let admin: AdministratorCredentials;
  let home: string;
  let address: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = (await bootstrapAdministrator(db.pool))!;
    home = mkdtempSync(join(tmpdir(), 'swarmgatectl-'));
    const port = await freePort();
    address = `127.0.0.1:${port}`;
    control = startCli(['control'], { DATABASE_URL: db.url, SWARMGATE_CONTROL_PORT: String(port), SWARMGATE_ENGINE_HOST: '127.0.0.1' });
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
    return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr })));
  }

  it('drives a user from creation through disable', async () => {
    const notYet = await ctl(['users', 'list']);
    expect(notYet.code).toBe(2);
    expect(notYet.stderr).toMatch(/not logged in/);

    const login = await ctl(['login', admin.username, '--password-stdin', '--device', 'ctl test'], `${admin.password}\n`);
    expect(login.code, login.stderr).toBe(0);
    expect(login.stdout).toMatch(/^logged in as admin \(users\/[0-9a-f-]{36}\)/);
    expect(statSync(join(home, 'ctl.json')).mode & 0o777).toBe(0o600);

    const created = await ctl(['users', 'create', 'zoe', '--email', 'zoe@example.test', '--group', 'power_user']);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/│ username\s+│ zoe\s+│/);
    expect(created.stdout).toMatch(/│ group\s+│ power_user\s+│/);
    expect(created.stdout).toMatch(/generated password \(shown once\): \S{20}/);

    const listed = await ctl(['users', 'list', '--group', 'power_user']);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/│ zoe\s+│ zoe@example\.test\s+│ power_user\s+│ enabled\s+│/);
    expect(listed.stdout).toContain('1 shown');

    const asJson = await ctl(['--json', 'users', 'get', 'zoe']);
    expect(asJson.code, asJson.stderr).toBe(0);
    const zoe = JSON.parse(asJson.stdout) as { name: string; passkey: string; etag: string; status: string };
    expect(zoe).toMatchObject({ status: 'USER_STATUS_ENABLED' });

    const rotated = await ctl(['--json', 'users', 'rotate-passkey', zoe.name]);
    expect(JSON.parse(rotated.stdout).passkey).not.toBe(zoe.passkey);

    const updated = await ctl(['users', 'update', 'zoe', '--title', 'Archivist', '--can-download', 'false']);
    expect(updated.code, updated.stderr).toBe(0);
    expect(updated.stdout).toMatch(/│ can download\s+│ false\s+│/);

    // A stale etag and a missing reason are refused with the code and details on stderr.
    const stale = await ctl(['users', 'disable', 'zoe', '--reason', 'abuse', '--etag', zoe.etag]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/^swarmgatectl: ABORTED: .*\n  reason: ETAG_MISMATCH\n/);
    const noReason = await ctl(['users', 'disable', 'zoe', '--reason', ' ']);
    expect(noReason.code).toBe(1);
    expect(noReason.stderr).toContain('INVALID_ARGUMENT');
    expect(noReason.stderr).toContain('field reason: is required');

    const disabled = await ctl(['users', 'disable', 'zoe', '--reason', 'abuse']);
    expect(disabled.code, disabled.stderr).toBe(0);
    expect(disabled.stdout).toMatch(/│ status\s+│ disabled\s+│/);
    expect(disabled.stdout).toMatch(/│ disabled reason\s+│ abuse\s+│/);
    const { rows } = await db.pool.query(`SELECT status, disabled_reason, title, can_download FROM users WHERE username = 'zoe'`);
    expect(rows[0]).toEqual({ status: 'disabled', disabled_reason: 'abuse', title: 'Archivist', can_download: false });
    const { rows: audit } = await db.pool.query(
      `SELECT action FROM audit_logs WHERE entity_id = (SELECT id::text FROM users WHERE username = 'zoe') ORDER BY id`,
    );
    expect(audit.map((r) => r.action)).toEqual(['user.create', 'user.rotate_passkey', 'user.update', 'user.disable']);

    const loggedOut = await ctl(['logout']);
    expect(loggedOut.stdout).toBe('logged out\n');
    expect((await ctl(['whoami'])).code).toBe(2);
  });

  /** Every line of a table fits an 80-column terminal. */
  function expectFits80(output: string): void {
    for (const line of output.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  }

  it('lists the categories, and a wrong category names them', async () => {
    await ctl(['login', admin.username, '--password-stdin'], admin.password);
    const categories = await ctl(['torrents', 'categories']);
    expect(categories.code, categories.stderr).toBe(0);
    expect(categories.stdout).toMatch(/│ movies-hd\s+│/);
    const made = await makeTorrent('Ctl.Wrong.Category-GRP', { 'Ctl.Wrong.Category-GRP': 1024 });
    const wrong = await ctl(['torrents', 'register', made.path, '--category', 'films']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/field category: no category with slug "films"; categories: .*movies-hd/);
    const help = await ctl(['torrents', 'register', '--help']);
    expect(help.stdout).toMatch(/--category <slug>\s+category slug, e\.g\. movies-hd \(required/);
  });

  it('finds the control plane from the server\'s own SWARMGATE_CONTROL_PORT', async () => {
    const child = spawn(process.execPath, ['build/cli/swarmgatectl.js', '--json', 'whoami'], {
      cwd: projectRoot,
      env: { ...process.env, SWARMGATECTL_CONFIG: join(home, 'none.json'), SWARMGATECTL_ADDRESS: '', SWARMGATE_CONTROL_PORT: address.split(':')[1], SWARMGATE_TOKEN: admin.apiToken },
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ username: 'admin' });
  });

  it('downloads a .torrent carrying the user\'s own passkey, the info dictionary unchanged', async () => {
    await ctl(['login', admin.username, '--password-stdin'], admin.password);
    const made = await makeTorrent('Ctl.Download-GRP', { 'Ctl.Download-GRP': 4096 });
    const registered = JSON.parse((await ctl(['--json', 'torrents', 'register', made.path, '--category', 'movies-hd'])).stdout) as { infoHash: string };
    await ctl(['torrents', 'approve', registered.infoHash]);
    const file = join(home, 'mine.torrent');
    const downloaded = await ctl(['torrents', 'download', registered.infoHash, '-o', file]);
    expect(downloaded.code, downloaded.stderr).toBe(0);
    const bytes = readFileSync(file);
    const passkey = (await db.pool.query<{ passkey: string }>(`SELECT passkey FROM users WHERE username = 'admin'`)).rows[0]!.passkey;
    const decoded = bencode.decode(bytes) as { announce: Uint8Array };
    expect(Buffer.from(decoded.announce).toString()).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/${passkey}/announce$`));
    expect(infoHashOf(bytes).toString('hex')).toBe(registered.infoHash);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('registers, finds, flags and approves a torrent, and makes an API token', async () => {
    const login = await ctl(['login', admin.username, '--password-stdin'], admin.password);
    expect(login.code, login.stderr).toBe(0);
    const whoami = await ctl(['whoami']);
    expect(whoami.stdout).toMatch(/│ group\s+│ sysop \(level 25\)\s+│/);
    expectFits80(whoami.stdout);

    const made = await makeTorrent('Ctl.Release.2024-GRP', { 'Ctl.Release.2024-GRP': 2048 });
    const registered = await ctl(['--json', 'torrents', 'register', made.path, '--category', 'movies-hd']);
    expect(registered.code, registered.stderr).toBe(0);
    const torrent = JSON.parse(registered.stdout) as { infoHash: string; moderationStatus: string };
    expect(torrent.moderationStatus).toBe('MODERATION_STATUS_PENDING');

    const pending = await ctl(['torrents', 'list', '--status', 'pending', '--query', 'ctl release']);
    expect(pending.stdout).toMatch(new RegExp(`│ Ctl\\.Release\\.2024-GRP\\s+│ movies-hd\\s+│ 2\\.0 KiB\\s+│ pending\\s+│ 0/0/0\\s+│ ${torrent.infoHash.slice(0, 12)}`));
    expectFits80(pending.stdout);

    const flagged = await ctl(['torrents', 'set-flags', torrent.infoHash, '--freeleech', 'true', '--sticky', 'true']);
    expect(flagged.stdout).toMatch(/│ flags\s+│ freeleech, sticky\s+│/);
    const rejected = await ctl(['torrents', 'reject', torrent.infoHash]);
    expect(rejected.code).not.toBe(0);
    expect(rejected.stderr).toMatch(/--reason/);
    const approved = await ctl(['torrents', 'approve', torrent.infoHash]);
    expect(approved.stdout).toMatch(/│ status\s+│ approved\s+│/);

    const token = await ctl(['tokens', 'create', 'indexer']);
    expect(token.stdout).toMatch(/token \(shown once\): sgt_\S+/);
    const tokens = await ctl(['tokens', 'list']);
    expect(tokens.stdout).toMatch(/│ indexer\s+│/);
    const withToken = await ctl(['--token', /sgt_\S+/.exec(token.stdout)![0], '--json', 'whoami']);
    expect(JSON.parse(withToken.stdout)).toMatchObject({ username: 'admin', credentialType: 'CREDENTIAL_TYPE_API_TOKEN' });
  });
});
