/**
 * Other accounts' emails and session addresses are shown only to groups with can_view_emails /
 * can_view_ips, their passkeys only to groups that manage users; one's own always. Without can_view_emails a ListUsers search matches usernames only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../control/auth/totp.js';
import { call, PASSWORD, present, startTestControl, type TestAccount, type TestControl } from './harness.js';

describe('email and IP visibility', () => {
  let t: TestControl;
  let member: TestAccount;
  /** forum_moderator: can_moderate (PERMISSION_USERS_READ), neither can_view_emails nor can_view_ips. */
  let forumModerator: TestAccount;
  /** moderator: can_moderate, can_manage_users, can_view_emails, can_view_ips. */
  let moderator: TestAccount;
  /** A custom staff group that manages users but may see neither emails nor IPs. */
  let manager: TestAccount;

  beforeAll(async () => {
    t = await startTestControl();
    await t.db.pool.query(
      `INSERT INTO user_groups (name, display_name, level, can_moderate, can_manage_users, can_view_emails, can_view_ips)
       VALUES ('support', 'Support', 12, true, true, false, false)`,
    );
    member = await t.account('member');
    forumModerator = await t.account('forum_moderator');
    moderator = await t.account('moderator');
    manager = await t.account('support');
  });
  afterAll(() => t.stop());

  it('GetCaller reports the field permissions the group grants', async () => {
    const of = async (a: TestAccount) => (await call(a.clients.auth.getCaller.bind(a.clients.auth), {})).permissions;
    expect(await of(moderator)).toEqual(expect.arrayContaining(['PERMISSION_USERS_VIEW_EMAILS', 'PERMISSION_USERS_VIEW_IPS']));
    for (const p of await Promise.all([of(forumModerator), of(manager), of(member)])) {
      expect(p).not.toContain('PERMISSION_USERS_VIEW_EMAILS');
      expect(p).not.toContain('PERMISSION_USERS_VIEW_IPS');
    }
  });

  it('GetUser: another account\'s email is empty without can_view_emails; one\'s own is always shown', async () => {
    const users = forumModerator.clients.users;
    const other = await call(users.getUser.bind(users), { name: `users/${member.id}` });
    expect(other.username).toBe(member.username);
    expect(other.email).toBe('');
    const own = await call(users.getUser.bind(users), { name: `users/${forumModerator.id}` });
    expect(own.email).toBe(forumModerator.email);
    const byModerator = await call(moderator.clients.users.getUser.bind(moderator.clients.users), { name: `users/${member.id}` });
    expect(byModerator.email).toBe(member.email);
  });

  it('passkeys: another account\'s only for PERMISSION_USERS_MANAGE; one\'s own always', async () => {
    const get = (a: TestAccount, id: string) => call(a.clients.users.getUser.bind(a.clients.users), { name: `users/${id}` });
    expect((await get(forumModerator, member.id)).passkey).toBe('');
    expect((await get(forumModerator, forumModerator.id)).passkey).toBe(forumModerator.passkey);
    expect((await get(manager, member.id)).passkey).toBe(member.passkey);
    const listed = await call(forumModerator.clients.users.listUsers.bind(forumModerator.clients.users), { pageSize: 500 });
    for (const u of listed.users) expect(u.passkey, u.username).toBe(u.id === forumModerator.id ? forumModerator.passkey : '');
  });

  it('ListUsers: emails redacted except one\'s own; a search matches usernames only', async () => {
    const users = forumModerator.clients.users;
    const all = await call(users.listUsers.bind(users), { pageSize: 500 });
    expect(all.users.length).toBeGreaterThanOrEqual(4);
    for (const u of all.users) expect(u.email, u.username).toBe(u.id === forumModerator.id ? forumModerator.email : '');

    // Every test account's email ends in "@example.test"; no username contains it.
    expect((await call(users.listUsers.bind(users), { query: '@example.test' })).users).toEqual([]);
    expect((await call(users.listUsers.bind(users), { query: member.email })).users).toEqual([]);
    const byName = await call(users.listUsers.bind(users), { query: member.username.toUpperCase() });
    expect(byName.users.map((u) => u.id)).toEqual([member.id]);
    expect(byName.users[0]!.email).toBe('');

    // With can_view_emails the same searches find accounts by email, and show it.
    const mod = moderator.clients.users;
    const byEmail = await call(mod.listUsers.bind(mod), { query: member.email });
    expect(byEmail.users.map((u) => [u.id, u.email])).toEqual([[member.id, member.email]]);
    expect((await call(mod.listUsers.bind(mod), { query: '@example.test', pageSize: 500 })).users.length).toBeGreaterThanOrEqual(4);
  });

  it('mutations answer with the same redaction (a manager without can_view_emails)', async () => {
    const users = manager.clients.users;
    const target = await t.account('member');
    const updated = await call(users.updateUser.bind(users), { user: { name: `users/${target.id}`, title: 'Seeder' }, updateMask: { paths: ['title'] } });
    expect(updated).toMatchObject({ title: 'Seeder', email: '' });
    expect((await call(users.rotatePasskey.bind(users), { name: `users/${target.id}` })).email).toBe('');
    expect((await call(users.disableUser.bind(users), { name: `users/${target.id}`, reason: 'test' })).email).toBe('');
    const created = await call(users.createUser.bind(users), { user: { username: 'newcomer', email: 'newcomer@example.test' }, password: '' });
    expect(present(created.user).email).toBe('');
    // The email was stored all the same.
    const { rows } = await t.db.pool.query(`SELECT email FROM users WHERE username = 'newcomer'`);
    expect(rows[0].email).toBe('newcomer@example.test');
    // Answers about the caller's own account (the two-factor calls return the User) keep its email.
    const name = `users/${manager.id}`;
    const { secret } = await call(users.enrollTwoFactor.bind(users), { name });
    expect((await call(users.verifyTwoFactor.bind(users), { name, code: totpCode(secret) })).email).toBe(manager.email);
    expect((await call(users.disableTwoFactor.bind(users), { name, currentPassword: PASSWORD })).email).toBe(manager.email);
  });

  it('sessions: another account\'s client address is empty without can_view_ips; one\'s own is always shown', async () => {
    const anonymous = t.clients().auth;
    const login = await call(anonymous.login.bind(anonymous), { login: member.username, password: PASSWORD, deviceName: 'phone' });
    expect(present(login.session).ip).toBe('127.0.0.1');
    const parent = `users/${member.id}`;
    const own = member.clients.users;
    expect((await call(own.listUserSessions.bind(own), { parent })).sessions.map((s) => s.ip)).toEqual(['127.0.0.1']);

    const mod = moderator.clients.users;
    expect((await call(mod.listUserSessions.bind(mod), { parent })).sessions.map((s) => s.ip)).toEqual(['127.0.0.1']);

    const users = manager.clients.users;
    const listed = await call(users.listUserSessions.bind(users), { parent });
    expect(listed.sessions.map((s) => [s.deviceName, s.ip])).toEqual([['phone', '']]);
    const revoked = await call(users.revokeUserSession.bind(users), { name: present(login.session).name });
    expect(revoked.revokeTime).not.toBeNull();
    expect(revoked.ip).toBe('');

    // The manager's own sessions show their address.
    await call(anonymous.login.bind(anonymous), { login: manager.username, password: PASSWORD });
    const mine = await call(users.listUserSessions.bind(users), { parent: `users/${manager.id}` });
    expect(mine.sessions.map((s) => s.ip)).toEqual(['127.0.0.1']);
  });
});
