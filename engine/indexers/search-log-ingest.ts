/**
 * The engine's search-log ingestion: its own uWS listener on the supervisor thread (indexers.ingestPort,
 * on engine.host) serving POST /api/v1/search-logs, the known indexers and service tokens it checks in
 * memory, and the buffer the flusher writes from. JSON parsing and validation run on this thread, off
 * the announce workers; nothing here waits on PostgreSQL except loading at start and reloads.
 */
import type { Config } from '../../core/config.js';
import type { Pool } from '../../core/db.js';
import type { DomainEvent } from '../../core/events.js';
import type { Logger } from '../../core/log.js';
import type { TemplatedApp, us_listen_socket } from 'uWebSockets.js';
import { loadUws } from '../uws.js';
import { KnownIndexers } from './known-indexers.js';
import { SearchLogBuffer } from './search-log-buffer.js';
import { SEARCH_LOG_PATH, searchLogRoute } from './search-log-route.js';
import { ServiceTokens } from './service-tokens.js';

/** Tokens revoked or created are seen within this long even without an event. */
const TOKEN_RELOAD_MS = 30_000;

export interface SearchLogIngestOptions {
  config: Config['indexers'];
  host: string;
  allowSlowUws: boolean;
  pool: Pool;
  log: Logger;
  /** Ask the flusher for an early flush. */
  flushSoon: () => void;
}

export class SearchLogIngest {
  readonly buffer: SearchLogBuffer;
  private readonly indexers = new KnownIndexers();
  private readonly tokens = new ServiceTokens();
  private app: TemplatedApp | null = null;
  private socket: us_listen_socket | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reloads: Promise<void> = Promise.resolve();

  private constructor(private readonly options: SearchLogIngestOptions) {
    this.buffer = new SearchLogBuffer(options.config.ingestMaxPendingRows, options.flushSoon);
  }

  static async start(options: SearchLogIngestOptions): Promise<SearchLogIngest> {
    const ingest = new SearchLogIngest(options);
    await Promise.all([ingest.indexers.load(options.pool), ingest.tokens.load(options.pool)]);
    await ingest.listen();
    ingest.timer = setInterval(() => ingest.reloadTokens(), TOKEN_RELOAD_MS);
    ingest.timer.unref();
    return ingest;
  }

  get port(): number {
    return this.options.config.ingestPort!;
  }

  private listen(): Promise<void> {
    const { config, host, allowSlowUws, log } = this.options;
    const uws = loadUws(allowSlowUws);
    const route = searchLogRoute({
      authenticate: (authorization) => this.tokens.accepts(authorization),
      lookups: { isIndexer: (id) => this.indexers.has(id) },
      buffer: this.buffer,
      maxBodyBytes: config.ingestMaxBodyBytes,
      maxBatchRows: config.ingestMaxBatchRows,
    });
    this.app = uws
      .App()
      .post(SEARCH_LOG_PATH, route)
      .any('/*', (res) => {
        res.writeStatus('404 Not Found').writeHeader('Content-Type', 'application/json').end(JSON.stringify({ error: { code: 'NOT_FOUND', message: `POST ${SEARCH_LOG_PATH}` } }));
      });
    return new Promise((resolve, reject) => {
      this.app!.listen(host, config.ingestPort!, (socket) => {
        if (!socket) return reject(new Error(`search-log endpoint cannot listen on ${host}:${config.ingestPort}`));
        this.socket = socket;
        log.info({ port: config.ingestPort }, 'search-log endpoint listening');
        resolve();
      });
    });
  }

  /** New or deleted indexers, and accounts whose tokens may have changed. */
  onEvent(event: DomainEvent): void {
    const { pool, log } = this.options;
    if (event.type === 'indexer.changed') {
      this.reloads = this.reloads.then(() => this.indexers.reload(pool, event.indexerId)).catch((err: unknown) => log.error({ err, event }, 'reloading an indexer failed'));
    } else if (event.type === 'user.changed' || event.type === 'group.changed') {
      this.reloadTokens();
    }
  }

  /** Resolves once every reload started so far has finished (tests). */
  settled(): Promise<void> {
    return this.reloads;
  }

  private reloadTokens(): void {
    this.reloads = this.reloads.then(() => this.tokens.load(this.options.pool)).catch((err: unknown) => this.options.log.warn({ err }, 'reloading service tokens failed'));
  }

  /** Stop accepting; what was accepted stays in the buffer for the flusher's final flush. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.socket) loadUws(this.options.allowSlowUws).us_listen_socket_close(this.socket);
    this.socket = null;
    (this.app as unknown as { close(): void } | null)?.close();
    this.app = null;
    await this.reloads;
  }
}
