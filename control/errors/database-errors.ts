/**
 * PostgreSQL errors that a request can provoke, mapped once for every handler (control/server/
 * unary.ts) so none of them ends as INTERNAL:
 * - a unique violation is the loser of a race (two calls creating the same thing) or a duplicate
 *   the handler's own check did not see: ALREADY_EXISTS, with the reason the constraint is known by
 *   (UNIQUE_CONSTRAINTS; add a line for a new table), else reason ALREADY_EXISTS;
 * - serialization failures and deadlocks: ABORTED, which clients may retry;
 * - a statement cut off by the call's deadline: DEADLINE_EXCEEDED;
 * - values PostgreSQL cannot store or compare (out of range, malformed, too many parameters):
 *   INVALID_ARGUMENT. The edge checks (request-limits.ts) and each handler's validation should
 *   catch these first; this is the net under them.
 * Anything else stays a server fault (INTERNAL, logged).
 */
import { status } from '@grpc/grpc-js';
import { alreadyExists, ControlError, invalidArgument } from './control-error.js';

/** Unique constraints and indexes by name -> the ErrorInfo reason and message of ALREADY_EXISTS. */
export const UNIQUE_CONSTRAINTS: Record<string, { reason: string; message: string; field?: string }> = {
  uq_users_username_lower: { reason: 'USERNAME_TAKEN', message: 'username is taken', field: 'username' },
  uq_users_email_lower: { reason: 'EMAIL_TAKEN', message: 'email is in use', field: 'email' },
  torrents_info_hash_key: { reason: 'TORRENT_EXISTS', message: 'a torrent with this info_hash is registered' },
  torrents_info_hash_v2_key: { reason: 'TORRENT_EXISTS', message: 'a torrent with this v2 info_hash is registered' },
};

/** SQLSTATE classes of values a client sent that PostgreSQL refused (class 22: data exception; 54: limits). */
const BAD_VALUE = /^(22|54)/;

export function fromDatabaseError(err: unknown): ControlError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  const constraint = (err as { constraint?: string }).constraint;
  if (code === '23505') {
    const known = constraint !== undefined && Object.hasOwn(UNIQUE_CONSTRAINTS, constraint) ? UNIQUE_CONSTRAINTS[constraint] : undefined;
    if (known) return alreadyExists(known.reason, known.message, known.field ? { field: known.field } : undefined);
    return alreadyExists('ALREADY_EXISTS', 'a resource with the same unique key already exists');
  }
  if (code === '40001' || code === '40P01') {
    return new ControlError(status.ABORTED, 'the change collided with a concurrent one; retry it', { reason: 'CONCURRENT_CHANGE', retryDelaySeconds: 0.1 });
  }
  if (code === '57014') return new ControlError(status.DEADLINE_EXCEEDED, 'the call took longer than its deadline', { reason: 'DEADLINE_EXCEEDED' });
  if (BAD_VALUE.test(code)) {
    return invalidArgument([{ field: 'request', description: 'holds a value out of the range the server can store or compare' }]);
  }
  return null;
}
