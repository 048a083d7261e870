/**
 * VerifyTwoFactor's code is guessable (a million values, a few valid at a time), so wrong codes are
 * throttled like wrong current passwords (current-password-throttle.ts): each is a failed audit row
 * of user.two_factor.enable with metadata code = "wrong"; past five in the window, each further one
 * doubles the wait before the next code is even checked. One check per account at a time (advisory
 * lock taken with try), and the failure is written before the lock is released.
 */
import { status } from '@grpc/grpc-js';
import { withTransaction, type Pool, type PoolClient } from '../../core/db.js';
import { writeAudit } from '../audit.js';
import { ControlError } from '../errors/control-error.js';
import type { CallContext } from '../server/call-context.js';
import { FREE_FAILURES_PER_ACCOUNT, waitSeconds, WINDOW } from './login-throttle.js';

const ACTION = 'user.two_factor.enable';

function throttled(retry: number, reason: string, message: string): ControlError {
  return new ControlError(status.RESOURCE_EXHAUSTED, message, { reason, metadata: { retry_after_seconds: String(retry) }, retryDelaySeconds: retry });
}

/**
 * Runs `check` (true: the code is right) for account `userId` under the throttle; a wrong code is
 * audited and answered false. RESOURCE_EXHAUSTED while the account must wait.
 */
export async function throttledCodeCheck(pool: Pool, context: CallContext, userId: string, check: (tx: PoolClient) => Promise<boolean>): Promise<boolean> {
  return withTransaction(pool, async (tx) => {
    const { rows: [lock] } = await tx.query<{ locked: boolean }>(`SELECT pg_try_advisory_xact_lock(hashtext('two-factor:' || $1)) AS locked`, [userId]);
    if (!lock!.locked) throw throttled(1, 'CODE_CHECK_IN_PROGRESS', 'another two-factor code check on this account is in progress; try again in 1 s');
    const { rows: [count] } = await tx.query<{ failures: number; last: Date | null }>(
      `SELECT count(*)::int AS failures, max(created_at) AS last FROM audit_logs
       WHERE entity_type = 'user' AND entity_id = $1 AND action = $2 AND NOT success AND metadata->>'code' = 'wrong'
         AND created_at > now() - ${WINDOW}
         AND created_at > coalesce((SELECT max(created_at) FROM audit_logs
                                    WHERE entity_type = 'user' AND entity_id = $1 AND action = $2 AND success
                                      AND created_at > now() - ${WINDOW}), '-infinity')`,
      [userId, ACTION],
    );
    const until = count!.last ? count!.last.getTime() + waitSeconds(count!.failures, FREE_FAILURES_PER_ACCOUNT) * 1000 : 0;
    if (until > Date.now()) {
      const retry = Math.ceil((until - Date.now()) / 1000);
      throw throttled(retry, 'CODE_THROTTLED', `too many wrong two-factor codes; try again in ${retry} s`);
    }
    if (await check(tx)) return true;
    await writeAudit(tx, context, { action: ACTION, entityType: 'user', entityId: userId, success: false, errorMessage: 'CODE_WRONG', metadata: { code: 'wrong' } });
    return false;
  });
}
