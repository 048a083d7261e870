/**
 * UserService calls an account holder makes on their own account (statistics, password, two-factor,
 * sessions), which staff with PERMISSION_USERS_MANAGE may also make on lower-ranked accounts.
 */
import { requireSelf } from '../../auth/access.js';
import { backupCodeDigest, generateBackupCodes } from '../../auth/backup-codes.js';
import { CURRENT_PASSWORD_VERIFIED, verifyCurrentPassword } from '../../auth/current-password-throttle.js';
import { throttledCodeCheck } from '../../auth/two-factor-throttle.js';
import { acceptTotp, generateTotpSecret, totpUri } from '../../auth/totp.js';
import { hashPassword } from '../../credentials.js';
import { failedPrecondition, invalidField, notFound } from '../../errors/control-error.js';
import { Violations } from '../../errors/violations.js';
import type { UserServiceHandlers } from '../../generated/swarmgate/control/v1/UserService.js';
import type { UserStatistics } from '../../generated/swarmgate/control/v1/UserStatistics.js';
import { mutate } from '../../mutation.js';
import { fetchPage } from '../../pagination.js';
import { parseUserChildName, parseUserName, userName } from '../../resource-names.js';
import { callerOf } from '../../server/call-context.js';
import { unary } from '../../server/unary.js';
import { SESSION_SELECT, toSessionMessage, type SessionRow } from '../auth/credential-records.js';
import type { ServiceDeps } from '../deps.js';
import { findTargetAccount } from './account-target.js';
import { findUser, toUserMessage, userAuditImage } from './user-records.js';
import { checkNewPassword } from './user-validation.js';

type SecurityHandlers = Pick<
  UserServiceHandlers,
  'GetUserStatistics' | 'ChangePassword' | 'EnrollTwoFactor' | 'VerifyTwoFactor' | 'DisableTwoFactor' | 'ListUserSessions' | 'RevokeUserSession'
>;

interface StatisticsRow {
  uploaded_credited: number;
  downloaded_credited: number;
  uploaded_raw: number;
  downloaded_raw: number;
  required_ratio: number;
  seed_time_seconds: number;
  leech_time_seconds: number;
  torrents_uploaded: number;
  torrents_seeding: number;
  torrents_leeching: number;
  torrents_snatched: number;
}

export function accountSecurityHandlers(deps: ServiceDeps): SecurityHandlers {
  const { pool, bus } = deps;
  return {
    GetUserStatistics: unary(async (request, context): Promise<UserStatistics> => {
      const { user: ref, childId } = parseUserChildName(request.name, 'statistics', 'name');
      if (childId) throw invalidField('name', 'must be "users/{user}/statistics"');
      const { user } = await findTargetAccount(pool, callerOf(context), ref);
      const { rows } = await pool.query<StatisticsRow>(
        `SELECT uploaded_credited, downloaded_credited, uploaded_raw, downloaded_raw, required_ratio::float8 AS required_ratio,
                seed_time_seconds, leech_time_seconds, torrents_uploaded, torrents_seeding, torrents_leeching, torrents_snatched
         FROM user_statistics WHERE user_id = $1`,
        [user.id],
      );
      const s = rows[0];
      const uploaded = s?.uploaded_credited ?? 0;
      const downloaded = s?.downloaded_credited ?? 0;
      const required = s?.required_ratio ?? 0;
      return {
        name: `${userName(user.id)}/statistics`,
        uploaded,
        downloaded,
        uploadedRaw: s?.uploaded_raw ?? 0,
        downloadedRaw: s?.downloaded_raw ?? 0,
        ...(downloaded > 0 ? { ratio: uploaded / downloaded } : {}),
        requiredRatio: required,
        ...(required > 0 ? { buffer: Math.floor(uploaded / required) - downloaded } : {}),
        seedTimeSeconds: s?.seed_time_seconds ?? 0,
        leechTimeSeconds: s?.leech_time_seconds ?? 0,
        torrentsUploaded: s?.torrents_uploaded ?? 0,
        torrentsSeeding: s?.torrents_seeding ?? 0,
        torrentsLeeching: s?.torrents_leeching ?? 0,
        torrentsSnatched: s?.torrents_snatched ?? 0,
      };
    }),

    ChangePassword: unary(async (request, context) => {
      const caller = callerOf(context);
      const ref = parseUserName(request.name, 'name');
      const v = new Violations();
      checkNewPassword(v, 'new_password', request.newPassword);
      v.throwIfAny();
      const { user, own } = await findTargetAccount(pool, caller, ref);
      if (own) await verifyCurrentPassword(pool, context, user, request.currentPassword, 'user.change_password');
      const newHash = await hashPassword(request.newPassword);
      await mutate(pool, bus, context, async ({ tx, audit }) => {
        await tx.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [user.id, newHash]);
        // Everyone else holding a session of this account must log in again.
        const keep = caller.credential.type === 'session' && own ? caller.credential.id : null;
        const revoked = await tx.query(
          `UPDATE user_sessions SET revoked_at = now(), revoke_reason = 'password changed'
           WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2`,
          [user.id, keep],
        );
        await audit({
          action: 'user.change_password',
          entityType: 'user',
          entityId: user.id,
          metadata: { sessions_revoked: revoked.rowCount, ...(own ? CURRENT_PASSWORD_VERIFIED : {}) },
        });
      });
      return {};
    }),

    EnrollTwoFactor: unary(async (request, context) => {
      const ref = parseUserName(request.name, 'name');
      requireSelf(callerOf(context), ref);
      const secret = generateTotpSecret();
      const backupCodes = generateBackupCodes();
      const user = await mutate(pool, bus, context, async ({ tx, audit }) => {
        const row = await findUser(tx, ref, { lock: true });
        if (row.two_factor_enabled) throw failedPrecondition('TWO_FACTOR_ALREADY_ENABLED', 'two-factor authentication is already on; disable it first');
        await tx.query(
          `INSERT INTO user_2fa (user_id, totp_secret, is_enabled, backup_codes) VALUES ($1, $2, false, $3)
           ON CONFLICT (user_id) DO UPDATE SET totp_secret = excluded.totp_secret, is_enabled = false, enabled_at = NULL, last_used_step = NULL,
                                               backup_codes = excluded.backup_codes`,
          [row.id, secret, backupCodes.map(backupCodeDigest)],
        );
        await audit({ action: 'user.two_factor.enroll', entityType: 'user', entityId: row.id });
        return row;
      });
      return { secret, otpauthUri: totpUri(secret, user.username), backupCodes };
    }),

    VerifyTwoFactor: unary(async (request, context) => {
      const ref = parseUserName(request.name, 'name');
      requireSelf(callerOf(context), ref);
      const userId = callerOf(context).userId;
      // The code is checked under the throttle first (a wrong one is counted and committed), then used.
      let step: number | null = null;
      const right = await throttledCodeCheck(pool, context, userId, async (tx) => {
        const { rows: [enrolment] } = await tx.query<{ totp_secret: string; is_enabled: boolean }>(
          `SELECT totp_secret, is_enabled FROM user_2fa WHERE user_id = $1`,
          [userId],
        );
        if (!enrolment) throw failedPrecondition('TWO_FACTOR_NOT_ENROLLED', 'call EnrollTwoFactor first');
        if (enrolment.is_enabled) throw failedPrecondition('TWO_FACTOR_ALREADY_ENABLED', 'two-factor authentication is already on');
        step = acceptTotp(enrolment.totp_secret, request.code, null);
        return step !== null;
      });
      if (!right || step === null) throw invalidField('code', 'is not the current code of the enrolled secret');
      const updated = await mutate(pool, bus, context, async ({ tx, audit }) => {
        const before = await findUser(tx, ref, { lock: true });
        const { rows: [enrolment] } = await tx.query<{ is_enabled: boolean }>(`SELECT is_enabled FROM user_2fa WHERE user_id = $1`, [before.id]);
        if (!enrolment) throw failedPrecondition('TWO_FACTOR_NOT_ENROLLED', 'call EnrollTwoFactor first');
        if (enrolment.is_enabled) throw failedPrecondition('TWO_FACTOR_ALREADY_ENABLED', 'two-factor authentication is already on');
        await tx.query(`UPDATE user_2fa SET is_enabled = true, enabled_at = now(), last_used_step = $2 WHERE user_id = $1`, [before.id, step]);
        const after = await findUser(tx, { id: before.id });
        await audit({ action: 'user.two_factor.enable', entityType: 'user', entityId: before.id, before: userAuditImage(before), after: userAuditImage(after) });
        return after;
      });
      return toUserMessage(updated, callerOf(context));
    }),

    DisableTwoFactor: unary(async (request, context) => {
      const { user: current, own } = await findTargetAccount(pool, callerOf(context), parseUserName(request.name, 'name'));
      if (own) await verifyCurrentPassword(pool, context, current, request.currentPassword, 'user.two_factor.disable');
      const updated = await mutate(pool, bus, context, async ({ tx, audit }) => {
        const before = await findUser(tx, { id: current.id }, { lock: true });
        if (!before.two_factor_enabled) throw failedPrecondition('TWO_FACTOR_NOT_ENABLED', 'two-factor authentication is not on');
        await tx.query(`DELETE FROM user_2fa WHERE user_id = $1`, [before.id]);
        const after = await findUser(tx, { id: before.id });
        await audit({
          action: 'user.two_factor.disable',
          entityType: 'user',
          entityId: before.id,
          before: userAuditImage(before),
          after: userAuditImage(after),
          ...(own ? { metadata: CURRENT_PASSWORD_VERIFIED } : {}),
        });
        return after;
      });
      return toUserMessage(updated, callerOf(context));
    }),

    ListUserSessions: unary(async (request, context) => {
      const caller = callerOf(context);
      const { user } = await findTargetAccount(pool, caller, parseUserName(request.parent, 'parent'));
      const conditions = ['s.user_id = $1'];
      if (!request.showInactive) conditions.push('s.revoked_at IS NULL AND s.expires_at > now()');
      const result = await fetchPage<SessionRow>(pool, {
        select: SESSION_SELECT,
        alias: 's',
        conditions,
        params: [user.id],
        pageSize: request.pageSize,
        pageToken: request.pageToken,
        scope: { parent: request.parent, inactive: request.showInactive },
      });
      return { sessions: result.rows.map((row) => toSessionMessage(row, caller)), nextPageToken: result.nextPageToken };
    }),

    RevokeUserSession: unary(async (request, context) => {
      const { user: ref, childId } = parseUserChildName(request.name, 'sessions', 'name');
      if (!childId) throw invalidField('name', 'must name one session: "users/{user}/sessions/{uuid}"');
      const row = await mutate(pool, bus, context, async ({ tx, audit }) => {
        const { user } = await findTargetAccount(tx, callerOf(context), ref);
        const { rows: [session] } = await tx.query<SessionRow>(`${SESSION_SELECT} WHERE s.id = $1 AND s.user_id = $2 FOR UPDATE`, [childId, user.id]);
        if (!session) throw notFound(request.name);
        if (session.revoked_at) throw failedPrecondition('ALREADY_REVOKED', `${request.name} was already revoked`);
        await tx.query(`UPDATE user_sessions SET revoked_at = now(), revoke_reason = 'revoked' WHERE id = $1`, [childId]);
        await audit({ action: 'user_session.revoke', entityType: 'user_session', entityId: childId, metadata: { user_id: user.id } });
        const { rows } = await tx.query<SessionRow>(`${SESSION_SELECT} WHERE s.id = $1`, [childId]);
        return rows[0]!;
      });
      return toSessionMessage(row, callerOf(context));
    }),
  };
}
