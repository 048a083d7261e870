/** Repeated failed logins are slowed down per account and per client address. */
import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectFailure, PASSWORD, startTestControl, type TestControl } from './harness.js';

describe('login throttling', () => {
  let t: TestControl;
  beforeAll(async () => {
    t = await startTestControl();
  });
  afterAll(() => t.stop());

  const login = (loginName: string, password: string) => {
    const auth = t.clients().auth;
    return call(auth.login.bind(auth), { login: loginName, password });
  };

  it('after five failures the account waits before even a right password is checked; a success resets it', async () => {
    const user = await t.account('member');
    for (let i = 0; i < 5; i++) await expectFailure(login(user.username, `wrong ${i}`), status.UNAUTHENTICATED, { reason: 'LOGIN_FAILED' });
    const details = await expectFailure(login(user.username, PASSWORD), status.RESOURCE_EXHAUSTED, { reason: 'LOGIN_THROTTLED' });
    expect(details.retryDelaySeconds).toBeGreaterThanOrEqual(1);
    expect(Number(details.metadata!.retry_after_seconds)).toBeGreaterThanOrEqual(1);
    // Another account from the same address is not held up yet.
    const other = await t.account('member');
    await login(other.username, PASSWORD);
    await new Promise((r) => setTimeout(r, details.retryDelaySeconds! * 1000 + 50));
    await login(user.username, PASSWORD);
    // The success cleared the account's count: a new failure is answered normally.
    await expectFailure(login(user.username, 'wrong again'), status.UNAUTHENTICATED, { reason: 'LOGIN_FAILED' });
  });

  it('unknown names are throttled like accounts, and twenty failures slow the whole address', async () => {
    for (let i = 0; i < 5; i++) await expectFailure(login('ghost_user', `guess ${i}`), status.UNAUTHENTICATED, { reason: 'LOGIN_FAILED' });
    await expectFailure(login('ghost_user', 'guess 6'), status.RESOURCE_EXHAUSTED, { reason: 'LOGIN_THROTTLED' });
    const { rows } = await t.db.pool.query(`SELECT count(*)::int AS n FROM audit_logs WHERE action = 'auth.login' AND NOT success`);
    for (let i = rows[0].n; i < 20; i++) await expectFailure(login(`spray_${i}`, 'guess'), status.UNAUTHENTICATED, { reason: 'LOGIN_FAILED' });
    const fresh = await t.account('member');
    await expectFailure(login(fresh.username, PASSWORD), status.RESOURCE_EXHAUSTED, { reason: 'LOGIN_THROTTLED' });
  });
});
