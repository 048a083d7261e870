/**
 * What a bonus operation runs in: a transaction and a queue of events published after it commits.
 * The gRPC handlers pass mutate()'s scope (with audit); jobs and tests pass their own.
 */
import type { PoolClient } from '../../../core/db.js';
import type { DomainEvent } from '../../../core/events.js';

export interface BonusScope {
  tx: PoolClient;
  publish(event: DomainEvent): void;
}
