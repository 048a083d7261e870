/**
 * The one way a control-plane change is made: the change and its audit rows in one transaction,
 * then, only after COMMIT, the events that tell the engine what to reload. (Publishing earlier could
 * let the engine read the old row; an event lost after commit is logged, the change stands.)
 */
import { status } from '@grpc/grpc-js';
import { withTransaction, type Pool, type PoolClient } from '../core/db.js';
import type { DomainEvent, EventBus } from '../core/events.js';
import { writeAudit, type AuditEntry } from './audit.js';
import { ControlError } from './errors/control-error.js';
import type { CallContext } from './server/call-context.js';

export interface MutationScope {
  tx: PoolClient;
  audit(entry: AuditEntry): Promise<void>;
  /** Queued, published after COMMIT. */
  publish(event: DomainEvent): void;
}

export async function mutate<T>(pool: Pool, bus: EventBus, context: CallContext, change: (scope: MutationScope) => Promise<T>): Promise<T> {
  const events: DomainEvent[] = [];
  const result = await withTransaction(pool, async (tx) => {
    // Past the call's deadline the client has been answered DEADLINE_EXCEEDED; a statement still
    // waiting then (on a lock, say) fails and the transaction rolls back instead of committing late.
    const remaining = Math.max(1, Math.floor(context.deadline - Date.now()));
    if (Number.isFinite(remaining)) await tx.query(`SELECT set_config('statement_timeout', $1, true)`, [String(remaining)]);
    const result = await change({ tx, audit: (entry) => writeAudit(tx, context, entry), publish: (event) => void events.push(event) });
    // A change that got past its statements only after the deadline (a lock released just then, say)
    // was already answered DEADLINE_EXCEEDED: roll it back rather than commit what the client was told failed.
    if (Date.now() >= context.deadline) throw new ControlError(status.DEADLINE_EXCEEDED, 'the call took longer than its deadline', { reason: 'DEADLINE_EXCEEDED' });
    return result;
  });
  for (const event of events) {
    await bus.publish(event).catch((err: unknown) => context.log.error({ err, event }, 'committed, but publishing the event failed'));
  }
  return result;
}
