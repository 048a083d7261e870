/**
 * Login: username or email, password (argon2id, bounded concurrency: password-checks.ts), then a
 * TOTP code (or one of the account's single-use backup codes) when the account has two-factor on.
 * Throttled per account and per address (login-throttle.ts) before the password is even checked;
 * every outcome past the throttle is an auth.login audit row (the failures are what the throttle
 * counts). Unknown accounts cost the same argon2 work as wrong passwords, so timing does not reveal
 * which it was.
 */
import { withTransaction, type Pool } from '../../../core/db.js';
import { writeAudit } from '../../audit.js';
import { useBackupCode } from '../../auth/backup-codes.js';
import { accountKeyFor, claimLoginAttempt } from '../../auth/login-throttle.js';
import { checkPassword } from '../../auth/password-checks.js';
import { acceptTotp } from '../../auth/totp.js';
import { generateToken, hashPassword, hashToken } from '../../credentials.js';
import { unauthenticated } from '../../errors/control-error.js';
import { Violations } from '../../errors/violations.js';
import type { LoginRequest__Output } from '../../generated/swarmgate/control/v1/LoginRequest.js';
import type { LoginResponse } from '../../generated/swarmgate/control/v1/LoginResponse.js';
import { mutate } from '../../mutation.js';
import type { CallContext } from '../../server/call-context.js';
import type { ServiceDeps } from '../deps.js';
import { SESSION_SELECT, toSessionMessage, type SessionRow } from './credential-records.js';

interface LoginAccount {
  id: string;
  status: 'pending' | 'enabled' | 'disabled';
  deleted: boolean;
  password_hash: string | null;
  totp_secret: string | null;
  totp_enabled: boolean;
  last_used_step: number | null;
}

let dummyHash: Promise<string> | undefined;
/** A real argon2id hash to verify against when there is no account, so both paths cost the same. */
function dummyPasswordHash(): Promise<string> {
  return (dummyHash ??= hashPassword('swarmgate-no-such-account'));
}

async function findAccount(pool: Pool, login: string): Promise<LoginAccount | null> {
  const { rows } = await pool.query<LoginAccount>(
    `SELECT u.id, u.status, u.deleted_at IS NOT NULL AS deleted, u.password_hash,
            tf.totp_secret, coalesce(tf.is_enabled, false) AS totp_enabled, tf.last_used_step
     FROM users u LEFT JOIN user_2fa tf ON tf.user_id = u.id
     WHERE lower(u.username) = lower($1) OR lower(u.email) = lower($1)
     ORDER BY lower(u.username) = lower($1) DESC LIMIT 1`,
    [login],
  );
  return rows[0] ?? null;
}

function validate(request: LoginRequest__Output): void {
  const v = new Violations();
  v.check(request.login.trim().length > 0, 'login', 'username or email is required');
  v.check(request.password.length > 0, 'password', 'is required');
  v.check(request.deviceName.length <= 200, 'device_name', 'at most 200 characters');
  v.throwIfAny();
}

/** What the locked attempt decided: a failure to report (its audit row committed), or the account to sign in. */
type Attempt = { failure: Error } | { account: LoginAccount; acceptedStep: number | null; backupCodeUsed: boolean };

export async function login(deps: ServiceDeps, request: LoginRequest__Output, context: CallContext): Promise<LoginResponse> {
  validate(request);
  const loginText = request.login.trim();
  const account = await findAccount(deps.pool, loginText);
  const accountKey = accountKeyFor(account?.id ?? null, loginText);

  // The throttle check, the password check and the failure's audit row happen under the account's
  // attempt lock, so parallel guesses are checked one at a time and each counts before the next.
  const attempt = await withTransaction(deps.pool, async (tx): Promise<Attempt> => {
    await claimLoginAttempt(tx, accountKey, context.ip);
    const fail = async (reason: string, message: string): Promise<Attempt> => {
      await writeAudit(tx, context, {
        action: 'auth.login',
        entityType: 'user',
        entityId: account?.id ?? null,
        actorUserId: account?.id ?? null,
        success: false,
        errorMessage: reason,
        metadata: { account: accountKey },
      });
      return { failure: unauthenticated(reason, message) };
    };
    const passwordOk = await checkPassword(account?.password_hash ?? (await dummyPasswordHash()), request.password);
    if (!account || !account.password_hash || !passwordOk) return fail('LOGIN_FAILED', 'wrong login or password');
    if (account.deleted || account.status === 'disabled') return fail('ACCOUNT_DISABLED', 'the account is disabled');
    if (account.status === 'pending') return fail('ACCOUNT_PENDING', 'the account is not activated yet');
    if (!account.totp_enabled) return { account, acceptedStep: null, backupCodeUsed: false };
    // A correct password without a code is not a failure: the client is expected to ask for one.
    if (!request.totpCode) throw unauthenticated('TOTP_REQUIRED', 'this account needs a two-factor code (totp_code) or a backup code');
    const acceptedStep = acceptTotp(account.totp_secret!, request.totpCode, account.last_used_step);
    if (acceptedStep !== null) {
      // Spend the code's time step here, under the attempt lock, so it cannot be replayed in between.
      const { rowCount } = await tx.query(
        `UPDATE user_2fa SET last_used_at = now(), last_used_step = $2 WHERE user_id = $1 AND (last_used_step IS NULL OR last_used_step < $2)`,
        [account.id, acceptedStep],
      );
      if (rowCount === 1) return { account, acceptedStep, backupCodeUsed: false };
    }
    if (await useBackupCode(tx, account.id, request.totpCode)) return { account, acceptedStep: null, backupCodeUsed: true };
    return fail('TOTP_INVALID', 'the two-factor code is wrong or was already used');
  });
  if ('failure' in attempt) throw attempt.failure;
  const { acceptedStep, backupCodeUsed } = attempt;
  const signedIn = attempt.account;

  const token = generateToken('sgs');
  const session = await mutate(deps.pool, deps.bus, context, async ({ tx, audit }) => {
    const { rows: [inserted] } = await tx.query<{ id: string }>(
      `INSERT INTO user_sessions (user_id, token_hash, device_name, user_agent, ip, expires_at)
       VALUES ($1, $2, nullif($3, ''), $4, $5, now() + make_interval(hours => $6)) RETURNING id`,
      [signedIn.id, hashToken(token), request.deviceName, context.userAgent, context.ip, deps.settings.control.sessionTtlHours],
    );
    await tx.query(`UPDATE users SET last_login_at = now(), last_login_ip = $2 WHERE id = $1`, [signedIn.id, context.ip]);
    await audit({
      action: 'auth.login',
      entityType: 'user',
      entityId: signedIn.id,
      actorUserId: signedIn.id,
      metadata: { account: accountKey, session_id: inserted!.id, two_factor: acceptedStep !== null || backupCodeUsed, backup_code: backupCodeUsed },
    });
    const { rows } = await tx.query<SessionRow>(`${SESSION_SELECT} WHERE s.id = $1`, [inserted!.id]);
    return rows[0]!;
  });
  return { sessionToken: token, session: toSessionMessage(session, { self: signedIn.id }) };
}
