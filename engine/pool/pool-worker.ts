/**
 * The pool inside one engine worker: its state, its routes (on the worker's service listener,
 * engine/service/), its share of /metrics, and the supervisor's messages (key records, drains).
 * worker.ts calls these few hooks.
 */
import type { MessagePort } from 'node:worker_threads';
import type { TemplatedApp } from 'uWebSockets.js';
import type { CatalogChange } from '../messages.js';
import type { UserRecord } from '../records.js';
import type { ServiceTokens } from '../service/service-tokens.js';
import { registerPoolRoutes } from './http/pool-routes.js';
import type { PoolToWorker, PoolWorkerData } from './pool-records.js';
import { drainTransferList, type PoolDrain } from './pool-journal.js';
import { PoolState } from './pool-state.js';

/** What the worker sends back: a pool drain, or that it applied a change. */
export type PoolWorkerReply = { type: 'pool-drain'; requestId: number; drain: PoolDrain } | { type: 'pool-applied' };

export class PoolWorker {
  readonly state: PoolState;
  constructor(
    data: PoolWorkerData,
    users: UserRecord[],
    workerIndex: number,
    workerCount: number,
  ) {
    this.state = new PoolState(data, workerIndex, workerCount);
    for (const user of users) this.state.upsertUser(user);
  }

  /** The pool routes on the service listener's app. */
  registerOn(app: TemplatedApp, tokens: ServiceTokens): void {
    registerPoolRoutes(app, this.state, tokens);
  }

  /** The pool routes on the announce app too (pool.onAnnouncePort). */
  attachTo(app: TemplatedApp, tokens: ServiceTokens): void {
    if (this.state.settings.onAnnouncePort) registerPoolRoutes(app, this.state, tokens);
  }

  /** Users come with the announce catalog: the pool keeps its own map by id. */
  onCatalogChange(change: CatalogChange): void {
    if (change.kind === 'user') this.state.upsertUser(change.user);
    else if (change.kind === 'user-removed') this.state.removeUser(change.userIndex);
  }

  onMessage(message: PoolToWorker, supervisor: MessagePort | { postMessage(m: unknown, transfer?: ArrayBuffer[]): void }): void {
    switch (message.kind) {
      case 'keys':
        this.state.setKeys(message.keys);
        supervisor.postMessage({ type: 'pool-applied' });
        break;
      case 'key-removed':
        this.state.removeKey(message.index);
        supervisor.postMessage({ type: 'pool-applied' });
        break;
      case 'drain': {
        const drain = this.state.journal.drain();
        supervisor.postMessage({ type: 'pool-drain', requestId: message.requestId, drain } satisfies PoolWorkerReply, drainTransferList(drain));
        break;
      }
    }
  }
}
