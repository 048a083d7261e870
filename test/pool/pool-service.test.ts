/**
 * PoolService through the real gRPC server: permissions (a member is refused everything, a moderator
 * reads, an administrator manages), keys with sealed secrets, field masks and etags, audit rows in the
 * change's transaction and events after commit, slots, capacity with OK / WARNING / CRITICAL, live
 * streams, history, and the plaintext key in no answer, log line or metric.
 */
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../core/events.js';
import { SecretBox } from '../../core/secret-box.js';
import { declaredMethods } from '../../control/auth/method-permissions.js';
import type { PoolKey__Output as PoolKey } from '../../control/generated/swarmgate/control/v1/PoolKey.js';
import type { PoolServiceClient } from '../../control/generated/swarmgate/control/v1/PoolService.js';
import { loadControlProto } from '../../control/proto.js';
import { auditRows, call, expectFailure, startTestControl, type TestAccount, type TestControl } from '../control/harness.js';
import { freePort } from '../support/engine.js';
import { capturingLogger, insertStream, insertUsageLog, insertUser, MASTER_KEY } from './pool-control-fixtures.js';

const { status } = grpc;

/** Secrets used in this file: each must never come back out. */
const SECRETS = ['tb-secret-0001-aaaa-bbbb-cccccccccccc', 'tb-secret-0002-dddd-eeee-ffffffffffff', 'tb-secret-0003-rotated-0000-1111', 'tb-secret-0004-dup-check'];

const POOL_METHODS = declaredMethods(loadControlProto().definition).filter((m) => m.service === 'swarmgate.control.v1.PoolService');

describe('PoolService', () => {
  let t: TestControl;
  let admin: TestAccount;
  let moderator: TestAccount;
  let member: TestAccount;
  let pool: PoolServiceClient;
  const captured = capturingLogger();
  const events: DomainEvent[] = [];
  /** Whether a key's row was already committed when its first event (its creation) arrived. */
  const committedAtFirstEvent = new Map<string, Promise<boolean>>();
  /** Every answer of every call, to search for secrets at the end. */
  const answers: unknown[] = [];

  const rpc = async <Req, Res>(client: PoolServiceClient, method: keyof PoolServiceClient & string, request: Req): Promise<Res> => {
    const fn = (client[method] as unknown as (r: Req, cb: (e: grpc.ServiceError | null, r?: Res) => void) => void).bind(client);
    const response = await call(fn, request);
    answers.push(response);
    return response;
  };

  const createKey = (name: string, apiKey: string, extra: Partial<PoolKey> = {}) =>
    rpc<unknown, PoolKey>(pool, 'createPoolKey', { poolKey: { displayName: name, ...extra }, apiKey });

  beforeAll(async () => {
    t = await startTestControl({ pool: { masterKey: MASTER_KEY }, log: captured.log, control: { metricsPort: await freePort() } });
    admin = await t.account('administrator');
    moderator = await t.account('moderator');
    member = await t.account('member');
    pool = admin.clients.pool;
    t.bus.subscribe((event) => {
      events.push(event);
      if (event.type === 'pool_key.changed' && !committedAtFirstEvent.has(event.poolKeyId)) {
        committedAtFirstEvent.set(event.poolKeyId, t.db.pool.query(`SELECT 1 FROM torbox_pool WHERE id = $1`, [event.poolKeyId]).then((r) => r.rowCount === 1));
      }
    });
  });
  afterAll(() => t.stop());

  it('permissions: a member is refused every RPC, a moderator reads but cannot change, an administrator manages', async () => {
    expect(POOL_METHODS.length).toBe(18);
    const key = await createKey('perm-key', SECRETS[0]!);
    for (const m of POOL_METHODS) {
      const name = m.path.split('/').pop()!;
      const method = (name[0]!.toLowerCase() + name.slice(1)) as keyof PoolServiceClient & string;
      await expectFailure(rpc(member.clients.pool, method, {}), status.PERMISSION_DENIED, { reason: 'MISSING_PERMISSION' });
      if (m.permission === 'PERMISSION_POOL_MANAGE') {
        await expectFailure(rpc(moderator.clients.pool, method, {}), status.PERMISSION_DENIED, { reason: 'MISSING_PERMISSION' });
      } else {
        expect(m.permission).toBe('PERMISSION_POOL_READ');
      }
    }
    // Every read RPC answers a moderator.
    const mod = moderator.clients.pool;
    expect((await rpc<unknown, PoolKey>(mod, 'getPoolKey', { name: key.name })).displayName).toBe('perm-key');
    expect((await rpc<unknown, { poolKeys: PoolKey[] }>(mod, 'listPoolKeys', {})).poolKeys.map((k) => k.id)).toContain(key.id);
    expect((await rpc<unknown, { slotStatus: string }>(mod, 'getPoolStatus', { name: `${key.name}/status` })).slotStatus).toBe('CAPACITY_LEVEL_OK');
    expect((await rpc<unknown, { statuses: unknown[] }>(mod, 'listPoolStatus', {})).statuses.length).toBeGreaterThan(0);
    expect((await rpc<unknown, { slots: unknown[] }>(mod, 'listSlots', { parent: key.name })).slots).toEqual([]);
    expect((await rpc<unknown, { streams: unknown[] }>(mod, 'listLiveStreams', {})).streams).toEqual([]);
    expect((await rpc<unknown, { healthChecks: unknown[] }>(mod, 'listHealthChecks', { parent: key.name })).healthChecks).toEqual([]);
    expect((await rpc<unknown, { usageLogs: unknown[] }>(mod, 'listUsageLogs', { parent: key.name })).usageLogs).toEqual([]);
    // The bootstrap sysop manages too (level 25).
    const disabled = await rpc<unknown, PoolKey>(t.admin.clients.pool, 'disablePoolKey', { name: key.name, reason: 'permission test' });
    expect(disabled.health).toBe('POOL_KEY_HEALTH_DISABLED');
    await rpc(pool, 'deletePoolKey', { name: key.name });
  });

  it('CreatePoolKey: sealed secret, slot rows, audit row in the transaction, event after commit; bad input writes nothing', async () => {
    const before = events.length;
    const key = await createKey('main-1', SECRETS[0]!, { priority: 5, maxUserSlots: 20 });
    expect(key).toMatchObject({ displayName: 'main-1', priority: 5, maxUserSlots: 20, maxConcurrentStreams: 35, currentUserSlots: 0, active: true, health: 'POOL_KEY_HEALTH_HEALTHY' });
    expect(key.name).toBe(`poolKeys/${key.id}`);
    const box = new SecretBox(MASTER_KEY);
    expect(key.apiKeyFingerprint).toBe(box.fingerprint(SECRETS[0]!).subarray(0, 6).toString('hex'));

    const { rows: [stored] } = await t.db.pool.query(`SELECT api_key_ciphertext, api_key_iv, api_key_tag FROM torbox_pool WHERE id = $1`, [key.id]);
    expect(Buffer.from(stored.api_key_ciphertext).toString('utf8')).not.toContain(SECRETS[0]);
    expect(Buffer.compare(stored.api_key_ciphertext, Buffer.from(SECRETS[0]!))).not.toBe(0);
    expect(box.open({ ciphertext: stored.api_key_ciphertext, iv: stored.api_key_iv, tag: stored.api_key_tag }, key.id)).toBe(SECRETS[0]);

    const { rows: slots } = await t.db.pool.query(`SELECT slot_number FROM torbox_slots WHERE pool_key_id = $1 ORDER BY slot_number`, [key.id]);
    expect(slots.map((s) => s.slot_number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));

    const audit = await auditRows(t.db, key.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'pool_key.create', actor_user_id: admin.id, after: { display_name: 'main-1', api_key_fingerprint: key.apiKeyFingerprint } });
    expect(events.slice(before)).toEqual([{ type: 'pool_key.changed', poolKeyId: key.id }]);
    expect(await committedAtFirstEvent.get(key.id)).toBe(true);

    await expectFailure(createKey('main-1', SECRETS[3]!), status.ALREADY_EXISTS, { reason: 'DISPLAY_NAME_TAKEN' });
    await expectFailure(createKey('other-name', SECRETS[0]!), status.ALREADY_EXISTS, { reason: 'API_KEY_DUPLICATE' });
    const bad = await expectFailure(createKey('', 'short key', { maxUserSlots: -1, maxConcurrentStreams: 20_000 }), status.INVALID_ARGUMENT, {
      fields: ['pool_key.display_name', 'api_key', 'pool_key.max_user_slots', 'pool_key.max_concurrent_streams'],
    });
    expect(JSON.stringify(bad)).not.toContain('short key');
    const { rows: [count] } = await t.db.pool.query(`SELECT count(*)::int AS n FROM torbox_pool WHERE name IN ('other-name', '')`);
    expect(count.n).toBe(0);
  });

  it('CreatePoolKey and ReplacePoolKeySecret need pool.masterKey: FAILED_PRECONDITION naming the setting', async () => {
    const bare = await startTestControl();
    try {
      const details = await expectFailure(call(bare.admin.clients.pool.createPoolKey.bind(bare.admin.clients.pool), { poolKey: { displayName: 'x' }, apiKey: SECRETS[3]! }), status.FAILED_PRECONDITION, {
        reason: 'POOL_MASTER_KEY_UNSET',
      });
      expect(details.metadata).toMatchObject({ setting: 'pool.masterKey', env: 'SWARMGATE_POOL_MASTER_KEY' });
      const { rows: [count] } = await bare.db.pool.query(`SELECT count(*)::int AS n FROM torbox_pool`);
      expect(count.n).toBe(0);
    } finally {
      await bare.stop();
    }
  });

  it('UpdatePoolKey: field mask, etag, slot rows follow max_user_slots, shrinking below an occupied slot is refused', async () => {
    const key = await createKey('resize-me', SECRETS[1]!, { maxUserSlots: 5 });
    await expectFailure(rpc(pool, 'updatePoolKey', { poolKey: { name: key.name, priority: 1 }, updateMask: { paths: ['api_key'] } }), status.INVALID_ARGUMENT, {
      fields: ['update_mask.paths[0]'],
    });
    const grown = await rpc<unknown, PoolKey>(pool, 'updatePoolKey', {
      poolKey: { name: key.name, priority: 9, maxUserSlots: 8, etag: key.etag },
      updateMask: { paths: ['priority', 'max_user_slots'] },
    });
    expect(grown).toMatchObject({ priority: 9, maxUserSlots: 8, displayName: 'resize-me' });
    expect(grown.etag).not.toBe(key.etag);
    await expectFailure(rpc(pool, 'updatePoolKey', { poolKey: { name: key.name, priority: 1, etag: key.etag }, updateMask: { paths: ['priority'] } }), status.ABORTED, {
      reason: 'ETAG_MISMATCH',
    });
    const slotCount = async () => (await t.db.pool.query(`SELECT count(*)::int AS n FROM torbox_slots WHERE pool_key_id = $1`, [key.id])).rows[0].n;
    expect(await slotCount()).toBe(8);

    const user = await insertUser(t.db);
    await t.db.pool.query(`UPDATE torbox_slots SET user_id = $2, assigned_at = now(), last_activity_at = now(), is_active = true WHERE pool_key_id = $1 AND slot_number = 7`, [key.id, user]);
    const refused = await expectFailure(rpc(pool, 'updatePoolKey', { poolKey: { name: key.name, maxUserSlots: 4 }, updateMask: { paths: ['max_user_slots'] } }), status.FAILED_PRECONDITION, {
      reason: 'SLOTS_OCCUPIED',
    });
    expect(refused.metadata).toMatchObject({ occupied_slots: '7' });
    expect(await slotCount()).toBe(8);
    const shrunk = await rpc<unknown, PoolKey>(pool, 'updatePoolKey', { poolKey: { name: key.name, maxUserSlots: 7 }, updateMask: { paths: ['max_user_slots'] } });
    expect(shrunk.maxUserSlots).toBe(7);
    expect(await slotCount()).toBe(7);
    // A refused change (the new name is taken) leaves neither its other field nor an audit row behind.
    await expectFailure(
      rpc(pool, 'updatePoolKey', { poolKey: { name: key.name, priority: 99, displayName: 'main-1' }, updateMask: { paths: ['priority', 'display_name'] } }),
      status.ALREADY_EXISTS,
      { reason: 'DISPLAY_NAME_TAKEN' },
    );
    expect((await rpc<unknown, PoolKey>(pool, 'getPoolKey', { name: key.name })).priority).toBe(9);
    const audit = await auditRows(t.db, key.id);
    expect(audit.map((a) => a.action)).toEqual(['pool_key.create', 'pool_key.update', 'pool_key.update']);
    expect(audit[1]!.changes).toEqual({ priority: { from: 0, to: 9 }, max_user_slots: { from: 5, to: 8 } });
  });

  it('Disable, Enable, Delete: only a disabled key without live streams is deleted, with its slots and assignments', async () => {
    const key = await createKey('short-lived', SECRETS[2]!, { maxUserSlots: 3 });
    await expectFailure(rpc(pool, 'deletePoolKey', { name: key.name }), status.FAILED_PRECONDITION, { reason: 'KEY_NOT_DISABLED' });
    await expectFailure(rpc(pool, 'disablePoolKey', { name: key.name, reason: '' }), status.INVALID_ARGUMENT, { fields: ['reason'] });
    const disabled = await rpc<unknown, PoolKey>(pool, 'disablePoolKey', { name: key.name, reason: 'billing lapsed' });
    expect(disabled).toMatchObject({ active: false, health: 'POOL_KEY_HEALTH_DISABLED', healthReason: 'billing lapsed' });
    await expectFailure(rpc(pool, 'disablePoolKey', { name: key.name, reason: 'again' }), status.FAILED_PRECONDITION, { reason: 'ALREADY_DISABLED' });
    const enabled = await rpc<unknown, PoolKey>(pool, 'enablePoolKey', { name: key.name, etag: disabled.etag });
    expect(enabled).toMatchObject({ active: true, health: 'POOL_KEY_HEALTH_HEALTHY', healthReason: '' });
    await expectFailure(rpc(pool, 'enablePoolKey', { name: key.name }), status.FAILED_PRECONDITION, { reason: 'ALREADY_ENABLED' });
    await rpc(pool, 'disablePoolKey', { name: key.name, reason: 'retire' });

    const user = await insertUser(t.db);
    await expectFailure(rpc(pool, 'assignSlot', { user: `users/${user}`, poolKey: key.name, deviceId: 'tv' }), status.FAILED_PRECONDITION, { reason: 'KEY_NOT_ACTIVE' });
    await t.db.pool.query(`UPDATE torbox_slots SET user_id = $2, assigned_at = now(), is_active = true WHERE pool_key_id = $1 AND slot_number = 1`, [key.id, user]);
    const { rows: [slotRow] } = await t.db.pool.query(`SELECT id FROM torbox_slots WHERE pool_key_id = $1 AND slot_number = 1`, [key.id]);
    await t.db.pool.query(`INSERT INTO torbox_assignments (user_id, device_id, slot_id, assigned_pool_key_id) VALUES ($1, 'tv', $2, $3)`, [user, slotRow.id, key.id]);
    const lease = await insertStream(t.db, { poolKeyId: key.id, userId: user, slotId: slotRow.id });
    await expectFailure(rpc(pool, 'deletePoolKey', { name: key.name }), status.FAILED_PRECONDITION, { reason: 'KEY_HAS_LIVE_STREAMS' });
    await t.db.pool.query(`UPDATE torbox_concurrency_log SET stream_ended_at = now(), end_reason = 'stopped' WHERE id = $1`, [lease]);

    const before = events.length;
    await rpc(pool, 'deletePoolKey', { name: key.name });
    await expectFailure(rpc(pool, 'getPoolKey', { name: key.name }), status.NOT_FOUND);
    const left = await t.db.pool.query(
      `SELECT (SELECT count(*) FROM torbox_slots WHERE pool_key_id = $1)::int AS slots, (SELECT count(*) FROM torbox_assignments WHERE user_id = $2)::int AS assignments`,
      [key.id, user],
    );
    expect(left.rows[0]).toEqual({ slots: 0, assignments: 0 });
    const audit = await auditRows(t.db, key.id);
    expect(audit.map((a) => a.action)).toEqual(['pool_key.create', 'pool_key.disable', 'pool_key.enable', 'pool_key.disable', 'pool_key.delete']);
    expect(audit.at(-1)!.before).toMatchObject({ display_name: 'short-lived', status: 'disabled' });
    expect(events.slice(before)).toEqual([{ type: 'pool_key.changed', poolKeyId: key.id }]);
  });

  it('ReplacePoolKeySecret: a new sealed secret and fingerprint, health starts again; duplicates refused', async () => {
    const key = await createKey('rotating', 'tb-secret-rotating-original');
    await t.db.pool.query(`UPDATE torbox_pool SET status = 'failing', status_reason = 'upstream refused the key (HTTP 403)', consecutive_failures = 1 WHERE id = $1`, [key.id]);
    await expectFailure(rpc(pool, 'replacePoolKeySecret', { name: key.name, apiKey: SECRETS[1]! }), status.ALREADY_EXISTS, { reason: 'API_KEY_DUPLICATE' });
    const replaced = await rpc<unknown, PoolKey>(pool, 'replacePoolKeySecret', { name: key.name, apiKey: SECRETS[2]!, etag: key.etag });
    expect(replaced.apiKeyFingerprint).not.toBe(key.apiKeyFingerprint);
    expect(replaced).toMatchObject({ health: 'POOL_KEY_HEALTH_HEALTHY', consecutiveFailures: 0 });
    const { rows: [stored] } = await t.db.pool.query(`SELECT api_key_ciphertext, api_key_iv, api_key_tag FROM torbox_pool WHERE id = $1`, [key.id]);
    expect(new SecretBox(MASTER_KEY).open({ ciphertext: stored.api_key_ciphertext, iv: stored.api_key_iv, tag: stored.api_key_tag }, key.id)).toBe(SECRETS[2]);
    const audit = await auditRows(t.db, key.id);
    expect(audit.at(-1)).toMatchObject({ action: 'pool_key.replace_secret' });
    expect(audit.at(-1)!.changes).toMatchObject({ api_key_fingerprint: { from: key.apiKeyFingerprint, to: replaced.apiKeyFingerprint } });
  });

  it('slots: best key by priority and health, one slot per user shared by devices, list filters, release, reclaim (dry run changes nothing)', async () => {
    const low = await createKey('slots-low', 'tb-secret-slots-low-0000', { priority: 1, maxUserSlots: 3 });
    const high = await createKey('slots-high', 'tb-secret-slots-high-0000', { priority: 50, maxUserSlots: 2 });
    const failing = await createKey('slots-failing', 'tb-secret-slots-failing-0', { priority: 100, maxUserSlots: 5 });
    await t.db.pool.query(`UPDATE torbox_pool SET status = 'failing' WHERE id = $1`, [failing.id]);
    // Earlier tests' keys must not take these users: take them out of service.
    await t.db.pool.query(`UPDATE torbox_pool SET is_active = false, status = 'disabled' WHERE id NOT IN ($1, $2, $3)`, [low.id, high.id, failing.id]);

    const [u1, u2, u3] = [await insertUser(t.db), await insertUser(t.db), await insertUser(t.db)];
    const before = events.length;
    const s1 = await rpc<unknown, { name: string; id: string; poolKey: string; slotNumber: number; user: string; userEmail: string }>(pool, 'assignSlot', { user: `users/${u1}`, deviceId: 'phone' });
    expect(s1).toMatchObject({ poolKey: high.name, slotNumber: 1, user: `users/${u1}` });
    expect(s1.userEmail).toMatch(/@example\.test$/);
    expect(events.slice(before)).toEqual([{ type: 'pool_slots.changed', poolKeyId: high.id }]);
    await expectFailure(rpc(pool, 'assignSlot', { user: `users/${u1}`, deviceId: 'tv' }), status.FAILED_PRECONDITION, { reason: 'USER_HAS_SLOT' });
    await t.db.pool.query(`INSERT INTO torbox_assignments (user_id, device_id) VALUES ($1, 'laptop')`, [u1]);

    expect((await rpc<unknown, { poolKey: string; slotNumber: number }>(pool, 'assignSlot', { user: `users/${u2}` })).slotNumber).toBe(2);
    // The high-priority key is full: the next user goes to the other healthy key, never the failing one.
    expect((await rpc<unknown, { poolKey: string }>(pool, 'assignSlot', { user: `users/${u3}` })).poolKey).toBe(low.name);
    await expectFailure(rpc(pool, 'assignSlot', { user: `users/${await insertUser(t.db)}`, poolKey: failing.name }), status.FAILED_PRECONDITION, { reason: 'KEY_NOT_ACTIVE' });
    await expectFailure(rpc(pool, 'assignSlot', { user: `users/${await insertUser(t.db, { status: 'disabled' })}` }), status.FAILED_PRECONDITION, { reason: 'USER_NOT_ENABLED' });
    await expectFailure(rpc(pool, 'assignSlot', { user: `users/00000000-0000-4000-8000-000000000000` }), status.NOT_FOUND);

    const { rows: devices } = await t.db.pool.query(`SELECT device_id, slot_id, assigned_pool_key_id FROM torbox_assignments WHERE user_id = $1 ORDER BY device_id`, [u1]);
    expect(devices).toEqual([
      { device_id: 'laptop', slot_id: null, assigned_pool_key_id: null },
      { device_id: 'phone', slot_id: s1.id, assigned_pool_key_id: high.id },
    ]);
    expect((await rpc<unknown, PoolKey>(pool, 'getPoolKey', { name: high.name })).currentUserSlots).toBe(2);

    // Make u1 idle for 4 days and u2 for 1; the listing filters by key, user and idle days.
    await t.db.pool.query(`UPDATE torbox_slots SET last_activity_at = now() - interval '4 days' WHERE user_id = $1`, [u1]);
    await t.db.pool.query(`UPDATE torbox_slots SET last_activity_at = now() - interval '1 day' WHERE user_id = $1`, [u2]);
    const listSlots = async (request: object) => (await rpc<unknown, { slots: { user: string; daysSinceActivity?: number }[] }>(pool, 'listSlots', request)).slots;
    expect((await listSlots({ parent: high.name })).map((s) => s.user).sort()).toEqual([`users/${u1}`, `users/${u2}`].sort());
    expect((await listSlots({ filter: `user = "users/${u3}"` })).map((s) => s.user)).toEqual([`users/${u3}`]);
    const idle = await listSlots({ parent: 'poolKeys/-', filter: 'idle_days >= 3' });
    expect(idle.map((s) => s.user)).toEqual([`users/${u1}`]);
    expect(idle[0]!.daysSinceActivity).toBeCloseTo(4, 1);
    await expectFailure(listSlots({ filter: 'idle_days >= soon' }), status.INVALID_ARGUMENT, { fields: ['filter'] });
    // A forum moderator reads slots (can_moderate) but not other accounts' emails (no can_view_emails).
    const forumModerator = await t.account('forum_moderator');
    const seenByForumModerator = await rpc<unknown, { slots: { userEmail: string }[] }>(forumModerator.clients.pool, 'listSlots', { parent: high.name });
    expect(seenByForumModerator.slots.map((s) => s.userEmail)).toEqual(['', '']);

    // Dry run: lists u1's slot, changes nothing.
    const snapshot = async () => (await t.db.pool.query(`SELECT id, user_id, last_activity_at FROM torbox_slots WHERE pool_key_id = $1 ORDER BY slot_number`, [high.id])).rows;
    const untouched = await snapshot();
    const auditBefore = (await t.db.pool.query(`SELECT count(*)::int AS n FROM audit_logs WHERE action = 'pool_slot.reclaim'`)).rows[0].n;
    const dry = await rpc<unknown, { slots: { user: string; name: string }[]; dryRun: boolean }>(pool, 'reclaimIdleSlots', { dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(dry.slots.map((s) => s.user)).toEqual([`users/${u1}`]);
    expect(await snapshot()).toEqual(untouched);
    expect((await t.db.pool.query(`SELECT count(*)::int AS n FROM audit_logs WHERE action = 'pool_slot.reclaim'`)).rows[0].n).toBe(auditBefore);

    const eventsBefore = events.length;
    const reclaimed = await rpc<unknown, { slots: { user: string; name: string }[]; assignmentsRemoved: number }>(pool, 'reclaimIdleSlots', {});
    expect(reclaimed.slots.map((s) => s.name)).toEqual([s1.name]);
    expect(reclaimed.assignmentsRemoved).toBe(1);
    expect(events.slice(eventsBefore)).toEqual([{ type: 'pool_slots.changed', poolKeyId: high.id }]);
    expect((await t.db.pool.query(`SELECT user_id FROM torbox_slots WHERE id = $1`, [s1.id])).rows[0].user_id).toBeNull();
    expect((await rpc<unknown, PoolKey>(pool, 'getPoolKey', { name: high.name })).currentUserSlots).toBe(1);
    const reclaimAudit = await auditRows(t.db, s1.id);
    expect(reclaimAudit.map((a) => a.action)).toEqual(['pool_slot.assign', 'pool_slot.reclaim']);
    expect(reclaimAudit[1]).toMatchObject({ actor_user_id: admin.id, before: { user: `users/${u1}` }, after: { user: null } });

    // Release u3's slot: assignments go, counts follow.
    const u3Slot = (await listSlots({ filter: `user = "users/${u3}"` }))[0] as unknown as { name: string };
    const released = await rpc<unknown, { user: string }>(pool, 'releaseSlot', { name: u3Slot.name });
    expect(released.user).toBe('');
    await expectFailure(rpc(pool, 'releaseSlot', { name: u3Slot.name }), status.FAILED_PRECONDITION, { reason: 'SLOT_FREE' });
    await expectFailure(rpc(pool, 'releaseSlot', { name: `${low.name}/slots/99` }), status.NOT_FOUND);
    await expectFailure(rpc(pool, 'releaseSlot', { name: 'poolKeys/nope/slots/1' }), status.INVALID_ARGUMENT, { fields: ['name'] });
    expect((await rpc<unknown, PoolKey>(pool, 'getPoolKey', { name: low.name })).currentUserSlots).toBe(0);
  });

  it('capacity: v_pool_status shows the live figures with OK / WARNING / CRITICAL at 80 % / 95 % of slots and 30 / 33 of 35 streams', async () => {
    const key = await createKey('capacity', 'tb-secret-capacity-0000', { maxUserSlots: 20, priority: 1000 });
    const wide = await createKey('capacity-70', 'tb-secret-capacity-7000', { maxConcurrentStreams: 70 });
    const status1 = async (name: string) =>
      rpc<unknown, { slotStatus: string; concurrencyStatus: string; currentUserSlots: number; slotUtilizationPct: number; concurrencyUtilizationPct: number }>(pool, 'getPoolStatus', {
        name: `${name}/status`,
      });
    // Slots come from AssignSlot (the live count); 15/20 = 75 % OK, 16 = 80 % WARNING, 19 = 95 % CRITICAL.
    const assign = async (n: number) => {
      for (let i = 0; i < n; i++) await rpc(pool, 'assignSlot', { user: `users/${await insertUser(t.db)}`, poolKey: key.name });
    };
    await assign(15);
    expect(await status1(key.name)).toMatchObject({ currentUserSlots: 15, slotUtilizationPct: 75, slotStatus: 'CAPACITY_LEVEL_OK' });
    await assign(1);
    expect(await status1(key.name)).toMatchObject({ currentUserSlots: 16, slotStatus: 'CAPACITY_LEVEL_WARNING' });
    await assign(2);
    expect((await status1(key.name)).slotStatus).toBe('CAPACITY_LEVEL_WARNING');
    await assign(1);
    expect(await status1(key.name)).toMatchObject({ currentUserSlots: 19, slotUtilizationPct: 95, slotStatus: 'CAPACITY_LEVEL_CRITICAL' });

    // Streams as the engine's flush writes them: 29 OK, 30 WARNING, 32 WARNING, 33 CRITICAL; and the
    // same fractions of a key whose cap is 70.
    const streams = async (id: string, n: number) => t.db.pool.query(`UPDATE torbox_pool SET current_concurrent_streams = $2 WHERE id = $1`, [id, n]);
    const expected: [number, string][] = [[29, 'OK'], [30, 'WARNING'], [32, 'WARNING'], [33, 'CRITICAL'], [35, 'CRITICAL']];
    for (const [n, level] of expected) {
      await streams(key.id, n);
      expect((await status1(key.name)).concurrencyStatus, `${n}/35`).toBe(`CAPACITY_LEVEL_${level}`);
    }
    for (const [n, level] of [[59, 'OK'], [60, 'WARNING'], [65, 'WARNING'], [66, 'CRITICAL']] as const) {
      await streams(wide.id, n);
      expect((await status1(wide.name)).concurrencyStatus, `${n}/70`).toBe(`CAPACITY_LEVEL_${level}`);
    }
    expect((await status1(wide.name)).concurrencyUtilizationPct).toBeCloseTo(94.29, 2);
    const critical = await rpc<unknown, { statuses: { poolKey: string }[] }>(moderator.clients.pool, 'listPoolStatus', { filter: 'concurrency_status = CAPACITY_LEVEL_CRITICAL' });
    expect(critical.statuses.map((s) => s.poolKey).sort()).toEqual([key.name, wide.name].sort());
  });

  it('live streams: listed from the concurrency log; EndStream audits and asks the engine after commit', async () => {
    const key = await createKey('streaming', 'tb-secret-streaming-000');
    const user = await insertUser(t.db);
    const old = await insertStream(t.db, { poolKeyId: key.id, userId: user, startedAt: new Date(Date.now() - 60_000) });
    const live = await insertStream(t.db, { poolKeyId: key.id, userId: user });
    await insertStream(t.db, { poolKeyId: key.id, userId: user, startedAt: new Date(Date.now() - 120_000), endedAt: new Date() });
    const first = await rpc<unknown, { streams: { leaseId: string; user: string; streamType: string; torrentHash: string }[]; nextPageToken: string }>(
      moderator.clients.pool,
      'listLiveStreams',
      { parent: key.name, pageSize: 1 },
    );
    expect(first.streams.map((s) => s.leaseId)).toEqual([live]);
    expect(first.streams[0]).toMatchObject({ user: `users/${user}`, streamType: 'movie' });
    expect(first.streams[0]!.torrentHash).toMatch(/^[0-9a-f]{40}$/);
    const second = await rpc<unknown, { streams: { leaseId: string }[]; nextPageToken: string }>(moderator.clients.pool, 'listLiveStreams', {
      parent: key.name,
      pageSize: 1,
      pageToken: first.nextPageToken,
    });
    expect(second.streams.map((s) => s.leaseId)).toEqual([old]);
    expect(second.nextPageToken).toBe('');

    const before = events.length;
    const ended = await rpc<unknown, { name: string }>(pool, 'endStream', { name: `poolStreams/${live}` });
    expect(ended.name).toBe(`poolStreams/${live}`);
    expect(events.slice(before)).toEqual([{ type: 'pool_stream.end_requested', leaseId: live }]);
    expect((await auditRows(t.db, live)).map((a) => a.action)).toEqual(['pool_stream.end']);
    const { rows: [ended2] } = await t.db.pool.query(`SELECT id FROM torbox_concurrency_log WHERE stream_ended_at IS NOT NULL AND pool_key_id = $1`, [key.id]);
    await expectFailure(rpc(pool, 'endStream', { name: `poolStreams/${ended2.id}` }), status.FAILED_PRECONDITION, { reason: 'STREAM_ENDED' });
    await expectFailure(rpc(pool, 'endStream', { name: 'poolStreams/00000000-0000-4000-8000-000000000000' }), status.NOT_FOUND);
  });

  it('history: health checks and usage logs, paged and filtered', async () => {
    const key = await createKey('history', 'tb-secret-history-0000');
    const user = await insertUser(t.db);
    for (let i = 0; i < 3; i++) {
      await t.db.pool.query(
        `INSERT INTO torbox_pool_health (pool_key_id, checked_at, endpoint, http_status, response_time_ms, was_successful, error_type, consecutive_failures)
         VALUES ($1, now() - $2 * interval '1 minute', '/v1/api/user/me', $3, 50, $4, $5, $6)`,
        [key.id, i, i === 0 ? 403 : 200, i !== 0, i === 0 ? 'http_error' : null, i === 0 ? 1 : 0],
      );
    }
    const page1 = await rpc<unknown, { healthChecks: { name: string; httpStatus: number; successful: boolean }[]; nextPageToken: string }>(moderator.clients.pool, 'listHealthChecks', {
      parent: key.name,
      pageSize: 2,
    });
    expect(page1.healthChecks.map((h) => h.httpStatus)).toEqual([403, 200]);
    expect(page1.healthChecks[0]!.name).toMatch(new RegExp(`^${key.name}/healthChecks/\\d+$`));
    const page2 = await rpc<unknown, { healthChecks: unknown[] }>(moderator.clients.pool, 'listHealthChecks', { parent: key.name, pageSize: 2, pageToken: page1.nextPageToken });
    expect(page2.healthChecks).toHaveLength(1);
    await expectFailure(rpc(pool, 'listHealthChecks', { parent: key.name, pageSize: 2, pageToken: page1.nextPageToken, filter: 'successful = true' }), status.INVALID_ARGUMENT, {
      fields: ['page_token'],
    });
    const failures = await rpc<unknown, { healthChecks: unknown[] }>(pool, 'listHealthChecks', { parent: key.name, filter: 'successful = false' });
    expect(failures.healthChecks).toHaveLength(1);

    await insertUsageLog(t.db, { poolKeyId: key.id, userId: user, at: new Date(Date.now() - 1000), ok: true });
    await insertUsageLog(t.db, { poolKeyId: key.id, userId: user, at: new Date(), ok: false, status: 502 });
    const logs = await rpc<unknown, { usageLogs: { statusCode: number; user: string; poolKey: string }[] }>(pool, 'listUsageLogs', { parent: key.name });
    expect(logs.usageLogs.map((l) => l.statusCode)).toEqual([502, 200]);
    const failed = await rpc<unknown, { usageLogs: { statusCode: number }[] }>(pool, 'listUsageLogs', { filter: `user = "users/${user}" AND successful = false` });
    expect(failed.usageLogs.map((l) => l.statusCode)).toEqual([502]);
    await expectFailure(rpc(pool, 'listUsageLogs', { parent: 'keys/1' }), status.INVALID_ARGUMENT, { fields: ['parent'] });
  });

  it('the plaintext keys appear in no answer, no log line and no metric', async () => {
    const metrics = await (await fetch(`http://127.0.0.1:${t.server.metricsPort}/metrics`)).text();
    expect(metrics).toContain('swarmgate_grpc_server_handled_total');
    expect(metrics).toContain('PoolService');
    expect(captured.lines.length).toBeGreaterThan(50);
    const everything = [JSON.stringify(answers), captured.lines.join(''), metrics];
    const { rows: auditText } = await t.db.pool.query(`SELECT coalesce(string_agg(before::text || after::text || metadata::text, ''), '') AS text FROM audit_logs`);
    everything.push(auditText[0].text);
    for (const secret of [...SECRETS, 'tb-secret-rotating-original', 'tb-secret-slots-low-0000', 'tb-secret-capacity-0000']) {
      for (const text of everything) expect(text.includes(secret), `a secret leaked into ${text.slice(0, 80)}`).toBe(false);
    }
  });
});
