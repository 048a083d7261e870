/**
 * The current password asked for again on a signed-in account (ChangePassword and DisableTwoFactor
 * on one's own account) is a password oracle for whoever holds a stolen session or API token, so it
 * is throttled like Login (login-throttle.ts), from the same kind of history so it holds across nodes:
 * every wrong current password is a failed audit row of the call's action on the account, with
 * metadata current_password = "wrong"; every change made with a right one carries
 * current_password = "verified" and ends the count. Past five failures in the window, each further
 * failure doubles the wait before the next attempt is even checked (capped), across both calls.
 *
 * One check per account at a time (a transaction-scoped advisory lock, taken with try: a concurrent
 * attempt is refused at once rather than queued holding a connection), so a burst of parallel
 * guesses cannot all pass the count before any of them is written.
 */
import { status } from '@grpc/grpc-js';
import { withTransaction, type Pool } from '../../core/db.js';
import { writeAudit } from '../audit.js';
import { checkPassword } from './password-checks.js';
import { ControlError, invalidField } from '../errors/control-error.js';
import type { CallContext } from '../server/call-context.js';
import { FREE_FAILURES_PER_ACCOUNT, waitSeconds, WINDOW } from './login-throttle.js';

/** The audited actions whose own-account form checks the current password. */
export const CURRENT_PASSWORD_ACTIONS = ['user.change_password', 'user.two_factor.disable'] as const;
type CurrentPasswordAction = (typeof CURRENT_PASSWORD_ACTIONS)[number];

/** Audit metadata of a change made after a right current password (resets the count). */
export const CURRENT_PASSWORD_VERIFIED = { current_password: 'verified' } as const;

function throttled(retry: number, reason = 'PASSWORD_THROTTLED', message = `too many wrong current passwords; try again in ${retry} s`): ControlError {
  return new ControlError(status.RESOURCE_EXHAUSTED, message, {
    reason,
    metadata: { retry_after_seconds: String(retry) },
    retryDelaySeconds: retry,
  });
}

/**
 * Checks `password` as the current password of account `user` for `action`: INVALID_ARGUMENT on
 * current_password when it is missing or wrong (a wrong one is audited), RESOURCE_EXHAUSTED with
 * RetryInfo while the account is throttled (before the password is even checked).
 */
export async function verifyCurrentPassword(
  pool: Pool,
  context: CallContext,
  user: { id: string; password_hash: string | null },
  password: string,
  action: CurrentPasswordAction,
): Promise<void> {
  if (!password) throw invalidField('current_password', 'is required on your own account');
  const ok = await withTransaction(pool, async (tx) => {
    const { rows: [lock] } = await tx.query<{ locked: boolean }>(`SELECT pg_try_advisory_xact_lock(hashtext('current-password:' || $1)) AS locked`, [user.id]);
    if (!lock!.locked) throw throttled(1, 'PASSWORD_CHECK_IN_PROGRESS', 'another current-password check on this account is in progress; try again in 1 s');
    const { rows: [count] } = await tx.query<{ failures: number; last: Date | null }>(
      `SELECT count(*)::int AS failures, max(created_at) AS last
       FROM audit_logs
       WHERE entity_type = 'user' AND entity_id = $1 AND action = ANY($2) AND NOT success
         AND metadata->>'current_password' = 'wrong' AND created_at > now() - ${WINDOW}
         AND created_at > coalesce((SELECT max(created_at) FROM audit_logs
                                    WHERE entity_type = 'user' AND entity_id = $1 AND action = ANY($2) AND success
                                      AND metadata->>'current_password' = 'verified' AND created_at > now() - ${WINDOW}), '-infinity')`,
      [user.id, CURRENT_PASSWORD_ACTIONS],
    );
    const until = count!.last ? count!.last.getTime() + waitSeconds(count!.failures, FREE_FAILURES_PER_ACCOUNT) * 1000 : 0;
    if (until > Date.now()) throw throttled(Math.ceil((until - Date.now()) / 1000));
    if (user.password_hash && (await checkPassword(user.password_hash, password))) return true;
    await writeAudit(tx, context, {
      action,
      entityType: 'user',
      entityId: user.id,
      success: false,
      errorMessage: 'CURRENT_PASSWORD_WRONG',
      metadata: { current_password: 'wrong' },
    });
    return false;
  });
  if (!ok) throw invalidField('current_password', 'is wrong');
}
