/**
 * Audit rows for control-plane actions, written on the transaction of the change they describe
 * (so there is never a change without its row, nor a row for a change that rolled back). Images are
 * plain JSON objects without secrets; `changes` lists only the fields that differ.
 */
import type { PoolClient } from '../core/db.js';
import type { CallContext } from './server/call-context.js';

export type AuditImage = Record<string, unknown>;

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: AuditImage | null;
  after?: AuditImage | null;
  metadata?: Record<string, unknown>;
  success?: boolean;
  errorMessage?: string;
  /** Defaults to the caller; Login names the account that logs in. */
  actorUserId?: string | null;
}

function diff(before: AuditImage | null | undefined, after: AuditImage | null | undefined): Record<string, { from: unknown; to: unknown }> | null {
  if (!before || !after) return null;
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
  }
  return changes;
}

export async function writeAudit(tx: PoolClient, context: CallContext, entry: AuditEntry): Promise<void> {
  const caller = context.caller;
  const actorUserId = entry.actorUserId !== undefined ? entry.actorUserId : (caller?.userId ?? null);
  const actorType = caller?.credential.type === 'api_token' ? 'api_token' : 'user';
  await tx.query(
    // A failure is stamped when it is known (clock_timestamp), not when its transaction began: the
    // throttles measure their waits from failed attempts, and a password check inside the
    // transaction can take a while.
    `INSERT INTO audit_logs (actor_user_id, actor_type, action, entity_type, entity_id, changes, before, after, metadata,
                             request_id, ip, user_agent, success, error_message, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, CASE WHEN $13 THEN now() ELSE clock_timestamp() END)`,
    [
      actorUserId,
      actorType,
      entry.action,
      entry.entityType,
      entry.entityId,
      diff(entry.before, entry.after),
      entry.before ?? null,
      entry.after ?? null,
      { method: context.method, ...entry.metadata },
      context.requestId,
      context.ip,
      context.userAgent,
      entry.success ?? true,
      entry.errorMessage ?? null,
    ],
  );
}
