/** AuthService: login and logout, who-am-I, and API tokens for services. */
import type { Caller as CallerMessage } from '../generated/swarmgate/control/v1/Caller.js';
import type { AuthServiceHandlers } from '../generated/swarmgate/control/v1/AuthService.js';
import { permissionsOf } from '../auth/permission-table.js';
import { generateToken, hashToken } from '../credentials.js';
import { failedPrecondition, invalidField, notFound } from '../errors/control-error.js';
import { Violations } from '../errors/violations.js';
import { mutate } from '../mutation.js';
import { fetchPage } from '../pagination.js';
import { parseUserChildName, parseUserName, userName } from '../resource-names.js';
import { callerOf } from '../server/call-context.js';
import { unary } from '../server/unary.js';
import { fromTimestamp } from '../timestamps.js';
import { API_TOKEN_SELECT, toApiTokenMessage, type ApiTokenRow } from './auth/credential-records.js';
import { login } from './auth/login.js';
import type { ServiceDeps } from './deps.js';
import { findTargetAccount } from './users/account-target.js';
import { findUser } from './users/user-records.js';

/** Longest an expiring API token may be made to last (the proto documents it). */
const MAX_API_TOKEN_LIFETIME_MS = 5 * 366 * 24 * 3600 * 1000;

export function authServiceHandlers(deps: ServiceDeps): AuthServiceHandlers {
  const { pool, bus } = deps;
  return {
    Login: unary((request, context) => login(deps, request, context)),

    Logout: unary(async (_request, context) => {
      const caller = callerOf(context);
      if (caller.credential.type !== 'session') {
        throw failedPrecondition('NOT_A_SESSION', 'this call was made with an API token; revoke it with RevokeApiToken');
      }
      await mutate(pool, bus, context, async ({ tx, audit }) => {
        await tx.query(`UPDATE user_sessions SET revoked_at = now(), revoke_reason = 'logout' WHERE id = $1`, [caller.credential.id]);
        await audit({ action: 'auth.logout', entityType: 'user_session', entityId: caller.credential.id });
      });
      return {};
    }),

    GetCaller: unary(async (_request, context): Promise<CallerMessage> => {
      const caller = callerOf(context);
      const own = await findUser(pool, { id: caller.userId });
      return {
        passkey: own.passkey,
        twoFactorEnabled: own.two_factor_enabled,
        user: userName(caller.userId),
        username: caller.username,
        group: caller.groupName,
        groupLevel: caller.group.level,
        credentialType: caller.credential.type === 'session' ? 'CREDENTIAL_TYPE_SESSION' : 'CREDENTIAL_TYPE_API_TOKEN',
        permissions: permissionsOf(caller),
      };
    }),

    CreateApiToken: unary(async (request, context) => {
      const ref = parseUserName(request.parent, 'parent');
      const v = new Violations();
      const displayName = request.displayName.trim();
      v.check(displayName.length >= 1 && displayName.length <= 100, 'display_name', 'must be 1 to 100 characters');
      const expires = fromTimestamp(request.expireTime);
      v.check(!expires || expires.getTime() > Date.now(), 'expire_time', 'must be in the future');
      v.check(!expires || expires.getTime() <= Date.now() + MAX_API_TOKEN_LIFETIME_MS, 'expire_time', 'must be at most 5 years ahead (leave it unset for a token that does not expire)');
      v.throwIfAny();
      const token = generateToken('sgt');
      const row = await mutate(pool, bus, context, async ({ tx, audit, publish }) => {
        const { user } = await findTargetAccount(tx, callerOf(context), ref, { lock: true });
        if (user.deleted_at) throw failedPrecondition('USER_DELETED', `${userName(user.id)} is deleted`);
        const { rows } = await tx.query<ApiTokenRow>(
          `WITH t AS (INSERT INTO api_tokens (user_id, name, token_hash, expires_at) VALUES ($1, $2, $3, $4) RETURNING *)
           ${API_TOKEN_SELECT.replace('FROM api_tokens t', 'FROM t')}`,
          [user.id, displayName, hashToken(token), expires],
        );
        await audit({ action: 'api_token.create', entityType: 'api_token', entityId: rows[0]!.id, after: { user_id: user.id, name: displayName, expires_at: expires } });
        // The engine's pool routes authenticate API tokens from memory: tell it to reload this user's.
        publish({ type: 'user.changed', userId: user.id });
        return rows[0]!;
      });
      return { token, apiToken: toApiTokenMessage(row) };
    }),

    ListApiTokens: unary(async (request, context) => {
      const { user } = await findTargetAccount(pool, callerOf(context), parseUserName(request.parent, 'parent'));
      const conditions = ['t.user_id = $1'];
      if (!request.showInactive) conditions.push('t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())');
      const result = await fetchPage<ApiTokenRow>(pool, {
        select: API_TOKEN_SELECT,
        alias: 't',
        conditions,
        params: [user.id],
        pageSize: request.pageSize,
        pageToken: request.pageToken,
        scope: { parent: request.parent, inactive: request.showInactive },
      });
      return { apiTokens: result.rows.map(toApiTokenMessage), nextPageToken: result.nextPageToken };
    }),

    RevokeApiToken: unary(async (request, context) => {
      const { user: ref, childId } = parseUserChildName(request.name, 'apiTokens', 'name');
      if (!childId) throw invalidField('name', 'must name one token: "users/{user}/apiTokens/{uuid}"');
      const row = await mutate(pool, bus, context, async ({ tx, audit, publish }) => {
        const { user } = await findTargetAccount(tx, callerOf(context), ref);
        const { rows: [token] } = await tx.query<ApiTokenRow>(`${API_TOKEN_SELECT} WHERE t.id = $1 AND t.user_id = $2 FOR UPDATE`, [childId, user.id]);
        if (!token) throw notFound(request.name);
        if (token.revoked_at) throw failedPrecondition('ALREADY_REVOKED', `${request.name} was already revoked`);
        const { rows } = await tx.query<ApiTokenRow>(
          `WITH t AS (UPDATE api_tokens SET revoked_at = now() WHERE id = $1 RETURNING *) ${API_TOKEN_SELECT.replace('FROM api_tokens t', 'FROM t')}`,
          [childId],
        );
        await audit({ action: 'api_token.revoke', entityType: 'api_token', entityId: childId, before: { revoked: false }, after: { revoked: true } });
        publish({ type: 'user.changed', userId: user.id });
        return rows[0]!;
      });
      return toApiTokenMessage(row);
    }),
  };
}
