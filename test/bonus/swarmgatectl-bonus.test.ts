/** swarmgatectl bonus ... against a control plane: tables that fit 80 columns, --json, failures on stderr. */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../core/paths.js';
import { startTestControl, type TestAccount, type TestControl } from '../control/harness.js';

describe('swarmgatectl bonus', () => {
  let t: TestControl;
  let member: TestAccount;

  beforeAll(async () => {
    t = await startTestControl();
    member = await t.account('member');
  });
  afterAll(() => t.stop());

  function ctl(token: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
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

  const widest = (text: string) => Math.max(...text.split('\n').map((l) => l.length));

  it('adjusts, shows the balance and the ledger, buys and lists tokens', async () => {
    const adjust = await ctl(t.admin.token, ['bonus', 'adjust', member.username, '750', '--reason', 'welcome bonus']);
    expect(adjust.code, adjust.stderr).toBe(0);
    expect(adjust.stdout).toMatch(/750\.00 points, balance 750\.00/);

    const balance = await ctl(t.admin.token, ['bonus', 'balance', member.username]);
    expect(balance.code, balance.stderr).toBe(0);
    expect(balance.stdout).toMatch(/points\s*│\s*750\.00/);

    const bought = await ctl(member.token, ['bonus', 'exchange', 'freeleech_token']);
    expect(bought.code, bought.stderr).toBe(0);
    expect(bought.stdout).toMatch(/bought freeleech_token for 500\.00 points; balance 250\.00; tokens: users\/.*\/freeleechTokens\//);

    const ledger = await ctl(t.admin.token, ['bonus', 'ledger', member.id]);
    expect(ledger.code, ledger.stderr).toBe(0);
    expect(ledger.stdout).toMatch(/spent\s*│\s*-500\.00\s*│\s*250\.00/);
    expect(ledger.stdout).toMatch(/admin_adjustment\s*│\s*750\.00/);
    expect(widest(ledger.stdout)).toBeLessThanOrEqual(80);

    const json = await ctl(t.admin.token, ['--json', 'bonus', 'ledger', member.id, '--type', 'spent']);
    expect(JSON.parse(json.stdout).transactions).toHaveLength(1);

    const tokens = await ctl(t.admin.token, ['bonus', 'tokens', 'list', member.id, '--status', 'available']);
    expect(tokens.code, tokens.stderr).toBe(0);
    expect(tokens.stdout).toMatch(/available/);
    expect(tokens.stdout).toMatch(/1 shown/);
    expect(widest(tokens.stdout)).toBeLessThanOrEqual(80);
  });

  it('lists items and rules in 80 columns; a refused spend prints its reason', async () => {
    const items = await ctl(member.token, ['bonus', 'items', 'list']);
    expect(items.code, items.stderr).toBe(0);
    expect(items.stdout).toMatch(/freeleech_token/);
    expect(widest(items.stdout)).toBeLessThanOrEqual(80);
    const rules = await ctl(member.token, ['bonus', 'rules', 'list']);
    expect(rules.code, rules.stderr).toBe(0);
    expect(rules.stdout).toMatch(/low_seeder_bonus/);
    expect(widest(rules.stdout)).toBeLessThanOrEqual(80);

    const poor = await ctl(member.token, ['bonus', 'exchange', 'invite']);
    expect(poor.code).toBe(1);
    expect(poor.stderr).toMatch(/FAILED_PRECONDITION/);
    expect(poor.stderr).toMatch(/reason: INSUFFICIENT_POINTS/);
  });
});
