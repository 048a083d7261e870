/**
 * Wrong current passwords given to ChangePassword and DisableTwoFactor are slowed down like failed
 * logins, counted per account from audit rows; a right one resets the count.
 */
import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, call, expectFailure, PASSWORD, startTestControl, type TestControl } from './harness.js';

describe('current-password throttling', () => {
  let t: TestControl;
  beforeAll(async () => {
    t = await startTestControl();
  });
  afterAll(() => t.stop());

  it('after five wrong current passwords even the right one waits (RetryInfo); success resets; other accounts unaffected', async () => {
    const user = await t.account('member');
    const users = user.clients.users;
    const name = `users/${user.id}`;
    const change = (currentPassword: string, newPassword = 'a brand new password') =>
      call(users.changePassword.bind(users), { name, currentPassword, newPassword });

    for (let i = 0; i < 5; i++) await expectFailure(change(`guess number ${i}`), status.INVALID_ARGUMENT, { fields: ['current_password'] });
    const failures = (await auditRows(t.db, user.id)).filter((r) => r.action === 'user.change_password' && !r.success);
    expect(failures).toHaveLength(5);

    const details = await expectFailure(change(PASSWORD), status.RESOURCE_EXHAUSTED, { reason: 'PASSWORD_THROTTLED' });
    expect(details.retryDelaySeconds).toBeGreaterThanOrEqual(1);
    expect(Number(details.metadata!.retry_after_seconds)).toBe(details.retryDelaySeconds);
    // DisableTwoFactor asks for the same password and shares the count.
    await expectFailure(call(users.disableTwoFactor.bind(users), { name, currentPassword: 'another guess' }), status.RESOURCE_EXHAUSTED, {
      reason: 'PASSWORD_THROTTLED',
    });
    // The throttled attempts were not checked, so they wrote nothing.
    expect((await auditRows(t.db, user.id)).filter((r) => !r.success)).toHaveLength(5);

    // Another account is not held up.
    const other = await t.account('member');
    await call(other.clients.users.changePassword.bind(other.clients.users), { name: `users/${other.id}`, currentPassword: PASSWORD, newPassword: 'other new password' });

    await new Promise((r) => setTimeout(r, details.retryDelaySeconds! * 1000 + 50));
    // One more wrong guess after the wait is checked, and doubles the next wait.
    await expectFailure(change('guess number 5'), status.INVALID_ARGUMENT, { fields: ['current_password'] });
    const longer = await expectFailure(change(PASSWORD), status.RESOURCE_EXHAUSTED, { reason: 'PASSWORD_THROTTLED' });
    expect(longer.retryDelaySeconds).toBe(2);
    await new Promise((r) => setTimeout(r, longer.retryDelaySeconds! * 1000 + 50));
    await change(PASSWORD);
    // The right password reset the count: the next wrong one is answered normally, not throttled.
    await expectFailure(change(PASSWORD), status.INVALID_ARGUMENT, { fields: ['current_password'] });
    await change('a brand new password', 'and another new one');
    const success = (await auditRows(t.db, user.id)).filter((r) => r.action === 'user.change_password' && r.success);
    expect(success).toHaveLength(2);
  });

  it('a staff reset needs no current password and works while the holder is throttled, without resetting the holder\'s count', async () => {
    const user = await t.account('member');
    const users = user.clients.users;
    const name = `users/${user.id}`;
    for (let i = 0; i < 6; i++) {
      await expectFailure(call(users.changePassword.bind(users), { name, currentPassword: `guess ${i}`, newPassword: 'a brand new password' }), i < 5 ? status.INVALID_ARGUMENT : status.RESOURCE_EXHAUSTED);
    }
    const admin = t.admin.clients.users;
    await call(admin.changePassword.bind(admin), { name, newPassword: 'reset by staff 1' });
    // A staff reset is not the holder proving the password: the holder's count stands.
    await expectFailure(call(users.changePassword.bind(users), { name, currentPassword: 'reset by staff 1', newPassword: 'x'.repeat(12) }), status.RESOURCE_EXHAUSTED, {
      reason: 'PASSWORD_THROTTLED',
    });
  });

  it('parallel guesses cannot all slip past the count', async () => {
    const user = await t.account('member');
    const users = user.clients.users;
    const name = `users/${user.id}`;
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => call(users.changePassword.bind(users), { name, currentPassword: `parallel ${i}`, newPassword: 'a brand new password' })),
    );
    const codes = results.map((r) => (r.status === 'rejected' ? (r.reason as { code: number }).code : -1));
    expect(codes.every((c) => c === status.INVALID_ARGUMENT || c === status.RESOURCE_EXHAUSTED)).toBe(true);
    const checked = (await auditRows(t.db, user.id)).filter((r) => !r.success).length;
    expect(checked).toBeLessThanOrEqual(6);
  });
});
