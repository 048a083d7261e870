/**
 * Issue 16 regressions, each through the real gRPC server: what outside testers with other clients
 * and hostile input found, and what the server answers now.
 */
import { createHmac } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peakConcurrentPasswordChecks } from '../../control/auth/password-checks.js';
import { totpCode } from '../../control/auth/totp.js';
import { MAX_FILTER_COMPARISONS } from '../../control/filter.js';
import { call, expectFailure, PASSWORD, present, startTestControl, type TestAccount, type TestControl } from './harness.js';

const { status } = grpc;

/** A private single-file .torrent written by hand, so lengths and names can be anything. */
function torrentBytes(options: { name?: string; lengthText?: string; files?: string[]; piecesBytes?: number } = {}): Buffer {
  const name = options.name ?? `file-${Math.random().toString(36).slice(2)}`;
  const pieces = 'a'.repeat(options.piecesBytes ?? 20);
  const body = options.files
    ? `5:filesl${options.files.map((f) => f).join('')}e`
    : `6:lengthi${options.lengthText ?? '5'}e`;
  const nameBytes = Buffer.byteLength(name);
  return Buffer.concat([
    Buffer.from(`d4:infod${body}4:name${nameBytes}:`),
    Buffer.from(name),
    Buffer.from(`12:piece lengthi16384e6:pieces${pieces.length}:${pieces}7:privatei1eee`),
  ]);
}

const fileEntry = (length: string, path: string) => `d6:lengthi${length}e4:pathl${path.length}:${path}ee`;

describe('issue 16: control plane hardening', () => {
  let t: TestControl;
  let member: TestAccount;
  let uploader: TestAccount;
  let moderator: TestAccount;
  beforeAll(async () => {
    t = await startTestControl();
    member = await t.account('member');
    uploader = await t.account('uploader');
    moderator = await t.account('moderator');
  });
  afterAll(() => t.stop());

  const login = (request: { login: string; password: string; totpCode?: string }) => {
    const auth = t.clients().auth;
    return call(auth.login.bind(auth), request);
  };
  const register = (account: TestAccount, bytes: Buffer, extra: { anonymous?: boolean } = {}) =>
    call(account.clients.torrents.registerTorrent.bind(account.clients.torrents), { torrentFile: bytes, category: 'movies-hd', ...extra });

  it('1: parallel wrong passwords for one account are checked one at a time and counted; others behind the address are not locked out', async () => {
    const victim = await t.account('member');
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, (_, i) => login({ login: victim.username, password: `wrong ${i}` }).then(() => 'OK', (e: grpc.ServiceError) => status[e.code])),
    );
    expect(outcomes.filter((o) => o !== 'UNAUTHENTICATED' && o !== 'RESOURCE_EXHAUSTED')).toEqual([]);
    const checked = outcomes.filter((o) => o === 'UNAUTHENTICATED').length;
    const { rows } = await t.db.pool.query(`SELECT count(*)::int AS n FROM audit_logs WHERE action = 'auth.login' AND NOT success AND entity_id = $1`, [victim.id]);
    // Every password that was checked is counted, and only a handful were checked at all.
    expect(rows[0].n).toBe(checked);
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(checked).toBeLessThanOrEqual(8);
    expect(peakConcurrentPasswordChecks()).toBeLessThanOrEqual(2);
    // Someone else behind the same address signs in at once.
    const neighbour = await t.account('member');
    expect((await login({ login: neighbour.username, password: PASSWORD })).sessionToken).toMatch(/^sgs_/);
  });

  it('1: strangers elsewhere keep an owner waiting a minute at most; a sprayer holds its address up half a minute at most', async () => {
    const owner = await t.account('member');
    // Forty failures on the owner's account from other addresses, just now.
    await t.db.pool.query(
      `INSERT INTO audit_logs (actor_type, action, entity_type, entity_id, metadata, ip, success, error_message)
       SELECT 'user', 'auth.login', 'user', $1, jsonb_build_object('account', $1::text), ('10.9.0.' || i)::inet, false, 'LOGIN_FAILED'
       FROM generate_series(1, 40) AS i`,
      [owner.id],
    );
    const ownerWait = await expectFailure(login({ login: owner.username, password: PASSWORD }), status.RESOURCE_EXHAUSTED, { reason: 'LOGIN_THROTTLED' });
    expect(ownerWait.retryDelaySeconds).toBeLessThanOrEqual(60);
    // Sixty failures from one address over many names: people behind it wait at most 30 s.
    await t.db.pool.query(
      `INSERT INTO audit_logs (actor_type, action, entity_type, entity_id, metadata, ip, success, error_message)
       SELECT 'user', 'auth.login', 'user', NULL, jsonb_build_object('account', 'login:spray' || i), '10.8.0.1'::inet, false, 'LOGIN_FAILED'
       FROM generate_series(1, 60) AS i`,
    );
    const { claimLoginAttempt } = await import('../../control/auth/login-throttle.js');
    const client = await t.db.pool.connect();
    try {
      await client.query('BEGIN');
      const refusal = await claimLoginAttempt(client, 'someone-else', '10.8.0.1').then(() => null, (e: { details: { retryDelaySeconds: number } }) => e);
      expect(refusal?.details.retryDelaySeconds).toBeGreaterThan(0);
      expect(refusal?.details.retryDelaySeconds).toBeLessThanOrEqual(30);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });

  it('2: a NUL in any string, even Login\'s login, is INVALID_ARGUMENT naming the field; every string has a maximum length', async () => {
    await expectFailure(login({ login: 'ad\0min', password: 'x' }), status.INVALID_ARGUMENT, { fields: ['login'] });
    const huge = 'a'.repeat(3 * 1024 * 1024);
    await expectFailure(login({ login: huge, password: 'x' }), status.INVALID_ARGUMENT, { fields: ['login'] });
    const { rows } = await t.db.pool.query(`SELECT count(*)::int AS n FROM audit_logs WHERE length(metadata::text) > 100000`);
    expect(rows[0].n).toBe(0);
    const users = t.admin.clients.users;
    await expectFailure(call(users.createUser.bind(users), { user: { username: 'nul\0name', email: 'x\0@example.test' } }), status.INVALID_ARGUMENT, {
      fields: ['user.username', 'user.email'],
    });
    await expectFailure(call(users.listUsers.bind(users), { filter: 'group = "mem\0ber"' }), status.INVALID_ARGUMENT, { fields: ['filter'] });
    await expectFailure(call(users.disableUser.bind(users), { name: `users/${member.id}`, reason: 'r\0' }), status.INVALID_ARGUMENT, { fields: ['reason'] });
    const torrents = moderator.clients.torrents;
    await expectFailure(call(torrents.listTorrents.bind(torrents), { query: 'x\0' }), status.INVALID_ARGUMENT, { fields: ['query'] });
    await expectFailure(register(uploader, torrentBytes({ name: 'bad\0name' })), status.INVALID_ARGUMENT, { fields: ['torrent_file'] });
    await expectFailure(
      register(uploader, torrentBytes({ files: [fileEntry('5', 'a\0b')] })),
      status.INVALID_ARGUMENT,
      { fields: ['torrent_file'] },
    );
    const long = await expectFailure(call(users.updateUser.bind(users), { user: { name: `users/${member.id}`, profileText: 'p'.repeat(65537) }, updateMask: { paths: ['profile_text'] } }), status.INVALID_ARGUMENT);
    expect(long.fieldViolations![0]).toMatchObject({ field: 'user.profile_text', description: expect.stringContaining('at most 65536 characters') });
  });

  it('3: filter field names from Object.prototype and enum values like toString are refused; a filter has a term cap', async () => {
    const torrents = moderator.clients.torrents;
    for (const filter of ['constructor = "x"', '__proto__ = "x"', 'toString = "x"', 'hasOwnProperty = "x"', 'moderation_status = toString', 'moderation_status = constructor']) {
      await expectFailure(call(torrents.listTorrents.bind(torrents), { filter }), status.INVALID_ARGUMENT, { fields: ['filter'] });
    }
    const users = t.admin.clients.users;
    await expectFailure(call(users.listUsers.bind(users), { filter: 'status = __proto__' }), status.INVALID_ARGUMENT, { fields: ['filter'] });
    const many = Array.from({ length: MAX_FILTER_COMPARISONS + 1 }, () => 'freeleech = true').join(' AND ');
    const refused = await expectFailure(call(torrents.listTorrents.bind(torrents), { filter: many }), status.INVALID_ARGUMENT, { fields: ['filter'] });
    expect(refused.message).toContain(`at most ${MAX_FILTER_COMPARISONS} comparisons`);
    const seventyThousand = Array.from({ length: 70_000 }, () => 'sticky = true').join(' AND ');
    await expectFailure(call(torrents.listTorrents.bind(torrents), { filter: seventyThousand }), status.INVALID_ARGUMENT, { fields: ['filter'] });
    const fine = Array.from({ length: MAX_FILTER_COMPARISONS }, () => 'freeleech = false').join(' AND ');
    await call(torrents.listTorrents.bind(torrents), { filter: fine });
  });

  it('4: page tokens are signed: forged, edited, out-of-range and non-UUID tokens are INVALID_ARGUMENT; real ones work', async () => {
    for (let i = 0; i < 3; i++) await t.account('member');
    const users = t.admin.clients.users;
    const first = await call(users.listUsers.bind(users), { pageSize: 1 });
    expect(first.nextPageToken).not.toBe('');
    const second = await call(users.listUsers.bind(users), { pageSize: 1, pageToken: first.nextPageToken });
    expect(second.users[0]!.id).not.toBe(first.users[0]!.id);
    const payload = (cursor: object) => Buffer.from(JSON.stringify(cursor)).toString('base64url');
    const [realPayload, realMac] = first.nextPageToken.split('.') as [string, string];
    const scope = JSON.parse(Buffer.from(realPayload, 'base64url').toString()).s as string;
    const forged = [
      payload({ c: '1', i: 'not-a-uuid', s: scope }),
      `${payload({ c: '99999999999999999999', i: first.users[0]!.id, s: scope })}.${realMac}`,
      `${payload({ c: '1', i: 'not-a-uuid', s: scope })}.${createHmac('sha256', 'guess').update('x').digest().subarray(0, 16).toString('base64url')}`,
      `${realPayload.slice(0, -2)}AA.${realMac}`,
      `${realPayload}.${realMac}.extra`,
      'constructor',
      '__proto__.toString',
      '%%%',
    ];
    for (const pageToken of forged) {
      await expectFailure(call(users.listUsers.bind(users), { pageSize: 1, pageToken }), status.INVALID_ARGUMENT, { fields: ['page_token'] });
    }
    await expectFailure(call(users.listUsers.bind(users), { pageSize: 1, pageToken: first.nextPageToken, query: 'other' }), status.INVALID_ARGUMENT, {
      fields: ['page_token'],
    });
  });

  it('5: registering the same new .torrent concurrently gives one success and ALREADY_EXISTS for the rest', async () => {
    const bytes = torrentBytes();
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => register(uploader, bytes).then(() => 'OK', (e: grpc.ServiceError) => e)));
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
    for (const failure of outcomes.filter((o) => o !== 'OK') as grpc.ServiceError[]) {
      expect(status[failure.code], failure.message).toBe('ALREADY_EXISTS');
    }
  });

  it('6: lengths of 2^63 and negative lengths, and totals past int64, are refused with reasons that say so', async () => {
    const big = await expectFailure(register(uploader, torrentBytes({ lengthText: '9223372036854775808' })), status.INVALID_ARGUMENT, { fields: ['torrent_file'] });
    expect(big.message).toContain('2^63');
    const negative = await expectFailure(register(uploader, torrentBytes({ lengthText: '-5' })), status.INVALID_ARGUMENT, { fields: ['torrent_file'] });
    expect(negative.message).toContain('negative');
    const files = Array.from({ length: 1025 }, (_, i) => fileEntry(String(2 ** 53 - 1), `f${i}`));
    const total = await expectFailure(register(uploader, torrentBytes({ files })), status.INVALID_ARGUMENT, { fields: ['torrent_file'] });
    expect(total.message).toContain('signed 64-bit');
  });

  it('7: a .torrent of more than 4 MiB (grpc-js\'s default) and up to the documented 10 MiB is received', async () => {
    const bytes = torrentBytes({ piecesBytes: 6 * 1024 * 1024 });
    const torrent = await register(uploader, bytes);
    expect(torrent.infoHash).toMatch(/^[0-9a-f]{40}$/);
    const over = torrentBytes({ piecesBytes: 10 * 1024 * 1024 });
    await expectFailure(register(uploader, over), status.INVALID_ARGUMENT, { fields: ['torrent_file'] });
  });

  it('9: a moderator who cannot manage the sysop cannot read the sysop\'s passkey; lower accounts\' it can', async () => {
    const users = moderator.clients.users;
    const sysop = await call(users.getUser.bind(users), { name: `users/${t.admin.id}` });
    expect(sysop.passkey).toBe('');
    const lower = await call(users.getUser.bind(users), { name: `users/${member.id}` });
    expect(lower.passkey).toBe(member.passkey);
    const peer = await t.account('moderator');
    expect((await call(users.getUser.bind(users), { name: `users/${peer.id}` })).passkey).toBe('');
  });

  it('10: anonymous uploaders and unapproved torrents are hidden from members, also from filters by uploader', async () => {
    const anonymous = await register(uploader, torrentBytes(), { anonymous: true });
    const pending = await register(uploader, torrentBytes());
    const mod = moderator.clients.torrents;
    await call(mod.approveTorrent.bind(mod), { name: anonymous.name });
    const torrents = member.clients.torrents;
    const seen = await call(torrents.getTorrent.bind(torrents), { name: anonymous.name });
    expect(seen.uploader).toBe('');
    const byUploader = await call(torrents.listTorrents.bind(torrents), { filter: `uploader = "users/${uploader.id}"`, pageSize: 500 });
    expect(byUploader.torrents.map((x) => x.id)).not.toContain(anonymous.id);
    const all = await call(torrents.listTorrents.bind(torrents), { pageSize: 500 });
    expect(all.torrents.map((x) => x.id)).toContain(anonymous.id);
    expect(all.torrents.map((x) => x.id)).not.toContain(pending.id);
    expect(all.torrents.every((x) => x.moderationStatus === 'MODERATION_STATUS_APPROVED')).toBe(true);
    await expectFailure(call(torrents.getTorrent.bind(torrents), { name: pending.name }), status.NOT_FOUND);
    // Moderators see both; the uploader sees their own.
    expect((await call(mod.getTorrent.bind(mod), { name: anonymous.name })).uploader).toBe(`users/${uploader.id}`);
    expect((await call(mod.listTorrents.bind(mod), { filter: `uploader = "users/${uploader.id}"`, pageSize: 500 })).torrents.map((x) => x.id)).toContain(anonymous.id);
    const own = uploader.clients.torrents;
    expect((await call(own.getTorrent.bind(own), { name: pending.name })).moderationStatus).toBe('MODERATION_STATUS_PENDING');
  });

  it('11: echoed bad values are truncated, so the status fits an 8 KiB metadata limit', async () => {
    const users = t.admin.clients.users;
    const error = await call(users.getUser.bind(users), { name: `users/${'x'.repeat(1000)}!` }).catch((e: grpc.ServiceError) => e);
    const failure = error as grpc.ServiceError;
    expect(status[failure.code]).toBe('INVALID_ARGUMENT');
    expect(failure.details.length).toBeLessThan(600);
    const trailer = failure.metadata.get('grpc-status-details-bin')[0] as Buffer;
    expect(trailer.length + failure.details.length).toBeLessThan(4096);
    const filter = await expectFailure(call(users.listUsers.bind(users), { filter: `${'f'.repeat(3000)} = "x"` }), status.INVALID_ARGUMENT, { fields: ['filter'] });
    expect(filter.message.length).toBeLessThan(600);
  });

  it('12: members read their own profile, edit its safe fields and rotate their own passkey; GetCaller shows passkey and 2FA state', async () => {
    const self = await t.account('member');
    const users = self.clients.users;
    const profile = await call(users.getUser.bind(users), { name: `users/${self.id}` });
    expect(profile).toMatchObject({ username: self.username, email: self.email, passkey: self.passkey });
    await expectFailure(call(users.getUser.bind(users), { name: `users/${member.id}` }), status.PERMISSION_DENIED);
    const rotated = await call(users.rotatePasskey.bind(users), { name: `users/${self.id}` });
    expect(rotated.passkey).toMatch(/^[0-9a-f]{32}$/);
    expect(rotated.passkey).not.toBe(self.passkey);
    await expectFailure(call(users.rotatePasskey.bind(users), { name: `users/${member.id}` }), status.PERMISSION_DENIED);
    const caller = await call(self.clients.auth.getCaller.bind(self.clients.auth), {});
    expect(caller).toMatchObject({ passkey: rotated.passkey, twoFactorEnabled: false });
    const edited = await call(users.updateUser.bind(users), { user: { name: `users/${self.id}`, title: 'Seeder', profileText: 'hi' }, updateMask: { paths: ['title', 'profile_text'] } });
    expect(edited).toMatchObject({ title: 'Seeder', profileText: 'hi' });
    await expectFailure(call(users.updateUser.bind(users), { user: { name: `users/${self.id}`, group: 'sysop' }, updateMask: { paths: ['group'] } }), status.PERMISSION_DENIED, {
      reason: 'NOT_SELF_EDITABLE',
    });
    await expectFailure(call(users.updateUser.bind(users), { user: { name: `users/${member.id}`, title: 'x' }, updateMask: { paths: ['title'] } }), status.PERMISSION_DENIED);
  });

  it('13: backup codes are generated at enrolment, stored hashed, accepted once by Login', async () => {
    const user = await t.account('member');
    const users = user.clients.users;
    const name = `users/${user.id}`;
    const enrolment = await call(users.enrollTwoFactor.bind(users), { name });
    expect(enrolment.backupCodes).toHaveLength(10);
    const { rows } = await t.db.pool.query(`SELECT backup_codes FROM user_2fa WHERE user_id = $1`, [user.id]);
    expect(rows[0].backup_codes).toHaveLength(10);
    for (const code of enrolment.backupCodes) expect(JSON.stringify(rows[0].backup_codes)).not.toContain(code.replace('-', ''));
    await call(users.verifyTwoFactor.bind(users), { name, code: totpCode(enrolment.secret) });
    expect((await call(user.clients.auth.getCaller.bind(user.clients.auth), {})).twoFactorEnabled).toBe(true);
    const code = enrolment.backupCodes[3]!;
    expect((await login({ login: user.username, password: PASSWORD, totpCode: code })).sessionToken).toMatch(/^sgs_/);
    await expectFailure(login({ login: user.username, password: PASSWORD, totpCode: code }), status.UNAUTHENTICATED, { reason: 'TOTP_INVALID' });
  });

  it('13: VerifyTwoFactor is throttled after five wrong codes', async () => {
    const user = await t.account('member');
    const users = user.clients.users;
    const name = `users/${user.id}`;
    const enrolment = await call(users.enrollTwoFactor.bind(users), { name });
    for (let i = 0; i < 5; i++) await expectFailure(call(users.verifyTwoFactor.bind(users), { name, code: '000000' }), status.INVALID_ARGUMENT, { fields: ['code'] });
    await expectFailure(call(users.verifyTwoFactor.bind(users), { name, code: totpCode(enrolment.secret) }), status.RESOURCE_EXHAUSTED, { reason: 'CODE_THROTTLED' });
  });

  it('13: EMAIL_TAKEN does not quote emails to callers without can_view_emails; impossible dates, far expiries, common passwords and non-http avatars are refused', async () => {
    const { rows: [group] } = await t.db.pool.query(
      `INSERT INTO user_groups (name, display_name, level, can_manage_users) VALUES ('manager16', 'Manager', 12, true) RETURNING name`,
    );
    const manager = await t.account(group.name);
    const users = manager.clients.users;
    const taken = await expectFailure(call(users.createUser.bind(users), { user: { username: 'fresh16', email: member.email } }), status.ALREADY_EXISTS, {
      reason: 'EMAIL_TAKEN',
    });
    expect(JSON.stringify(taken)).not.toContain(member.email);
    const admin = t.admin.clients.users;
    const shown = await expectFailure(call(admin.createUser.bind(admin), { user: { username: 'fresh16b', email: member.email } }), status.ALREADY_EXISTS, {
      reason: 'EMAIL_TAKEN',
    });
    expect(shown.message).toContain(member.email);

    await expectFailure(call(admin.listUsers.bind(admin), { filter: 'create_time > "2025-02-30T00:00:00Z"' }), status.INVALID_ARGUMENT, { fields: ['filter'] });
    const auth = t.admin.clients.auth;
    const parent = `users/${t.admin.id}`;
    const year10000 = Date.UTC(10000, 0, 1) / 1000;
    await expectFailure(call(auth.createApiToken.bind(auth), { parent, displayName: 'far', expireTime: { seconds: year10000 } }), status.INVALID_ARGUMENT, {
      fields: ['expire_time'],
    });
    const sixYears = Math.floor(Date.now() / 1000) + 6 * 366 * 24 * 3600;
    await expectFailure(call(auth.createApiToken.bind(auth), { parent, displayName: 'far', expireTime: { seconds: sixYears } }), status.INVALID_ARGUMENT, {
      fields: ['expire_time'],
    });
    const ok = await call(auth.createApiToken.bind(auth), { parent, displayName: 'year', expireTime: { seconds: Math.floor(Date.now() / 1000) + 365 * 24 * 3600 } });
    expect(ok.token).toMatch(/^sgt_/);

    for (const password of ['password123', 'Password123', 'qwertyuiop', '            ']) {
      await expectFailure(call(admin.createUser.bind(admin), { user: { username: `pw${Math.random().toString(36).slice(2, 8)}`, email: `${Math.random().toString(36).slice(2)}@example.test` }, password }), status.INVALID_ARGUMENT, {
        fields: ['password'],
      });
    }
    const target = `users/${member.id}`;
    for (const avatarUrl of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'not a url']) {
      await expectFailure(call(admin.updateUser.bind(admin), { user: { name: target, avatarUrl }, updateMask: { paths: ['avatar_url'] } }), status.INVALID_ARGUMENT, {
        fields: ['user.avatar_url'],
      });
    }
    const updated = await call(admin.updateUser.bind(admin), { user: { name: target, avatarUrl: 'https://img.example.test/a.png' }, updateMask: { paths: ['avatar_url'] } });
    expect(present(updated).avatarUrl).toBe('https://img.example.test/a.png');
  });
});
