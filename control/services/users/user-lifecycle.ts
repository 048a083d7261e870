/**
 * UserService calls that create, read, edit and change the state of accounts. Every change locks
 * the row, checks the etag and the caller's rank, writes the audit row in the same transaction, and
 * tells the engine (user.changed) after commit.
 */
import { refersToCaller, requireOutranks, requireOwnOrManage } from '../../auth/access.js';
import { canSearchEmails } from '../../auth/field-visibility.js';
import { holds } from '../../auth/permission-table.js';
import { generatePasskey, generatePassword, hashPassword } from '../../credentials.js';
import { checkEtag } from '../../etag.js';
import { echo, failedPrecondition, invalidField, permissionDenied } from '../../errors/control-error.js';
import { Violations } from '../../errors/violations.js';
import { compileFilter, filterValues, type FilterField } from '../../filter.js';
import type { UserServiceHandlers } from '../../generated/swarmgate/control/v1/UserService.js';
import { mutate, type MutationScope } from '../../mutation.js';
import { fetchPage } from '../../pagination.js';
import { parseUserName, userName, type UserRef } from '../../resource-names.js';
import { callerOf, type CallContext } from '../../server/call-context.js';
import { unary } from '../../server/unary.js';
import type { ServiceDeps } from '../deps.js';
import { requireEmailNotBanned } from '../moderation/active-bans.js';
import { requireGroup } from './groups.js';
import { requireAvailable } from './uniqueness.js';
import { findUser, toUserMessage, USER_SELECT, userAuditImage, type UserRow } from './user-records.js';
import { checkAvatarUrl, checkEmail, checkNewPassword, checkOptionalText, checkUsername } from './user-validation.js';

type LifecycleHandlers = Pick<
  UserServiceHandlers,
  'CreateUser' | 'GetUser' | 'ListUsers' | 'UpdateUser' | 'DeleteUser' | 'RotatePasskey' | 'DisableUser' | 'EnableUser'
>;

const USER_FILTER: Record<string, FilterField> = {
  group: { column: 'g.name', operators: ['=', '!='], convert: filterValues.text },
  status: {
    column: 'u.status',
    operators: ['=', '!='],
    convert: filterValues.enumeration({ USER_STATUS_PENDING: 'pending', USER_STATUS_ENABLED: 'enabled', USER_STATUS_DISABLED: 'disabled' }),
  },
  can_download: { column: 'u.can_download', operators: ['='], convert: filterValues.boolean },
  two_factor_enabled: { column: 'coalesce(tf.is_enabled, false)', operators: ['='], convert: filterValues.boolean },
  create_time: { column: 'u.created_at', operators: ['<', '<=', '>', '>='], convert: filterValues.timestamp },
};

const UPDATABLE = ['username', 'email', 'group', 'can_download', 'title', 'avatar_url', 'profile_text', 'invites_remaining'] as const;
type UpdatablePath = (typeof UPDATABLE)[number];
/** The profile fields an account holder may change on their own account (no rank needed). */
const SELF_EDITABLE: readonly UpdatablePath[] = ['title', 'avatar_url', 'profile_text'];

/**
 * Runs `change` on the locked, live (not deleted) account after the rank and etag checks, then
 * audits `action` with before/after images and publishes user.changed.
 */
async function changeUser(
  deps: ServiceDeps,
  context: CallContext,
  ref: UserRef,
  etag: string,
  action: string,
  change: (user: UserRow, scope: MutationScope) => Promise<Record<string, unknown> | void>,
  options: { ownAccount?: boolean } = {},
): Promise<UserRow> {
  const caller = callerOf(context);
  return mutate(deps.pool, deps.bus, context, async (scope) => {
    const before = await findUser(scope.tx, ref, { lock: true });
    // One's own account needs no rank over itself (only calls that allow it pass ownAccount).
    if (!(options.ownAccount && before.id === caller.userId)) requireOutranks(caller, before.group_level);
    if (before.deleted_at) throw failedPrecondition('USER_DELETED', `${userName(before.id)} is deleted`, { resource: userName(before.id) });
    checkEtag(etag, before.etag, userName(before.id));
    const metadata = await change(before, scope);
    const after = await findUser(scope.tx, { id: before.id });
    await scope.audit({
      action,
      entityType: 'user',
      entityId: before.id,
      before: userAuditImage(before),
      after: userAuditImage(after),
      ...(metadata ? { metadata } : {}),
    });
    scope.publish({ type: 'user.changed', userId: before.id });
    return after;
  });
}

export function userLifecycleHandlers(deps: ServiceDeps): LifecycleHandlers {
  const { pool, bus } = deps;
  return {
    CreateUser: unary(async (request, context) => {
      const caller = callerOf(context);
      const user = request.user;
      const v = new Violations();
      const username = user?.username.trim() ?? '';
      const email = user?.email.trim() ?? '';
      checkUsername(v, 'user.username', username);
      checkEmail(v, 'user.email', email);
      if (request.password) checkNewPassword(v, 'password', request.password);
      v.throwIfAny();
      const group = await requireGroup(pool, user?.group || 'member', 'user.group');
      requireOutranks(caller, group.level, `group "${group.name}"`);
      const generatedPassword = request.password ? '' : generatePassword();
      const passwordHash = await hashPassword(request.password || generatedPassword);
      const created = await mutate(pool, bus, context, async ({ tx, audit, publish }) => {
        await requireAvailable(tx, { username, email }, undefined, canSearchEmails(caller));
        await requireEmailNotBanned(tx, email);
        // A concurrent insert of the same name loses on the unique index: ALREADY_EXISTS (errors/database-errors.ts).
        const { rows } = await tx.query<{ id: string }>(
          `INSERT INTO users (username, email, passkey, group_id, password_hash, status) VALUES ($1, $2, $3, $4, $5, 'enabled') RETURNING id`,
          [username, email, generatePasskey(), group.id, passwordHash],
        );
        const row = await findUser(tx, { id: rows[0]!.id });
        await audit({ action: 'user.create', entityType: 'user', entityId: row.id, after: userAuditImage(row) });
        publish({ type: 'user.changed', userId: row.id });
        return row;
      });
      return { user: toUserMessage(created, caller), generatedPassword };
    }),

    GetUser: unary(async (request, context) => {
      const caller = callerOf(context);
      const ref = parseUserName(request.name, 'name');
      // Anyone reads their own account; another one needs PERMISSION_USERS_READ (checked before the lookup).
      if (!refersToCaller(caller, ref) && !holds(caller, 'PERMISSION_USERS_READ')) {
        throw permissionDenied('NOT_OWN_ACCOUNT', 'reading another account needs PERMISSION_USERS_READ', { permission: 'PERMISSION_USERS_READ' });
      }
      return toUserMessage(await findUser(pool, ref), caller);
    }),

    ListUsers: unary(async (request, context) => {
      const caller = callerOf(context);
      const params: unknown[] = [];
      const conditions = compileFilter(request.filter, USER_FILTER, params);
      if (!request.showDeleted) conditions.push('u.deleted_at IS NULL');
      const query = request.query.trim().toLowerCase();
      if (query) {
        params.push(`%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
        // Without PERMISSION_USERS_VIEW_EMAILS a search matches usernames only, so which accounts it
        // returns says nothing about their emails.
        conditions.push(
          canSearchEmails(caller)
            ? `(lower(u.username) LIKE $${params.length} OR lower(u.email) LIKE $${params.length})`
            : `lower(u.username) LIKE $${params.length}`,
        );
      }
      const result = await fetchPage<UserRow>(pool, {
        select: USER_SELECT,
        alias: 'u',
        conditions,
        params,
        pageSize: request.pageSize,
        pageToken: request.pageToken,
        scope: { filter: request.filter, query: request.query, deleted: request.showDeleted },
      });
      return { users: result.rows.map((row) => toUserMessage(row, caller)), nextPageToken: result.nextPageToken };
    }),

    UpdateUser: unary(async (request, context) => {
      const caller = callerOf(context);
      const user = request.user;
      if (!user) throw invalidField('user', 'is required');
      const ref = parseUserName(user.name, 'user.name');
      const paths = request.updateMask?.paths ?? [];
      const v = new Violations();
      v.check(paths.length > 0, 'update_mask', `name the fields to change: ${UPDATABLE.join(', ')}`);
      paths.forEach((path, i) => v.check((UPDATABLE as readonly string[]).includes(path), `update_mask.paths[${i}]`, `"${echo(path)}" cannot be updated`));
      v.throwIfAny();
      // One's own profile fields anyone may edit; everything else, and other accounts, needs user management.
      const ownProfile = refersToCaller(caller, ref) && paths.every((path) => SELF_EDITABLE.includes(path as UpdatablePath));
      if (!ownProfile && !holds(caller, 'PERMISSION_USERS_MANAGE')) {
        throw permissionDenied('NOT_SELF_EDITABLE', `on your own account you may change ${SELF_EDITABLE.join(', ')}; the rest needs PERMISSION_USERS_MANAGE`, {
          permission: 'PERMISSION_USERS_MANAGE',
        });
      }
      const set = new Set(paths as UpdatablePath[]);
      const fields = {
        username: user.username.trim(),
        email: user.email.trim(),
      };
      if (set.has('username')) checkUsername(v, 'user.username', fields.username);
      if (set.has('email')) checkEmail(v, 'user.email', fields.email);
      if (set.has('title')) checkOptionalText(v, 'user.title', user.title, 64);
      if (set.has('avatar_url')) checkAvatarUrl(v, 'user.avatar_url', user.avatarUrl);
      if (set.has('profile_text')) checkOptionalText(v, 'user.profile_text', user.profileText, 65536);
      if (set.has('invites_remaining')) v.check(user.invitesRemaining >= 0, 'user.invites_remaining', 'must not be negative');
      v.throwIfAny();
      const group = set.has('group') ? await requireGroup(pool, user.group, 'user.group') : null;
      if (group) requireOutranks(caller, group.level, `group "${group.name}"`);
      const updated = await changeUser(deps, context, ref, user.etag, 'user.update', async (before, { tx }) => {
        await requireAvailable(
          tx,
          { username: set.has('username') ? fields.username : undefined, email: set.has('email') ? fields.email : undefined },
          before.id,
          canSearchEmails(caller),
        );
        const assignments: string[] = [];
        const params: unknown[] = [before.id];
        const assign = (column: string, value: unknown) => {
          params.push(value);
          assignments.push(`${column} = $${params.length}`);
        };
        if (set.has('username')) assign('username', fields.username);
        if (set.has('email')) assign('email', fields.email);
        if (group) assign('group_id', group.id);
        if (set.has('can_download')) assign('can_download', user.canDownload);
        if (set.has('title')) assign('title', user.title || null);
        if (set.has('avatar_url')) assign('avatar_url', user.avatarUrl || null);
        if (set.has('profile_text')) assign('profile_text', user.profileText || null);
        if (set.has('invites_remaining')) assign('invites_remaining', user.invitesRemaining);
        await tx.query(`UPDATE users SET ${assignments.join(', ')} WHERE id = $1`, params);
        return { update_mask: paths };
      }, { ownAccount: ownProfile });
      return toUserMessage(updated, callerOf(context));
    }),

    DeleteUser: unary(async (request, context) => {
      const ref = parseUserName(request.name, 'name');
      const deleted = await changeUser(deps, context, ref, request.etag, 'user.delete', async (user, { tx }) => {
        await tx.query(`UPDATE users SET deleted_at = now() WHERE id = $1`, [user.id]);
        const sessions = await tx.query(`UPDATE user_sessions SET revoked_at = now(), revoke_reason = 'account deleted' WHERE user_id = $1 AND revoked_at IS NULL`, [user.id]);
        const tokens = await tx.query(`UPDATE api_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [user.id]);
        return { sessions_revoked: sessions.rowCount, api_tokens_revoked: tokens.rowCount };
      });
      return toUserMessage(deleted, callerOf(context));
    }),

    RotatePasskey: unary(async (request, context) => {
      const ref = parseUserName(request.name, 'name');
      // One's own passkey anyone may rotate; another account's needs user management (and rank, in changeUser).
      requireOwnOrManage(callerOf(context), ref);
      const rotated = await changeUser(
        deps,
        context,
        ref,
        '',
        'user.rotate_passkey',
        async (user, { tx }) => {
          await tx.query(`UPDATE users SET passkey = $2 WHERE id = $1`, [user.id, generatePasskey()]);
          // The passkeys themselves are credentials and stay out of the audit log.
          return { passkey_rotated: true };
        },
        { ownAccount: true },
      );
      return toUserMessage(rotated, callerOf(context));
    }),

    DisableUser: unary(async (request, context) => {
      const ref = parseUserName(request.name, 'name');
      const reason = request.reason.trim();
      const v = new Violations();
      v.check(reason.length >= 1 && reason.length <= 500, 'reason', 'is required (at most 500 characters)');
      v.throwIfAny();
      const disabled = await changeUser(deps, context, ref, request.etag, 'user.disable', async (user, { tx }) => {
        if (user.status === 'disabled') throw failedPrecondition('ALREADY_DISABLED', `${userName(user.id)} is already disabled`);
        await tx.query(`UPDATE users SET status = 'disabled', disabled_reason = $2 WHERE id = $1`, [user.id, reason]);
      });
      return toUserMessage(disabled, callerOf(context));
    }),

    EnableUser: unary(async (request, context) => {
      const ref = parseUserName(request.name, 'name');
      const enabled = await changeUser(deps, context, ref, request.etag, 'user.enable', async (user, { tx }) => {
        if (user.status === 'enabled') throw failedPrecondition('ALREADY_ENABLED', `${userName(user.id)} is already enabled`);
        await tx.query(`UPDATE users SET status = 'enabled', disabled_reason = NULL WHERE id = $1`, [user.id]);
      });
      return toUserMessage(enabled, callerOf(context));
    }),
  };
}
