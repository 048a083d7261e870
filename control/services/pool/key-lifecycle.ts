/**
 * PoolService calls that create, read, edit and change the state of pool keys. Every change locks
 * the key row, checks the etag, bumps updated_at (the etag), writes the audit row (with the shown
 * fingerprint, never the secret) in the same transaction, and publishes pool_key.changed after commit.
 */
import { randomUUID } from 'node:crypto';
import type { SecretBox } from '../../../core/secret-box.js';
import { checkEtag } from '../../etag.js';
import { alreadyExists, failedPrecondition, invalidField } from '../../errors/control-error.js';
import { Violations } from '../../errors/violations.js';
import { compileFilter, filterValues, type FilterField } from '../../filter.js';
import type { PoolServiceHandlers } from '../../generated/swarmgate/control/v1/PoolService.js';
import { mutate, type MutationScope } from '../../mutation.js';
import { fetchPage } from '../../pagination.js';
import type { CallContext } from '../../server/call-context.js';
import { unary } from '../../server/unary.js';
import type { ServiceDeps } from '../deps.js';
import { findPoolKey, HEALTH_FROM_PROTO, POOL_KEY_SELECT, poolKeyAuditImage, toPoolKeyMessage, type PoolKeyRow, type Queryable } from './key-records.js';
import { checkDisplayName, checkLimit, DEFAULT_MAX_CONCURRENT_STREAMS, DEFAULT_MAX_USER_SLOTS } from './key-validation.js';
import { poolFilterValues } from './pool-filters.js';
import { parsePoolKeyName, poolKeyName } from './pool-names.js';
import { checkApiKey, secretBoxFor } from './secrets.js';
import { addSlotRows, removeSlotRowsAbove } from './slot-rows.js';

type KeyHandlers = Pick<
  PoolServiceHandlers,
  'CreatePoolKey' | 'GetPoolKey' | 'ListPoolKeys' | 'UpdatePoolKey' | 'DisablePoolKey' | 'EnablePoolKey' | 'DeletePoolKey' | 'ReplacePoolKeySecret'
>;

const POOL_KEY_FILTER: Record<string, FilterField> = {
  health: { column: 'p.status', operators: ['=', '!='], convert: filterValues.enumeration(HEALTH_FROM_PROTO) },
  active: { column: 'p.is_active', operators: ['='], convert: filterValues.boolean },
  priority: { column: 'p.priority', operators: ['=', '!=', '<', '<=', '>', '>='], convert: poolFilterValues.integer },
  create_time: { column: 'p.created_at', operators: ['<', '<=', '>', '>='], convert: filterValues.timestamp },
};

const UPDATABLE = ['display_name', 'priority', 'max_user_slots', 'max_concurrent_streams'] as const;
type UpdatablePath = (typeof UPDATABLE)[number];

/** Display names and secrets are unique; checked up front for a clear ALREADY_EXISTS. */
async function requireUnique(db: Queryable, fields: { displayName?: string; fingerprint?: Buffer }, exceptId: string): Promise<void> {
  if (fields.displayName !== undefined) {
    const { rowCount } = await db.query(`SELECT 1 FROM torbox_pool WHERE name = $1 AND id <> $2`, [fields.displayName, exceptId]);
    if (rowCount) throw alreadyExists('DISPLAY_NAME_TAKEN', `a pool key named "${fields.displayName}" exists`, { field: 'display_name' });
  }
  if (fields.fingerprint !== undefined) {
    const { rowCount } = await db.query(`SELECT 1 FROM torbox_pool WHERE api_key_fingerprint = $1 AND id <> $2`, [fields.fingerprint, exceptId]);
    if (rowCount) throw alreadyExists('API_KEY_DUPLICATE', 'this API key is already in the pool', { field: 'api_key' });
  }
}

/** A concurrent insert that won the race on a unique index maps to the same errors. */
function uniqueViolationToError(err: unknown): unknown {
  const pgError = err as { code?: string; constraint?: string };
  if (pgError.code !== '23505') return err;
  if (pgError.constraint === 'torbox_pool_name_key') return alreadyExists('DISPLAY_NAME_TAKEN', 'a pool key with this name exists', { field: 'display_name' });
  if (pgError.constraint === 'torbox_pool_api_key_fingerprint_key') return alreadyExists('API_KEY_DUPLICATE', 'this API key is already in the pool', { field: 'api_key' });
  return err;
}

/** The plaintext sealed for the key `id`: ciphertext, IV, tag and fingerprint (what the row stores). */
function sealFor(box: SecretBox, apiKey: string, id: string): { ciphertext: Buffer; iv: Buffer; tag: Buffer; fingerprint: Buffer } {
  return { ...box.seal(apiKey, id), fingerprint: box.fingerprint(apiKey) };
}

/**
 * Runs `change` on the locked key after the etag check, bumps updated_at, then audits `action` with
 * before/after images and publishes pool_key.changed.
 */
async function changeKey(
  deps: ServiceDeps,
  context: CallContext,
  id: string,
  etag: string,
  action: string,
  change: (key: PoolKeyRow, scope: MutationScope) => Promise<Record<string, unknown> | void>,
): Promise<PoolKeyRow> {
  return mutate(deps.pool, deps.bus, context, async (scope) => {
    const before = await findPoolKey(scope.tx, id, { lock: true });
    checkEtag(etag, before.etag, poolKeyName(id));
    const metadata = await change(before, scope);
    await scope.tx.query(`UPDATE torbox_pool SET updated_at = now() WHERE id = $1`, [id]);
    const after = await findPoolKey(scope.tx, id);
    await scope.audit({ action, entityType: 'pool_key', entityId: id, before: poolKeyAuditImage(before), after: poolKeyAuditImage(after), ...(metadata ? { metadata } : {}) });
    scope.publish({ type: 'pool_key.changed', poolKeyId: id });
    return after;
  });
}

export function keyLifecycleHandlers(deps: ServiceDeps): KeyHandlers {
  const { pool, bus } = deps;
  return {
    CreatePoolKey: unary(async (request, context) => {
      const key = request.poolKey;
      const displayName = key?.displayName.trim() ?? '';
      const maxUserSlots = key?.maxUserSlots || DEFAULT_MAX_USER_SLOTS;
      const maxStreams = key?.maxConcurrentStreams || DEFAULT_MAX_CONCURRENT_STREAMS;
      const v = new Violations();
      checkDisplayName(v, 'pool_key.display_name', displayName);
      checkApiKey(v, 'api_key', request.apiKey);
      checkLimit(v, 'pool_key.max_user_slots', maxUserSlots);
      checkLimit(v, 'pool_key.max_concurrent_streams', maxStreams);
      v.throwIfAny();
      const box = secretBoxFor(deps.settings.pool);
      const id = randomUUID();
      const sealed = sealFor(box, request.apiKey, id);
      const created = await mutate(pool, bus, context, async ({ tx, audit, publish }) => {
        await requireUnique(tx, { displayName, fingerprint: sealed.fingerprint }, id);
        await tx
          .query(
            `INSERT INTO torbox_pool (id, name, api_key_ciphertext, api_key_iv, api_key_tag, api_key_fingerprint, priority, max_user_slots, max_concurrent_streams)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [id, displayName, sealed.ciphertext, sealed.iv, sealed.tag, sealed.fingerprint, key?.priority ?? 0, maxUserSlots, maxStreams],
          )
          .catch((err: unknown) => {
            throw uniqueViolationToError(err);
          });
        await addSlotRows(tx, id, 1, maxUserSlots);
        const row = await findPoolKey(tx, id);
        await audit({ action: 'pool_key.create', entityType: 'pool_key', entityId: id, after: poolKeyAuditImage(row) });
        publish({ type: 'pool_key.changed', poolKeyId: id });
        return row;
      });
      return toPoolKeyMessage(created);
    }),

    GetPoolKey: unary(async (request) => toPoolKeyMessage(await findPoolKey(pool, parsePoolKeyName(request.name, 'name')))),

    ListPoolKeys: unary(async (request) => {
      const params: unknown[] = [];
      const conditions = compileFilter(request.filter, POOL_KEY_FILTER, params);
      const result = await fetchPage<PoolKeyRow>(pool, {
        select: POOL_KEY_SELECT,
        alias: 'p',
        conditions,
        params,
        pageSize: request.pageSize,
        pageToken: request.pageToken,
        scope: { filter: request.filter },
      });
      return { poolKeys: result.rows.map(toPoolKeyMessage), nextPageToken: result.nextPageToken };
    }),

    UpdatePoolKey: unary(async (request, context) => {
      const key = request.poolKey;
      if (!key) throw invalidField('pool_key', 'is required');
      const id = parsePoolKeyName(key.name, 'pool_key.name');
      const paths = request.updateMask?.paths ?? [];
      const v = new Violations();
      v.check(paths.length > 0, 'update_mask', `name the fields to change: ${UPDATABLE.join(', ')}`);
      paths.forEach((path, i) => v.check((UPDATABLE as readonly string[]).includes(path), `update_mask.paths[${i}]`, `"${path}" cannot be updated`));
      v.throwIfAny();
      const set = new Set(paths as UpdatablePath[]);
      const displayName = key.displayName.trim();
      if (set.has('display_name')) checkDisplayName(v, 'pool_key.display_name', displayName);
      if (set.has('max_user_slots')) checkLimit(v, 'pool_key.max_user_slots', key.maxUserSlots);
      if (set.has('max_concurrent_streams')) checkLimit(v, 'pool_key.max_concurrent_streams', key.maxConcurrentStreams);
      v.throwIfAny();
      const updated = await changeKey(deps, context, id, key.etag, 'pool_key.update', async (before, { tx }) => {
        await requireUnique(tx, set.has('display_name') ? { displayName } : {}, id);
        if (set.has('max_user_slots')) {
          if (key.maxUserSlots > before.max_user_slots) await addSlotRows(tx, id, before.max_user_slots + 1, key.maxUserSlots);
          else await removeSlotRowsAbove(tx, id, key.maxUserSlots);
        }
        const assignments: string[] = [];
        const params: unknown[] = [id];
        const assign = (column: string, value: unknown) => {
          params.push(value);
          assignments.push(`${column} = $${params.length}`);
        };
        if (set.has('display_name')) assign('name', displayName);
        if (set.has('priority')) assign('priority', key.priority);
        if (set.has('max_user_slots')) assign('max_user_slots', key.maxUserSlots);
        if (set.has('max_concurrent_streams')) assign('max_concurrent_streams', key.maxConcurrentStreams);
        await tx.query(`UPDATE torbox_pool SET ${assignments.join(', ')} WHERE id = $1`, params).catch((err: unknown) => {
          throw uniqueViolationToError(err);
        });
        return { update_mask: paths };
      });
      return toPoolKeyMessage(updated);
    }),

    DisablePoolKey: unary(async (request, context) => {
      const id = parsePoolKeyName(request.name, 'name');
      const reason = request.reason.trim();
      const v = new Violations();
      v.check(reason.length >= 1 && reason.length <= 500, 'reason', 'is required (at most 500 characters)');
      v.throwIfAny();
      const disabled = await changeKey(deps, context, id, request.etag, 'pool_key.disable', async (key, { tx }) => {
        if (key.status === 'disabled') throw failedPrecondition('ALREADY_DISABLED', `${poolKeyName(id)} is already disabled`);
        await tx.query(`UPDATE torbox_pool SET status = 'disabled', is_active = false, status_reason = $2 WHERE id = $1`, [id, reason]);
      });
      return toPoolKeyMessage(disabled);
    }),

    EnablePoolKey: unary(async (request, context) => {
      const id = parsePoolKeyName(request.name, 'name');
      const enabled = await changeKey(deps, context, id, request.etag, 'pool_key.enable', async (key, { tx }) => {
        if (key.status !== 'disabled' && key.is_active) throw failedPrecondition('ALREADY_ENABLED', `${poolKeyName(id)} is not disabled`);
        await tx.query(`UPDATE torbox_pool SET status = 'healthy', is_active = true, status_reason = NULL, consecutive_failures = 0 WHERE id = $1`, [id]);
      });
      return toPoolKeyMessage(enabled);
    }),

    DeletePoolKey: unary(async (request, context) => {
      const id = parsePoolKeyName(request.name, 'name');
      await mutate(pool, bus, context, async ({ tx, audit, publish }) => {
        const key = await findPoolKey(tx, id, { lock: true });
        checkEtag(request.etag, key.etag, poolKeyName(id));
        if (key.status !== 'disabled') {
          throw failedPrecondition('KEY_NOT_DISABLED', `disable ${poolKeyName(id)} first, so the engine stops giving it out before it goes`);
        }
        const { rows: [live] } = await tx.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM torbox_concurrency_log WHERE pool_key_id = $1 AND stream_ended_at IS NULL`,
          [id],
        );
        if (live!.n > 0) {
          throw failedPrecondition('KEY_HAS_LIVE_STREAMS', `${poolKeyName(id)} still has ${live!.n} live stream(s); end them (EndStream) or wait`, {
            live_streams: String(live!.n),
          });
        }
        const assignments = await tx.query(
          `DELETE FROM torbox_assignments WHERE assigned_pool_key_id = $1 OR slot_id IN (SELECT id FROM torbox_slots WHERE pool_key_id = $1)`,
          [id],
        );
        await tx.query(`DELETE FROM torbox_pool WHERE id = $1`, [id]);
        await audit({
          action: 'pool_key.delete',
          entityType: 'pool_key',
          entityId: id,
          before: poolKeyAuditImage(key),
          metadata: { user_slots_freed: key.current_user_slots, assignments_removed: assignments.rowCount ?? 0 },
        });
        publish({ type: 'pool_key.changed', poolKeyId: id });
      });
      return {};
    }),

    ReplacePoolKeySecret: unary(async (request, context) => {
      const id = parsePoolKeyName(request.name, 'name');
      const v = new Violations();
      checkApiKey(v, 'api_key', request.apiKey);
      v.throwIfAny();
      const sealed = sealFor(secretBoxFor(deps.settings.pool), request.apiKey, id);
      const replaced = await changeKey(deps, context, id, request.etag, 'pool_key.replace_secret', async (key, { tx }) => {
        await requireUnique(tx, { fingerprint: sealed.fingerprint }, id);
        // A new secret is a new account upstream: its health starts again (unless an operator disabled the key).
        const resetHealth = key.status === 'disabled' ? '' : `, status = 'healthy', status_reason = NULL, consecutive_failures = 0`;
        await tx
          .query(
            `UPDATE torbox_pool SET api_key_ciphertext = $2, api_key_iv = $3, api_key_tag = $4, api_key_fingerprint = $5${resetHealth} WHERE id = $1`,
            [id, sealed.ciphertext, sealed.iv, sealed.tag, sealed.fingerprint],
          )
          .catch((err: unknown) => {
            throw uniqueViolationToError(err);
          });
      });
      return toPoolKeyMessage(replaced);
    }),
  };
}
