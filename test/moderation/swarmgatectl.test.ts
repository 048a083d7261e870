/**
 * swarmgatectl's moderation commands (the compiled CLI, as an operator runs it) against a control
 * plane: tables that fit 80 columns, --json for scripts, and a refused call's code on stderr.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../core/paths.js';
import { startTestControl, type TestAccount, type TestControl } from '../control/harness.js';
import { createTorrent } from '../support/fixtures.js';

describe('swarmgatectl moderation commands', () => {
  let t: TestControl;
  let member: TestAccount;

  beforeAll(async () => {
    t = await startTestControl();
    member = await t.account('member');
  });
  afterAll(() => t.stop());

  function ctl(token: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const child = spawn(process.execPath, ['build/cli/swarmgatectl.js', ...args], {
      cwd: projectRoot,
      env: { ...process.env, SWARMGATECTL_CONFIG: '/nonexistent/ctl.json', SWARMGATECTL_ADDRESS: t.address, SWARMGATE_TOKEN: token },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr })));
  }
  const admin = (...args: string[]) => ctl(t.admin.token, ...args);
  const widest = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));

  it('bans, warnings, groups, settings, ports and the queue as tables of at most 80 columns', async () => {
    const ban = await admin('bans', 'create', 'ip', '--ip', '203.0.113.0/24', '--reason', 'abuse', '--for', '7d');
    expect(ban.code, ban.stderr).toBe(0);
    expect(ban.stdout).toMatch(/│ ip range\s+│ 203\.0\.113\.0\/24\s+│/);
    await admin('warnings', 'create', member.username, '--reason', 'spam', '--points', '1');
    await createTorrent(t.db.pool, { status: 'pending' });
    for (const command of [['bans', 'list'], ['warnings', 'list', member.username], ['groups', 'list'], ['settings', 'get'], ['ports', 'list'], ['queue', 'list'], ['reports', 'list']]) {
      const out = await admin(...command);
      expect(out.code, `${command.join(' ')}: ${out.stderr}`).toBe(0);
      expect(widest(out.stdout), `${command.join(' ')}\n${out.stdout}`).toBeLessThanOrEqual(80);
    }
    expect((await admin('warnings', 'list', member.username)).stdout).toContain('active points: 1');

    const slots = await admin('--json', 'groups', 'set', 'power_user', '--slots', '4', '--freeleech', 'true');
    expect(slots.code, slots.stderr).toBe(0);
    expect(JSON.parse(slots.stdout)).toMatchObject({ name: 'groups/power_user', downloadSlots: 4, freeleech: true });

    const settings = await admin('--json', 'settings', 'set', '--freeleech', 'true', '--freeleech-until', '2099-01-01T00:00:00Z');
    expect(settings.code, settings.stderr).toBe(0);
    expect(JSON.parse(settings.stdout)).toMatchObject({ globalFreeleech: true, globalFreeleechEndTime: { seconds: Date.parse('2099-01-01T00:00:00Z') / 1000 } });
  });

  it('a member files a report; queue commands are refused to them with the reason on stderr', async () => {
    const filed = await ctl(member.token, '--json', 'reports', 'create', 'user', t.admin.id, '--reason', 'rude');
    expect(filed.code, filed.stderr).toBe(0);
    expect(JSON.parse(filed.stdout)).toMatchObject({ status: 'REPORT_STATUS_OPEN', reporter: `users/${member.id}` });
    const refused = await ctl(member.token, 'queue', 'list');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/PERMISSION_DENIED/);
  });
});
