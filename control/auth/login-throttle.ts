/**
 * Slows password guessing. Failed logins are audit rows (action auth.login, success false) tagged
 * with the account they aimed at and the client address, so every node sees the same history
 * without another store. Past a few free failures in the window, each further failure doubles the
 * wait before the next attempt is even checked (capped), per account (since its last success) and
 * per address.
 */
import { status } from '@grpc/grpc-js';
import type { Pool } from '../../core/db.js';
import { ControlError } from '../errors/control-error.js';

export const WINDOW = `interval '15 minutes'`;
export const FREE_FAILURES_PER_ACCOUNT = 5;
const FREE_FAILURES_PER_ADDRESS = 20;
const MAX_WAIT_SECONDS = 300;

/** Seconds to wait after the last of `failures` failures when `free` are allowed without waiting. */
export function waitSeconds(failures: number, free: number): number {
  return failures < free ? 0 : Math.min(2 ** (failures - free), MAX_WAIT_SECONDS);
}

interface FailureCount {
  failures: number;
  last: Date | null;
}

/** `accountKey` identifies the target account even when the login names none (see accountKeyFor). */
export async function checkLoginThrottle(pool: Pool, accountKey: string, ip: string | null): Promise<void> {
  const { rows: [byAccount] } = await pool.query<FailureCount>(
    `SELECT count(*)::int AS failures, max(created_at) AS last
     FROM audit_logs
     WHERE action = 'auth.login' AND NOT success AND created_at > now() - ${WINDOW} AND metadata->>'account' = $1
       AND created_at > coalesce((SELECT max(created_at) FROM audit_logs
                                  WHERE action = 'auth.login' AND success AND created_at > now() - ${WINDOW}
                                    AND metadata->>'account' = $1), '-infinity')`,
    [accountKey],
  );
  const { rows: [byAddress] } = ip
    ? await pool.query<FailureCount>(
        `SELECT count(*)::int AS failures, max(created_at) AS last
         FROM audit_logs WHERE action = 'auth.login' AND NOT success AND created_at > now() - ${WINDOW} AND ip = $1`,
        [ip],
      )
    : { rows: [{ failures: 0, last: null }] };
  const now = Date.now();
  const until = Math.max(
    byAccount!.last ? byAccount!.last.getTime() + waitSeconds(byAccount!.failures, FREE_FAILURES_PER_ACCOUNT) * 1000 : 0,
    byAddress!.last ? byAddress!.last.getTime() + waitSeconds(byAddress!.failures, FREE_FAILURES_PER_ADDRESS) * 1000 : 0,
  );
  if (until > now) {
    const retry = Math.ceil((until - now) / 1000);
    throw new ControlError(status.RESOURCE_EXHAUSTED, `too many failed logins; try again in ${retry} s`, {
      reason: 'LOGIN_THROTTLED',
      metadata: { retry_after_seconds: String(retry) },
      retryDelaySeconds: retry,
    });
  }
}

/** The account's id when the login matched one, else the login text itself (so unknown names are throttled too). */
export function accountKeyFor(userId: string | null, login: string): string {
  return userId ?? `login:${login.toLowerCase()}`;
}
