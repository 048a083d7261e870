/**
 * The engine's service listener in one worker: the one port (engine.serviceHost:engine.servicePort,
 * loopback by default) where services such as a streaming proxy call the engine with an API token.
 * It serves the debrid pool routes (/pool/v1/..., when the pool is on: a master key is set) and the
 * search-log route (POST /api/v1/search-logs, when indexers.ingestEnabled is on and the engine
 * flushes), each behind the one token
 * check of engine/service/service-tokens.ts with the permission the route needs. Every worker
 * listens on it (SO_REUSEPORT), like the announce port.
 */
import type { MessagePort } from 'node:worker_threads';
import type { us_listen_socket } from 'uWebSockets.js';
import { KnownIndexers } from '../indexers/known-indexers.js';
import type { AddOutcome, HeldSearches } from '../indexers/search-log-buffer.js';
import { SEARCH_LOG_PATH, searchLogRoute } from '../indexers/search-log-route.js';
import type { PoolWorker } from '../pool/pool-worker.js';
import { POOL_PREFIX } from '../pool/http/pool-routes.js';
import type { Uws } from '../uws.js';
import { openReply, sendError } from './json-reply.js';
import type { ServiceToSupervisor, ServiceToWorker, ServiceWorkerData } from './service-messages.js';
import { ServiceTokens } from './service-tokens.js';

type Supervisor = MessagePort | { postMessage(m: unknown): void };

export class ServiceListener {
  readonly tokens: ServiceTokens;
  private readonly indexers: KnownIndexers;
  private readonly app;
  private socket: us_listen_socket | null = null;
  /** Search reports handed to the supervisor, by request id, waiting for its answer. */
  private readonly pending = new Map<number, (outcome: AddOutcome) => void>();
  private nextRequestId = 1;

  constructor(
    private readonly uws: Uws,
    private readonly data: ServiceWorkerData,
    pool: PoolWorker | null,
    private readonly supervisor: Supervisor,
    private readonly workerIndex: number,
  ) {
    this.tokens = new ServiceTokens(data.tokens);
    this.indexers = new KnownIndexers(data.searchLogs?.indexerIds ?? []);
    const served: string[] = [];
    this.app = uws.App();
    if (pool) {
      pool.registerOn(this.app, this.tokens);
      served.push(`${POOL_PREFIX}/...`);
    }
    if (data.searchLogs) {
      this.app.post(
        SEARCH_LOG_PATH,
        searchLogRoute({
          tokens: this.tokens,
          lookups: { isIndexer: (id) => this.indexers.has(id) },
          submit: (held) => this.submit(held),
          maxBodyBytes: data.searchLogs.maxBodyBytes,
          maxBatchRows: data.searchLogs.maxBatchRows,
        }),
      );
      served.push(`POST ${SEARCH_LOG_PATH}`);
    }
    this.app.any('/*', (res, req) => {
      sendError(openReply(res), 404, 'NOT_FOUND', `no service route at ${req.getMethod().toUpperCase()} ${req.getUrl()}; served here: ${served.join(', ')}`);
    });
  }

  /** Resolves with an error message when the address cannot be bound, else null. */
  listen(): Promise<string | null> {
    const { host, port } = this.data;
    return new Promise((resolve) => {
      this.app.listen(host, port, (socket) => {
        if (!socket) return resolve(`cannot listen for the service routes on ${host}:${port} (engine.serviceHost:engine.servicePort)`);
        this.socket = socket;
        resolve(null);
      });
    });
  }

  /** Stop accepting, then close the open connections. */
  close(): void {
    if (this.socket) this.uws.us_listen_socket_close(this.socket);
    this.socket = null;
    (this.app as unknown as { close(): void }).close();
  }

  private submit(held: HeldSearches): Promise<AddOutcome> {
    const requestId = this.nextRequestId++;
    return new Promise((resolve) => {
      this.pending.set(requestId, resolve);
      this.supervisor.postMessage({ type: 'search-logs', workerIndex: this.workerIndex, requestId, held } satisfies ServiceToSupervisor);
    });
  }

  onMessage(message: ServiceToWorker): void {
    switch (message.kind) {
      case 'tokens':
        this.tokens.set(message.tokens, message.userId);
        this.supervisor.postMessage({ type: 'service-applied' } satisfies ServiceToSupervisor);
        break;
      case 'indexers':
        this.indexers.replace(message.ids);
        this.supervisor.postMessage({ type: 'service-applied' } satisfies ServiceToSupervisor);
        break;
      case 'search-logs-result': {
        const resolve = this.pending.get(message.requestId);
        this.pending.delete(message.requestId);
        resolve?.(message.outcome);
        break;
      }
    }
  }
}
