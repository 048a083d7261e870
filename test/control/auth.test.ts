import { createHash } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../control/auth/totp.js';
import { auditRows, call, expectFailure, PASSWORD, present, startTestControl, type TestControl } from './harness.js';

describe('AuthService', () => {
  let t: TestControl;
  beforeAll(async () => {
    t = await startTestControl();
  });
  afterAll(() => t.stop());

  const login = (request: { login: string; password: string; totpCode?: string; deviceName?: string }) => {
    const anonymous = t.clients().auth;
    return call(anonymous.login.bind(anonymous), request);
  };

  it('Login with username or email returns a session token stored only as SHA-256, with expiry, device and IP', async () => {
    const user = await t.account('member');
    const byName = await login({ login: user.username, password: PASSWORD, deviceName: 'laptop' });
    const session0 = present(byName.session, 'session');
    expect(byName.sessionToken).toMatch(/^sgs_/);
    expect(session0.name).toMatch(new RegExp(`^users/${user.id}/sessions/[0-9a-f-]{36}$`));
    expect(session0).toMatchObject({ deviceName: 'laptop', ip: '127.0.0.1' });
    const hours = (Number(session0.expireTime!.seconds) - Date.now() / 1000) / 3600;
    expect(hours).toBeGreaterThan(t.config.sessionTtlHours - 1);
    const sessionId = session0.name.split('/').pop();
    const { rows } = await t.db.pool.query(`SELECT token_hash, device_name, host(ip) AS ip FROM user_sessions WHERE id = $1`, [sessionId]);
    expect(rows[0].token_hash).toEqual(createHash('sha256').update(byName.sessionToken).digest());
    expect(rows[0]).toMatchObject({ device_name: 'laptop', ip: '127.0.0.1' });

    const byEmail = await login({ login: user.email.toUpperCase(), password: PASSWORD });
    const session = t.clients(byEmail.sessionToken).auth;
    const caller = await call(session.getCaller.bind(session), {});
    expect(caller).toMatchObject({ user: `users/${user.id}`, credentialType: 'CREDENTIAL_TYPE_SESSION' });
    const audit = await auditRows(t.db, user.id);
    expect(audit.filter((r) => r.action === 'auth.login' && r.success)).toHaveLength(2);
  });

  it('Login failures: missing fields, wrong password, unknown account, disabled account', async () => {
    await expectFailure(login({ login: '', password: '' }), status.INVALID_ARGUMENT, { fields: ['login', 'password'] });
    const user = await t.account('member');
    await expectFailure(login({ login: user.username, password: 'wrong password!' }), status.UNAUTHENTICATED, { reason: 'LOGIN_FAILED' });
    await expectFailure(login({ login: 'nobody_at_all', password: PASSWORD }), status.UNAUTHENTICATED, { reason: 'LOGIN_FAILED' });
    await t.db.pool.query(`UPDATE users SET status = 'disabled' WHERE id = $1`, [user.id]);
    await expectFailure(login({ login: user.username, password: PASSWORD }), status.UNAUTHENTICATED, { reason: 'ACCOUNT_DISABLED' });
    const failures = (await auditRows(t.db, user.id)).filter((r) => r.action === 'auth.login' && !r.success);
    expect(failures).toHaveLength(2);
  });

  it('two-factor: enrol, verify, then login needs a fresh code', async () => {
    const user = await t.account('member');
    const users = user.clients.users;
    const name = `users/${user.id}`;
    await expectFailure(call(users.verifyTwoFactor.bind(users), { name, code: '123456' }), status.FAILED_PRECONDITION, { reason: 'TWO_FACTOR_NOT_ENROLLED' });
    const enrolment = await call(users.enrollTwoFactor.bind(users), { name });
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/Swarmgate:/);
    // Enrolled but not verified: login still needs no code.
    await login({ login: user.username, password: PASSWORD });
    await expectFailure(call(users.verifyTwoFactor.bind(users), { name, code: '000000' }), status.INVALID_ARGUMENT, { fields: ['code'] });
    const verifyAt = Date.now() - 30_000;
    const verified = await call(users.verifyTwoFactor.bind(users), { name, code: totpCode(enrolment.secret, verifyAt) });
    expect(verified.twoFactorEnabled).toBe(true);
    await expectFailure(call(users.enrollTwoFactor.bind(users), { name }), status.FAILED_PRECONDITION, { reason: 'TWO_FACTOR_ALREADY_ENABLED' });

    await expectFailure(login({ login: user.username, password: PASSWORD }), status.UNAUTHENTICATED, { reason: 'TOTP_REQUIRED' });
    await expectFailure(login({ login: user.username, password: PASSWORD, totpCode: '999999' }), status.UNAUTHENTICATED, { reason: 'TOTP_INVALID' });
    const code = totpCode(enrolment.secret);
    expect((await login({ login: user.username, password: PASSWORD, totpCode: code })).sessionToken).toMatch(/^sgs_/);
    // The same code cannot be used twice.
    await expectFailure(login({ login: user.username, password: PASSWORD, totpCode: code }), status.UNAUTHENTICATED, { reason: 'TOTP_INVALID' });

    await expectFailure(call(users.disableTwoFactor.bind(users), { name }), status.INVALID_ARGUMENT, { fields: ['current_password'] });
    const off = await call(users.disableTwoFactor.bind(users), { name, currentPassword: PASSWORD });
    expect(off.twoFactorEnabled).toBe(false);
    await expectFailure(call(users.disableTwoFactor.bind(users), { name, currentPassword: PASSWORD }), status.FAILED_PRECONDITION, {
      reason: 'TWO_FACTOR_NOT_ENABLED',
    });
    await login({ login: user.username, password: PASSWORD });
    // Enrolling someone else is refused even for staff: only the holder may see the secret.
    const admin = t.admin.clients.users;
    await expectFailure(call(admin.enrollTwoFactor.bind(admin), { name }), status.PERMISSION_DENIED, { reason: 'NOT_OWN_ACCOUNT' });
  });

  it('Logout revokes the session it is made with; API tokens cannot log out', async () => {
    const user = await t.account('member');
    const { sessionToken } = await login({ login: user.username, password: PASSWORD });
    const auth = t.clients(sessionToken).auth;
    await call(auth.logout.bind(auth), {});
    await expectFailure(call(auth.getCaller.bind(auth), {}), status.UNAUTHENTICATED, { reason: 'CREDENTIALS_REVOKED' });
    await expectFailure(call(user.clients.auth.logout.bind(user.clients.auth), {}), status.FAILED_PRECONDITION, { reason: 'NOT_A_SESSION' });
  });

  it('an expired session is refused', async () => {
    const user = await t.account('member');
    const { sessionToken, session } = await login({ login: user.username, password: PASSWORD });
    await t.db.pool.query(`UPDATE user_sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [present(session).name.split('/').pop()]);
    const auth = t.clients(sessionToken).auth;
    await expectFailure(call(auth.getCaller.bind(auth), {}), status.UNAUTHENTICATED, { reason: 'CREDENTIALS_EXPIRED' });
  });

  it('API tokens: create (shown once), list, use, revoke', async () => {
    const user = await t.account('member');
    const auth = user.clients.auth;
    const parent = `users/${user.id}`;
    await expectFailure(call(auth.createApiToken.bind(auth), { parent, displayName: '' }), status.INVALID_ARGUMENT, { fields: ['display_name'] });
    await expectFailure(
      call(auth.createApiToken.bind(auth), { parent, displayName: 'x', expireTime: { seconds: 1000, nanos: 0 } }),
      status.INVALID_ARGUMENT,
      { fields: ['expire_time'] },
    );
    const created = await call(auth.createApiToken.bind(auth), { parent, displayName: 'indexer' });
    const apiToken = present(created.apiToken, 'api_token');
    expect(created.token).toMatch(/^sgt_/);
    const { rows } = await t.db.pool.query(`SELECT token_hash FROM api_tokens WHERE id = $1`, [apiToken.name.split('/').pop()]);
    expect(rows[0].token_hash).toEqual(createHash('sha256').update(created.token).digest());

    const withNew = t.clients(created.token).auth;
    expect((await call(withNew.getCaller.bind(withNew), {})).user).toBe(parent);

    const listed = await call(auth.listApiTokens.bind(auth), { parent });
    expect(listed.apiTokens.map((a) => a.displayName).sort()).toEqual(['indexer', 'test']);

    const revoked = await call(auth.revokeApiToken.bind(auth), { name: apiToken.name });
    expect(revoked.revokeTime).not.toBeNull();
    await expectFailure(call(withNew.getCaller.bind(withNew), {}), status.UNAUTHENTICATED, { reason: 'CREDENTIALS_REVOKED' });
    await expectFailure(call(auth.revokeApiToken.bind(auth), { name: apiToken.name }), status.FAILED_PRECONDITION, { reason: 'ALREADY_REVOKED' });
    await expectFailure(call(auth.revokeApiToken.bind(auth), { name: `${parent}/apiTokens/00000000-0000-4000-8000-000000000000` }), status.NOT_FOUND, {
      reason: 'RESOURCE_NOT_FOUND',
    });
    expect((await call(auth.listApiTokens.bind(auth), { parent })).apiTokens.map((a) => a.displayName)).toEqual(['test']);
    expect((await call(auth.listApiTokens.bind(auth), { parent, showInactive: true })).apiTokens).toHaveLength(2);
    const audit = await auditRows(t.db, apiToken.name.split('/').pop()!);
    expect(audit.map((r) => r.action)).toEqual(['api_token.create', 'api_token.revoke']);
  });

  it('API tokens of another account need user management', async () => {
    const member = await t.account('member');
    const other = await t.account('member');
    const auth = member.clients.auth;
    await expectFailure(call(auth.listApiTokens.bind(auth), { parent: `users/${other.id}` }), status.PERMISSION_DENIED, { reason: 'NOT_OWN_ACCOUNT' });
    // A service account's token made by an administrator.
    const admin = t.admin.clients.auth;
    const made = await call(admin.createApiToken.bind(admin), { parent: `users/${other.username}`, displayName: 'service' });
    expect(present(made.apiToken).name).toMatch(new RegExp(`^users/${other.id}/apiTokens/`));
    await expectFailure(call(admin.createApiToken.bind(admin), { parent: 'users/x y', displayName: 'service' }), status.INVALID_ARGUMENT, { fields: ['parent'] });
  });
});
