/**
 * Audit rows for what a background job does on its own (no caller): actor_type 'system', written on
 * the job's transaction like control/audit.ts writes a caller's.
 */
import type { PoolClient } from '../../../core/db.js';

export interface SystemAuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
}

export async function writeSystemAudit(tx: PoolClient, job: string, entries: SystemAuditEntry[], at: Date): Promise<void> {
  if (entries.length === 0) return;
  await tx.query(
    `INSERT INTO audit_logs (created_at, actor_type, action, entity_type, entity_id, before, after, metadata)
     SELECT $1, 'system', e.action, e.entity_type, e.entity_id, e.before, e.after, e.metadata
     FROM jsonb_to_recordset($2::jsonb) AS e(action text, entity_type text, entity_id text, before jsonb, after jsonb, metadata jsonb)`,
    [
      at,
      JSON.stringify(
        entries.map((e) => ({
          action: e.action,
          entity_type: e.entityType,
          entity_id: e.entityId,
          before: e.before ?? null,
          after: e.after ?? null,
          metadata: { job, ...e.metadata },
        })),
      ),
    ],
  );
}
