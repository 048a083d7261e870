/**
 * An operator's changes to an indexer: priority, and enabling or disabling by hand. Each locks the
 * row, checks the etag, bumps updated_at (the etag), writes its audit row in the same transaction and
 * publishes indexer.changed after commit.
 */
import { checkEtag } from '../../etag.js';
import { failedPrecondition } from '../../errors/control-error.js';
import { mutate, type MutationScope } from '../../mutation.js';
import type { CallContext } from '../../server/call-context.js';
import type { ServiceDeps } from '../deps.js';
import { findIndexer, indexerAuditImage, indexerName, type IndexerRow } from './indexer-records.js';

export async function changeIndexer(
  deps: ServiceDeps,
  context: CallContext,
  id: string,
  etag: string,
  action: string,
  change: (indexer: IndexerRow, scope: MutationScope) => Promise<Record<string, unknown> | void>,
): Promise<IndexerRow> {
  return mutate(deps.pool, deps.bus, context, async (scope) => {
    const before = await findIndexer(scope.tx, id, { lock: true });
    checkEtag(etag, before.etag, indexerName(id));
    const metadata = await change(before, scope);
    // clock_timestamp(): two changes in one transaction's now() would share an etag.
    await scope.tx.query(`UPDATE prowlarr_indexers SET updated_at = greatest(clock_timestamp(), updated_at + interval '1 microsecond') WHERE id = $1`, [id]);
    const after = await findIndexer(scope.tx, id);
    await scope.audit({ action, entityType: 'prowlarr_indexer', entityId: id, before: indexerAuditImage(before), after: indexerAuditImage(after), ...(metadata ? { metadata } : {}) });
    scope.publish({ type: 'indexer.changed', indexerId: id });
    return after;
  });
}

/** Enable now: ends an operator's disable or an automatic back-off wait; a fresh health window starts. */
export async function enableIndexer(indexer: IndexerRow, { tx }: MutationScope): Promise<void> {
  if (indexer.is_enabled) throw failedPrecondition('INDEXER_ENABLED', `${indexerName(indexer.id)} is already enabled`);
  await tx.query(
    `UPDATE prowlarr_indexers SET is_enabled = true, disabled_by = NULL, disabled_until = NULL, health_window_start = now(),
       status = CASE WHEN status = 'down' THEN 'degraded' ELSE status END WHERE id = $1`,
    [indexer.id],
  );
}

/** An operator's disable, which the health job leaves alone. */
export async function disableIndexer(indexer: IndexerRow, { tx }: MutationScope): Promise<void> {
  if (!indexer.is_enabled && indexer.disabled_by === 'operator') {
    throw failedPrecondition('INDEXER_DISABLED', `${indexerName(indexer.id)} is already disabled by an operator`);
  }
  await tx.query(`UPDATE prowlarr_indexers SET is_enabled = false, disabled_by = 'operator', disabled_until = NULL WHERE id = $1`, [indexer.id]);
}
