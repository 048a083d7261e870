import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../core/events.js';
import type { UserServiceClient } from '../../control/generated/swarmgate/control/v1/UserService.js';
import { auditRows, call, expectFailure, PASSWORD, present, startTestControl, type TestControl } from './harness.js';

const { status } = grpc;

describe('UserService', () => {
  let t: TestControl;
  let users: UserServiceClient;
  const events: DomainEvent[] = [];
  beforeAll(async () => {
    t = await startTestControl();
    users = t.admin.clients.users;
    t.bus.subscribe((e) => events.push(e));
  });
  afterAll(() => t.stop());

  const create = async (username: string, extra: { email?: string; group?: string; password?: string } = {}) => {
    const response = await call(users.createUser.bind(users), {
      user: { username, email: extra.email ?? `${username}@example.test`, group: extra.group ?? '' },
      password: extra.password ?? '',
    });
    return { user: present(response.user, 'user'), generatedPassword: response.generatedPassword };
  };

  it('CreateUser: generated passkey and password, audit row and event; duplicates and bad fields refused', async () => {
    const created = await create('Alice');
    expect(created.user).toMatchObject({ username: 'Alice', group: 'member', status: 'USER_STATUS_ENABLED', canDownload: true });
    expect(created.user.passkey).toMatch(/^[0-9a-f]{32}$/);
    expect(created.generatedPassword).toHaveLength(20);
    expect(created.user.name).toBe(`users/${created.user.id}`);
    const audit = await auditRows(t.db, created.user.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'user.create', actor_user_id: t.admin.id, after: { username: 'Alice', group: 'member', status: 'enabled' } });
    expect(audit[0]!.request_id).toMatch(/[0-9a-f-]{36}/);
    expect(JSON.stringify(audit[0]!.after)).not.toContain(created.user.passkey);
    expect(events).toContainEqual({ type: 'user.changed', userId: created.user.id });

    const withPassword = await create('bob_1', { password: 'a long enough password', group: 'power_user' });
    expect(withPassword.generatedPassword).toBe('');
    expect(withPassword.user.group).toBe('power_user');

    await expectFailure(create('alice', { email: 'other@example.test' }), status.ALREADY_EXISTS, { reason: 'USERNAME_TAKEN' });
    await expectFailure(create('carol', { email: 'ALICE@example.test' }), status.ALREADY_EXISTS, { reason: 'EMAIL_TAKEN' });
    await expectFailure(create('x', { email: 'nope', password: 'short' }), status.INVALID_ARGUMENT, {
      fields: ['user.username', 'user.email', 'password'],
    });
    await expectFailure(create('00000000-0000-4000-8000-000000000000'), status.INVALID_ARGUMENT, { fields: ['user.username'] });
    await expectFailure(create('dave', { group: 'wizards' }), status.INVALID_ARGUMENT, { fields: ['user.group'] });
    await expectFailure(create('erin', { group: 'sysop' }), status.PERMISSION_DENIED, { reason: 'TARGET_OUTRANKS_CALLER' });
    const { rows } = await t.db.pool.query(`SELECT count(*)::int AS n FROM users WHERE username IN ('carol', 'x', 'dave', 'erin')`);
    expect(rows[0].n).toBe(0);
  });

  it('GetUser by id or username; NOT_FOUND and malformed names', async () => {
    const { user } = await create('frank');
    expect((await call(users.getUser.bind(users), { name: `users/${user.id}` })).username).toBe('frank');
    expect((await call(users.getUser.bind(users), { name: 'users/FRANK' })).id).toBe(user.id);
    await expectFailure(call(users.getUser.bind(users), { name: 'users/nobody' }), status.NOT_FOUND, { reason: 'RESOURCE_NOT_FOUND' });
    await expectFailure(call(users.getUser.bind(users), { name: 'torrents/1' }), status.INVALID_ARGUMENT, { fields: ['name'] });
  });

  it('ListUsers: filter by group, status and creation time, search, pages', async () => {
    const made = [];
    for (let i = 0; i < 5; i++) made.push((await create(`lister_${i}`, { group: i % 2 ? 'elite' : 'member' })).user);
    await call(users.disableUser.bind(users), { name: made[0]!.name, reason: 'test' });

    const elite = await call(users.listUsers.bind(users), { filter: 'group = "elite"', query: 'lister' });
    expect(elite.users.map((u) => u.username)).toEqual(['lister_3', 'lister_1']);
    const disabled = await call(users.listUsers.bind(users), { filter: 'status = USER_STATUS_DISABLED AND group != "elite"' });
    expect(disabled.users.map((u) => u.username)).toEqual(['lister_0']);
    const since = new Date(Number(made[2]!.createTime!.seconds) * 1000 + Math.floor(made[2]!.createTime!.nanos / 1e6)).toISOString();
    const recent = await call(users.listUsers.bind(users), { filter: `create_time >= "${since}"`, query: 'LISTER_' });
    expect(recent.users.map((u) => u.username)).toEqual(['lister_4', 'lister_3', 'lister_2']);

    const seen: string[] = [];
    let pageToken = '';
    do {
      const response = await call(users.listUsers.bind(users), { query: 'lister_', pageSize: 2, pageToken });
      expect(response.users.length).toBeLessThanOrEqual(2);
      seen.push(...response.users.map((u) => u.username));
      pageToken = response.nextPageToken;
    } while (pageToken);
    expect(seen).toEqual(['lister_4', 'lister_3', 'lister_2', 'lister_1', 'lister_0']);

    const first = await call(users.listUsers.bind(users), { query: 'lister_', pageSize: 2 });
    await expectFailure(call(users.listUsers.bind(users), { query: 'other', pageToken: first.nextPageToken }), status.INVALID_ARGUMENT, {
      fields: ['page_token'],
    });
    await expectFailure(call(users.listUsers.bind(users), { pageToken: 'garbage' }), status.INVALID_ARGUMENT, { fields: ['page_token'] });
    await expectFailure(call(users.listUsers.bind(users), { pageSize: 501 }), status.INVALID_ARGUMENT, { fields: ['page_size'] });
    const badFilter = await expectFailure(call(users.listUsers.bind(users), { filter: 'shoe_size > 3' }), status.INVALID_ARGUMENT, { fields: ['filter'] });
    expect(badFilter.fieldViolations![0]!.description).toMatch(/unknown field "shoe_size"/);
    await expectFailure(call(users.listUsers.bind(users), { filter: 'group < "member"' }), status.INVALID_ARGUMENT, { fields: ['filter'] });
    await expectFailure(call(users.listUsers.bind(users), { filter: 'create_time > "yesterday"' }), status.INVALID_ARGUMENT, { fields: ['filter'] });
    await expectFailure(call(users.listUsers.bind(users), { filter: 'group = "a" OR group = "b"' }), status.INVALID_ARGUMENT, { fields: ['filter'] });
  });

  it('UpdateUser by field mask, with etags; bad masks and races refused', async () => {
    const { user } = await create('grace');
    const updated = await call(users.updateUser.bind(users), {
      user: { name: user.name, email: 'grace@new.test', title: 'Seeder', group: 'elite', canDownload: false, etag: user.etag, username: 'ignored' },
      updateMask: { paths: ['email', 'title', 'group', 'can_download'] },
    });
    expect(updated).toMatchObject({ username: 'grace', email: 'grace@new.test', title: 'Seeder', group: 'elite', canDownload: false });
    expect(updated.etag).not.toBe(user.etag);
    const audit = (await auditRows(t.db, user.id)).at(-1)!;
    expect(audit.action).toBe('user.update');
    expect(audit.changes).toEqual({
      email: { from: 'grace@example.test', to: 'grace@new.test' },
      title: { from: null, to: 'Seeder' },
      group: { from: 'member', to: 'elite' },
      can_download: { from: true, to: false },
    });

    // A second moderator still holding the old etag loses the race.
    const stale = await expectFailure(
      call(users.updateUser.bind(users), { user: { name: user.name, title: 'Other', etag: user.etag }, updateMask: { paths: ['title'] } }),
      status.ABORTED,
      { reason: 'ETAG_MISMATCH' },
    );
    expect(stale.metadata!.current_etag).toBe(updated.etag);
    await expectFailure(call(users.updateUser.bind(users), { user: { name: user.name }, updateMask: { paths: [] } }), status.INVALID_ARGUMENT, {
      fields: ['update_mask'],
    });
    await expectFailure(
      call(users.updateUser.bind(users), { user: { name: user.name }, updateMask: { paths: ['title', 'passkey'] } }),
      status.INVALID_ARGUMENT,
      { fields: ['update_mask.paths[1]'] },
    );
    await expectFailure(
      call(users.updateUser.bind(users), { user: { name: user.name, email: 'ALICE@example.test' }, updateMask: { paths: ['email'] } }),
      status.ALREADY_EXISTS,
      { reason: 'EMAIL_TAKEN' },
    );
    await expectFailure(
      call(users.updateUser.bind(users), { user: { name: 'users/ghost', title: 'x' }, updateMask: { paths: ['title'] } }),
      status.NOT_FOUND,
    );
    expect((await call(users.getUser.bind(users), { name: user.name })).email).toBe('grace@new.test');
  });

  it('RotatePasskey, DisableUser and EnableUser change the account and tell the engine', async () => {
    const { user } = await create('heidi');
    events.length = 0;
    const rotated = await call(users.rotatePasskey.bind(users), { name: user.name });
    expect(rotated.passkey).toMatch(/^[0-9a-f]{32}$/);
    expect(rotated.passkey).not.toBe(user.passkey);
    const rotation = (await auditRows(t.db, user.id)).at(-1)!;
    expect(rotation.action).toBe('user.rotate_passkey');
    expect(JSON.stringify(rotation)).not.toContain(rotated.passkey);

    await expectFailure(call(users.disableUser.bind(users), { name: user.name, reason: '' }), status.INVALID_ARGUMENT, { fields: ['reason'] });
    const disabled = await call(users.disableUser.bind(users), { name: user.name, reason: 'ratio cheating' });
    expect(disabled).toMatchObject({ status: 'USER_STATUS_DISABLED', disabledReason: 'ratio cheating' });
    await expectFailure(call(users.disableUser.bind(users), { name: user.name, reason: 'again' }), status.FAILED_PRECONDITION, { reason: 'ALREADY_DISABLED' });
    await expectFailure(call(users.enableUser.bind(users), { name: user.name, etag: user.etag }), status.ABORTED, { reason: 'ETAG_MISMATCH' });
    const enabled = await call(users.enableUser.bind(users), { name: user.name, etag: disabled.etag });
    expect(enabled).toMatchObject({ status: 'USER_STATUS_ENABLED', disabledReason: '' });
    await expectFailure(call(users.enableUser.bind(users), { name: user.name }), status.FAILED_PRECONDITION, { reason: 'ALREADY_ENABLED' });
    expect(events.filter((e) => e.type === 'user.changed' && e.userId === user.id)).toHaveLength(3);
    expect((await auditRows(t.db, user.id)).map((r) => r.action).slice(-3)).toEqual(['user.rotate_passkey', 'user.disable', 'user.enable']);
    await expectFailure(call(users.rotatePasskey.bind(users), { name: 'users/ghost' }), status.NOT_FOUND);
  });

  it('DeleteUser is a soft delete that ends every session and token', async () => {
    const member = await t.account('member');
    const login = t.clients().auth;
    const { sessionToken } = await call(login.login.bind(login), { login: member.username, password: PASSWORD });
    const deleted = await call(users.deleteUser.bind(users), { name: `users/${member.id}` });
    expect(deleted.deleteTime).not.toBeNull();
    for (const token of [sessionToken, member.token]) {
      const auth = t.clients(token).auth;
      await expectFailure(call(auth.getCaller.bind(auth), {}), status.UNAUTHENTICATED);
    }
    expect((await call(users.getUser.bind(users), { name: `users/${member.id}` })).deleteTime).not.toBeNull();
    const listed = await call(users.listUsers.bind(users), { query: member.username });
    expect(listed.users).toHaveLength(0);
    expect((await call(users.listUsers.bind(users), { query: member.username, showDeleted: true })).users).toHaveLength(1);
    await expectFailure(call(users.deleteUser.bind(users), { name: `users/${member.id}` }), status.FAILED_PRECONDITION, { reason: 'USER_DELETED' });
    await expectFailure(create(member.username), status.ALREADY_EXISTS, { reason: 'USERNAME_TAKEN' });
  });

  it('GetUserStatistics: own account or staff; ratio and buffer from the counters', async () => {
    const member = await t.account('member');
    const name = `users/${member.id}/statistics`;
    const own = member.clients.users;
    const empty = await call(own.getUserStatistics.bind(own), { name });
    expect(empty).toMatchObject({ uploaded: 0, downloaded: 0 });
    // Absent, not zero: no ratio before anything is downloaded, no buffer without a required ratio.
    expect(empty.ratio).toBeUndefined();
    expect(empty.buffer).toBeUndefined();
    await t.db.pool.query(
      `INSERT INTO user_statistics (user_id, uploaded_credited, downloaded_credited, uploaded_raw, downloaded_raw, required_ratio, seed_time_seconds)
       VALUES ($1, 3000, 1000, 3500, 2000, 0.6, 7200)`,
      [member.id],
    );
    const stats = await call(users.getUserStatistics.bind(users), { name });
    expect(stats).toMatchObject({ uploaded: 3000, downloaded: 1000, uploadedRaw: 3500, downloadedRaw: 2000, ratio: 3, requiredRatio: 0.6, buffer: 4000, seedTimeSeconds: 7200 });
    const other = await t.account('member');
    await expectFailure(call(own.getUserStatistics.bind(own), { name: `users/${other.id}/statistics` }), status.PERMISSION_DENIED, { reason: 'NOT_OWN_ACCOUNT' });
    await expectFailure(call(own.getUserStatistics.bind(own), { name: `users/${member.id}` }), status.INVALID_ARGUMENT, { fields: ['name'] });
  });

  it('ChangePassword: the holder proves the current one; other sessions end', async () => {
    const member = await t.account('member');
    const name = `users/${member.id}`;
    const auth = t.clients().auth;
    const first = await call(auth.login.bind(auth), { login: member.username, password: PASSWORD });
    const second = await call(auth.login.bind(auth), { login: member.username, password: PASSWORD });
    const mine = t.clients(first.sessionToken).users;
    await expectFailure(call(mine.changePassword.bind(mine), { name, currentPassword: 'nope nope nope', newPassword: 'new password 123' }), status.INVALID_ARGUMENT, {
      fields: ['current_password'],
    });
    await expectFailure(call(mine.changePassword.bind(mine), { name, currentPassword: PASSWORD, newPassword: 'short' }), status.INVALID_ARGUMENT, {
      fields: ['new_password'],
    });
    await call(mine.changePassword.bind(mine), { name, currentPassword: PASSWORD, newPassword: 'new password 123' });
    const secondAuth = t.clients(second.sessionToken).auth;
    await expectFailure(call(secondAuth.getCaller.bind(secondAuth), {}), status.UNAUTHENTICATED, { reason: 'CREDENTIALS_REVOKED' });
    const firstAuth = t.clients(first.sessionToken).auth;
    expect((await call(firstAuth.getCaller.bind(firstAuth), {})).user).toBe(name);
    await expectFailure(call(auth.login.bind(auth), { login: member.username, password: PASSWORD }), status.UNAUTHENTICATED, { reason: 'LOGIN_FAILED' });
    // Staff reset without the old password.
    await call(users.changePassword.bind(users), { name, newPassword: 'reset by staff 1' });
    await call(auth.login.bind(auth), { login: member.username, password: 'reset by staff 1' });
    // Two changes, and the wrong current password as a failed row (what the throttle counts).
    const changes = (await auditRows(t.db, member.id)).filter((r) => r.action === 'user.change_password');
    expect(changes.map((r) => r.success)).toEqual([false, true, true]);
  });

  it('ListUserSessions and RevokeUserSession', async () => {
    const member = await t.account('member');
    const auth = t.clients().auth;
    const a = await call(auth.login.bind(auth), { login: member.username, password: PASSWORD, deviceName: 'phone' });
    await call(auth.login.bind(auth), { login: member.username, password: PASSWORD, deviceName: 'desktop' });
    const own = member.clients.users;
    const parent = `users/${member.id}`;
    const listed = await call(own.listUserSessions.bind(own), { parent });
    expect(listed.sessions.map((s) => s.deviceName)).toEqual(['desktop', 'phone']);
    const revoked = await call(own.revokeUserSession.bind(own), { name: present(a.session).name });
    expect(revoked.revokeTime).not.toBeNull();
    await expectFailure(call(own.revokeUserSession.bind(own), { name: present(a.session).name }), status.FAILED_PRECONDITION, { reason: 'ALREADY_REVOKED' });
    await expectFailure(call(own.revokeUserSession.bind(own), { name: `${parent}/sessions/00000000-0000-4000-8000-000000000000` }), status.NOT_FOUND);
    expect((await call(own.listUserSessions.bind(own), { parent })).sessions.map((s) => s.deviceName)).toEqual(['desktop']);
    expect((await call(users.listUserSessions.bind(users), { parent, showInactive: true })).sessions).toHaveLength(2);
    const stranger = await t.account('member');
    await expectFailure(call(stranger.clients.users.listUserSessions.bind(stranger.clients.users), { parent }), status.PERMISSION_DENIED, {
      reason: 'NOT_OWN_ACCOUNT',
    });
  });
});
