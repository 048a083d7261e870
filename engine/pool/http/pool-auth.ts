/**
 * Bearer API tokens on the pool routes, compared by SHA-256 digest against the tokens the supervisor
 * loaded (kept current by events). The owner's account must be usable and its group must hold
 * PERMISSION_POOL_STREAM (can_pool_stream).
 */
import { createHash } from 'node:crypto';
import type { PoolState } from '../pool-state.js';
import { sendError, type Reply } from './json-reply.js';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** True when the caller may use the pool routes; otherwise the 401/403 answer has been sent. */
export function authorize(s: PoolState, reply: Reply, authorization: string, nowMs: number): boolean {
  const token = BEARER.exec(authorization)?.[1];
  if (!token) {
    sendError(reply, 401, 'CREDENTIALS_MISSING', 'send "Authorization: Bearer <API token>"', undefined, { headers: [['WWW-Authenticate', 'Bearer']] });
    return false;
  }
  const record = s.token(createHash('sha256').update(token).digest('hex'));
  if (!record) {
    sendError(reply, 401, 'CREDENTIALS_INVALID', 'the bearer token is not a known, unrevoked API token', undefined, { headers: [['WWW-Authenticate', 'Bearer error="invalid_token"']] });
    return false;
  }
  if (record.expiresAtMs !== 0 && record.expiresAtMs <= nowMs) {
    sendError(reply, 401, 'CREDENTIALS_EXPIRED', 'the API token has expired', undefined, { headers: [['WWW-Authenticate', 'Bearer error="invalid_token"']] });
    return false;
  }
  if (!record.allowed) {
    sendError(reply, 403, 'PERMISSION_DENIED', "the token's account is disabled or its group lacks PERMISSION_POOL_STREAM (group flag can_pool_stream)");
    return false;
  }
  return true;
}
