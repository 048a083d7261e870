/**
 * The supervisor's side of search-log ingestion: the buffer the flusher writes from, and the known
 * indexers every worker checks reports against. The route itself (engine/indexers/search-log-route.ts)
 * runs in the workers, on the engine's service listener: JSON parsing, validation and COPY encoding
 * happen there, and a validated report reaches `receive` as a message. Nothing here waits on
 * PostgreSQL except loading at start and reloads.
 */
import type { Config } from '../../core/config.js';
import type { Pool } from '../../core/db.js';
import type { DomainEvent } from '../../core/events.js';
import type { ServiceToWorker, ServiceWorkerData } from '../service/service-messages.js';
import { KnownIndexers } from './known-indexers.js';
import { SearchLogBuffer, type AddOutcome, type HeldSearches } from './search-log-buffer.js';

export interface SearchLogIngestOptions {
  config: Config['indexers'];
  pool: Pool;
  /** Ask the flusher for an early flush. */
  flushSoon: () => void;
  /** Send a message to every worker's service listener and wait until each has applied it. */
  tellWorkers: (message: ServiceToWorker) => Promise<void>;
}

export class SearchLogIngest {
  readonly buffer: SearchLogBuffer;
  private readonly indexers = new KnownIndexers();

  private constructor(private readonly options: SearchLogIngestOptions) {
    this.buffer = new SearchLogBuffer(options.config.ingestMaxPendingRows, options.flushSoon);
  }

  static async load(options: SearchLogIngestOptions): Promise<SearchLogIngest> {
    const ingest = new SearchLogIngest(options);
    await ingest.indexers.load(options.pool);
    return ingest;
  }

  /** What every worker's search-log route starts from. */
  workerData(): NonNullable<ServiceWorkerData['searchLogs']> {
    const { config } = this.options;
    return { indexerIds: this.indexers.all(), maxBodyBytes: config.ingestMaxBodyBytes, maxBatchRows: config.ingestMaxBatchRows };
  }

  /** A report a worker validated. */
  receive(held: HeldSearches): AddOutcome {
    return this.buffer.add(held);
  }

  /** indexer.changed: reload that indexer and give the workers the new list. */
  async onEvent(event: DomainEvent): Promise<void> {
    if (event.type !== 'indexer.changed') return;
    await this.indexers.reload(this.options.pool, event.indexerId);
    await this.options.tellWorkers({ kind: 'indexers', ids: this.indexers.all() });
  }
}
