/**
 * Every RPC in the proto declares the permission it needs, and none answers an unauthenticated
 * call with success: the protected ones refuse it with UNAUTHENTICATED before any handler runs, and
 * the public one (Login) refuses an empty request.
 */
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredMethods, methodPermissions } from '../../control/auth/method-permissions.js';
import { PERMISSION_TABLE } from '../../control/auth/permission-table.js';
import { loadControlProto } from '../../control/proto.js';
import { call, expectFailure, startTestControl, type TestControl } from './harness.js';

const methods = declaredMethods(loadControlProto().definition);

describe('permission declarations', () => {
  it('finds the services and every RPC in them', () => {
    expect(new Set(methods.map((m) => m.service))).toEqual(
      new Set(['swarmgate.control.v1.AuthService', 'swarmgate.control.v1.UserService', 'swarmgate.control.v1.TorrentService', 'swarmgate.control.v1.PoolService', 'swarmgate.control.v1.JobService', 'swarmgate.control.v1.IndexerService', 'swarmgate.control.v1.BonusService', 'swarmgate.control.v1.ModerationService']),
    );
    expect(methods.length).toBeGreaterThanOrEqual(32);
  });

  it('every RPC declares a permission that the permission table knows', () => {
    const undeclared = methods.filter((m) => m.permission === undefined).map((m) => m.path);
    expect(undeclared).toEqual([]);
    for (const m of methods) {
      if (m.permission !== 'PERMISSION_PUBLIC') expect(PERMISSION_TABLE, m.path).toHaveProperty(m.permission!);
    }
    expect(methods.filter((m) => m.permission === 'PERMISSION_PUBLIC').map((m) => m.path)).toEqual(['/swarmgate.control.v1.AuthService/Login']);
  });

  it('the server refuses to start from a definition with an undeclared RPC', () => {
    const { definition } = loadControlProto();
    const service = definition['swarmgate.control.v1.UserService'] as Record<string, { options: Record<string, unknown> }>;
    const tampered = { ...definition, 'swarmgate.control.v1.UserService': { ...service, GetUser: { ...service.GetUser!, options: {} } } };
    expect(() => methodPermissions(tampered as unknown as typeof definition)).toThrow(/UserService\/GetUser/);
  });
});

describe('unauthenticated calls to every RPC', () => {
  let t: TestControl;
  beforeAll(async () => {
    t = await startTestControl();
  });
  afterAll(() => t.stop());

  for (const m of methods) {
    it(`${m.path} (${m.permission})`, async () => {
      const client = new grpc.Client(t.address, grpc.credentials.createInsecure());
      const empty = await new Promise<grpc.ServiceError | null>((resolve) =>
        client.makeUnaryRequest(m.path, () => Buffer.alloc(0), (b: Buffer) => b, {}, (err) => resolve(err)),
      );
      client.close();
      expect(empty, `${m.path} succeeded without credentials`).not.toBeNull();
      if (m.permission === 'PERMISSION_PUBLIC') {
        expect(empty!.code).toBe(grpc.status.INVALID_ARGUMENT);
      } else {
        await expectFailure(Promise.reject(empty), grpc.status.UNAUTHENTICATED, { reason: 'CREDENTIALS_MISSING' });
      }
    });
  }

  it('a bad token is refused on every protected RPC the same way', async () => {
    const clients = t.clients('sgt_not-a-real-token');
    await expectFailure(call(clients.users.getUser.bind(clients.users), { name: `users/${t.admin.id}` }), grpc.status.UNAUTHENTICATED, {
      reason: 'CREDENTIALS_INVALID',
    });
    const garbage = t.clients('hello');
    await expectFailure(call(garbage.torrents.listTorrents.bind(garbage.torrents), {}), grpc.status.UNAUTHENTICATED, { reason: 'CREDENTIALS_INVALID' });
  });
});

describe('group flags and levels', () => {
  let t: TestControl;
  beforeAll(async () => {
    t = await startTestControl();
  });
  afterAll(() => t.stop());

  it('a member lacks user management: PERMISSION_DENIED naming the permission', async () => {
    const member = await t.account('member');
    const details = await expectFailure(call(member.clients.users.listUsers.bind(member.clients.users), {}), grpc.status.PERMISSION_DENIED, {
      reason: 'MISSING_PERMISSION',
    });
    expect(details.metadata).toMatchObject({ permission: 'PERMISSION_USERS_READ', group: 'member' });
  });

  it('the banned class (level 0) cannot even browse torrents', async () => {
    const banned = await t.account('banned');
    await expectFailure(call(banned.clients.torrents.listTorrents.bind(banned.clients.torrents), {}), grpc.status.PERMISSION_DENIED, {
      reason: 'MISSING_PERMISSION',
    });
  });

  it('a moderator cannot manage an administrator, nor promote anyone to their own level', async () => {
    const moderator = await t.account('moderator');
    const administrator = await t.account('administrator');
    const member = await t.account('member');
    const users = moderator.clients.users;
    await expectFailure(call(users.disableUser.bind(users), { name: `users/${administrator.id}`, reason: 'x' }), grpc.status.PERMISSION_DENIED, {
      reason: 'TARGET_OUTRANKS_CALLER',
    });
    await expectFailure(
      call(users.updateUser.bind(users), { user: { name: `users/${member.id}`, group: 'moderator' }, updateMask: { paths: ['group'] } }),
      grpc.status.PERMISSION_DENIED,
      { reason: 'TARGET_OUTRANKS_CALLER' },
    );
    const promoted = await call(users.updateUser.bind(users), { user: { name: `users/${member.id}`, group: 'elite' }, updateMask: { paths: ['group'] } });
    expect(promoted.group).toBe('elite');
  });

  it('GetCaller lists exactly the permissions the group grants', async () => {
    const uploader = await t.account('uploader');
    const caller = await call(uploader.clients.auth.getCaller.bind(uploader.clients.auth), {});
    expect(caller).toMatchObject({ user: `users/${uploader.id}`, group: 'uploader', groupLevel: 7, credentialType: 'CREDENTIAL_TYPE_API_TOKEN' });
    expect(caller.permissions.sort()).toEqual(
      ['PERMISSION_OWN_ACCOUNT', 'PERMISSION_TORRENTS_READ', 'PERMISSION_TORRENTS_UPLOAD', 'PERMISSION_BONUS_USE', 'PERMISSION_REQUESTS_FILL', 'PERMISSION_REPORTS_FILE'].sort(),
    );
  });
});
