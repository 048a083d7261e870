/**
 * Slows password guessing without letting one client lock others out for long (OWASP's
 * authentication guidance: growing delays rather than hard lockouts, per account and per source).
 * Failed logins are audit rows (action auth.login, success false) tagged with the account they aimed
 * at and the client address, so every node sees the same history without another store. Three
 * counts in the window, each with a few free failures and then a wait that doubles per failure:
 * - this account from this address (a guesser at one place): 5 free, waits up to 300 s;
 * - this account from anywhere (a distributed guesser): 20 free, waits up to 60 s, so strangers can
 *   keep the owner waiting a minute at most;
 * - this address on any account (a sprayer): 20 free, waits up to 30 s, so the people behind the
 *   same address are held up half a minute at most.
 * A success on the account ends its counts.
 *
 * The count and the attempt are one step (runThrottledLogin): the account is locked for the attempt
 * (a transaction-scoped advisory lock, taken with try: a concurrent attempt on the same account is
 * refused at once, before any password work, rather than queued holding a connection), and the
 * failure row is written before the lock is released. So a burst of parallel guesses at one account
 * gets one password check at a time, and each is counted before the next is allowed.
 */
import { status } from '@grpc/grpc-js';
import type { PoolClient } from '../../core/db.js';
import { ControlError } from '../errors/control-error.js';

export const WINDOW = `interval '15 minutes'`;
export const FREE_FAILURES_PER_ACCOUNT = 5;
const MAX_WAIT_SECONDS = 300;

interface Rule {
  free: number;
  maxWait: number;
}
const ACCOUNT_AT_ADDRESS: Rule = { free: FREE_FAILURES_PER_ACCOUNT, maxWait: MAX_WAIT_SECONDS };
const ACCOUNT_ANYWHERE: Rule = { free: 20, maxWait: 60 };
const ADDRESS_ANY_ACCOUNT: Rule = { free: 20, maxWait: 30 };

/** Seconds to wait after the last of `failures` failures when `free` are allowed without waiting. */
export function waitSeconds(failures: number, free: number, max = MAX_WAIT_SECONDS): number {
  return failures < free ? 0 : Math.min(2 ** (failures - free), max);
}

interface FailureCounts {
  at_address: number;
  at_address_last: Date | null;
  anywhere: number;
  anywhere_last: Date | null;
  address: number;
  address_last: Date | null;
}

function throttled(retry: number, reason: string, message: string): ControlError {
  return new ControlError(status.RESOURCE_EXHAUSTED, message, {
    reason,
    metadata: { retry_after_seconds: String(retry) },
    retryDelaySeconds: retry,
  });
}

/**
 * Takes the account's attempt lock and checks the three counts, on `tx` (whose transaction must
 * also write the attempt's outcome). `accountKey` identifies the target account even when the login
 * names none (see accountKeyFor).
 */
export async function claimLoginAttempt(tx: PoolClient, accountKey: string, ip: string | null, now = Date.now()): Promise<void> {
  const { rows: [lock] } = await tx.query<{ locked: boolean }>(`SELECT pg_try_advisory_xact_lock(hashtext('login:' || $1)) AS locked`, [accountKey]);
  if (!lock!.locked) throw throttled(1, 'LOGIN_IN_PROGRESS', 'another login attempt on this account is being checked; try again in 1 s');
  const { rows: [counts] } = await tx.query<FailureCounts>(
    `WITH since AS (
       SELECT coalesce(max(created_at), '-infinity') AS last_success FROM audit_logs
       WHERE action = 'auth.login' AND success AND created_at > now() - ${WINDOW} AND metadata->>'account' = $1
     ), account AS (
       SELECT ip, created_at FROM audit_logs, since
       WHERE action = 'auth.login' AND NOT success AND created_at > now() - ${WINDOW} AND metadata->>'account' = $1
         AND created_at > since.last_success
     ), address AS (
       SELECT created_at FROM audit_logs
       WHERE action = 'auth.login' AND NOT success AND created_at > now() - ${WINDOW} AND $2::inet IS NOT NULL AND ip = $2::inet
     )
     SELECT (SELECT count(*)::int FROM account WHERE ip IS NOT DISTINCT FROM $2::inet) AS at_address,
            (SELECT max(created_at) FROM account WHERE ip IS NOT DISTINCT FROM $2::inet) AS at_address_last,
            (SELECT count(*)::int FROM account) AS anywhere,
            (SELECT max(created_at) FROM account) AS anywhere_last,
            (SELECT count(*)::int FROM address) AS address,
            (SELECT max(created_at) FROM address) AS address_last`,
    [accountKey, ip],
  );
  const until = (failures: number, last: Date | null, rule: Rule) => (last ? last.getTime() + waitSeconds(failures, rule.free, rule.maxWait) * 1000 : 0);
  const wait = Math.max(
    until(counts!.at_address, counts!.at_address_last, ACCOUNT_AT_ADDRESS),
    until(counts!.anywhere, counts!.anywhere_last, ACCOUNT_ANYWHERE),
    until(counts!.address, counts!.address_last, ADDRESS_ANY_ACCOUNT),
  );
  if (wait > now) {
    const retry = Math.ceil((wait - now) / 1000);
    throw throttled(retry, 'LOGIN_THROTTLED', `too many failed logins; try again in ${retry} s`);
  }
}

/** The account's id when the login matched one, else the login text itself (so unknown names are throttled too). */
export function accountKeyFor(userId: string | null, login: string): string {
  return userId ?? `login:${login.toLowerCase()}`;
}
