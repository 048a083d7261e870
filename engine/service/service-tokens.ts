/**
 * The one service-token check of the engine's service listener (pool routes and search-log route):
 * a bearer API token, its SHA-256 digest, the token's record held in memory (sent by the supervisor,
 * kept current by events), and the permission the route needs. A request never waits on PostgreSQL.
 *
 * Answers (JSON, engine/service/json-reply.ts): 401 CREDENTIALS_MISSING | CREDENTIALS_INVALID |
 * CREDENTIALS_EXPIRED (with WWW-Authenticate), 403 PERMISSION_DENIED naming the missing permission.
 */
import { createHash } from 'node:crypto';
import { sendError, type Reply } from './json-reply.js';

/** The permissions a service token can carry on this listener, by bit (control/auth/permission-table.ts rules them). */
export const SERVICE_PERMISSIONS = ['PERMISSION_POOL_STREAM', 'PERMISSION_INDEXERS_REPORT'] as const;
export type ServicePermission = (typeof SERVICE_PERMISSIONS)[number];

export const permissionBit = (permission: ServicePermission): number => 1 << SERVICE_PERMISSIONS.indexOf(permission);

/** An unrevoked API token, by the hex SHA-256 of the token. */
export interface ServiceTokenRecord {
  hash: string;
  userId: string;
  /** Bits of SERVICE_PERMISSIONS the owner's group holds; 0 when the account is disabled or deleted. */
  grants: number;
  /** Epoch ms; 0 = never expires. */
  expiresAtMs: number;
}

/** Why each permission is refused, in the words an operator acts on. */
const HOW_TO_GRANT: Record<ServicePermission, string> = {
  PERMISSION_POOL_STREAM: 'PERMISSION_POOL_STREAM (group flag can_pool_stream)',
  PERMISSION_INDEXERS_REPORT: 'PERMISSION_INDEXERS_REPORT (group level 20 or more)',
};

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Authorization headers whose digest is remembered: a proxy sends the same few on every request. */
const DIGEST_CACHE_SIZE = 1024;

export class ServiceTokens {
  private readonly byHash = new Map<string, ServiceTokenRecord>();
  /**
   * Token digests by the whole Authorization header, for headers whose token matched a record, so a
   * known token is parsed and hashed once (SHA-256 per request cost a tenth of a stream start).
   * Only matching tokens enter, so guessed tokens cannot fill it; the record is still looked up by
   * digest each time, so a revocation applies at once.
   */
  private readonly digests = new Map<string, string>();

  constructor(tokens: ServiceTokenRecord[] = []) {
    this.set(tokens);
  }

  /** Replace every token (ofUser unset) or only the tokens of one user. */
  set(tokens: ServiceTokenRecord[], ofUser?: string): void {
    if (ofUser === undefined) this.byHash.clear();
    else for (const [hash, token] of this.byHash) if (token.userId === ofUser) this.byHash.delete(hash);
    for (const token of tokens) this.byHash.set(token.hash, token);
  }

  all(): ServiceTokenRecord[] {
    return [...this.byHash.values()];
  }

  /** True when the caller holds `permission`; otherwise the 401/403 answer has been sent. */
  authorize(reply: Reply, authorization: string, permission: ServicePermission, nowMs: number): boolean {
    const digest = this.digests.get(authorization) ?? this.digestOf(authorization);
    if (digest === null) {
      sendError(reply, 401, 'CREDENTIALS_MISSING', 'send "Authorization: Bearer <API token>"', undefined, { headers: [['WWW-Authenticate', 'Bearer']], close: true });
      return false;
    }
    const record = this.byHash.get(digest);
    if (!record) {
      sendError(reply, 401, 'CREDENTIALS_INVALID', 'the bearer token is not a known, unrevoked API token', undefined, {
        headers: [['WWW-Authenticate', 'Bearer error="invalid_token"']],
        close: true,
      });
      return false;
    }
    if (record.expiresAtMs !== 0 && record.expiresAtMs <= nowMs) {
      sendError(reply, 401, 'CREDENTIALS_EXPIRED', 'the API token has expired', undefined, { headers: [['WWW-Authenticate', 'Bearer error="invalid_token"']], close: true });
      return false;
    }
    if ((record.grants & permissionBit(permission)) === 0) {
      sendError(reply, 403, 'PERMISSION_DENIED', `the token's account is disabled or its group lacks ${HOW_TO_GRANT[permission]}`, { permission }, { close: true });
      return false;
    }
    return true;
  }

  /** The digest of the header's bearer token (remembered when it names a token), or null without one. */
  private digestOf(authorization: string): string | null {
    const token = BEARER.exec(authorization)?.[1];
    if (!token) return null;
    const digest = createHash('sha256').update(token).digest('hex');
    if (this.byHash.has(digest)) {
      if (this.digests.size >= DIGEST_CACHE_SIZE) this.digests.clear();
      this.digests.set(authorization, digest);
    }
    return digest;
  }
}
