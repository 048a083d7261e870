/**
 * The one configuration struct of Swarmgate.
 *
 * Every setting is declared once below, in `SETTINGS`: its path in the config object, the
 * environment variable that sets it, its validation and default, and what it means. Values come
 * from (lowest to highest precedence) the defaults, an optional JSON file (`SWARMGATE_CONFIG` or
 * `--config`), and environment variables. A bad value stops the program with a message naming the
 * key, the variable, the value and what is allowed.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { z } from 'zod';

/**
 * Engine workers when none are configured: one per core but one. Besides its workers the engine runs
 * the supervisor (the flusher merging every drain) and the flush encoder thread, together about as
 * busy as a worker when every announce is counted; a worker per core leaves them, and the load, to
 * contend with the workers. On 2 cores one worker served as many keep-alive announces as two with
 * 8-16 % less CPU, 19-33 % more over new connections and 38-66 % more scrapes (docs/engine-threads.md).
 */
export function defaultEngineWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().min(1);
const nonNegativeInt = z.coerce.number().int().min(0);
const bool = z.union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no'])]).transform((v) =>
  typeof v === 'boolean' ? v : v === 'true' || v === '1' || v === 'yes',
);
const csv = z
  .union([z.array(z.string()), z.string()])
  .transform((v) => (Array.isArray(v) ? v : v.split(',').map((s) => s.trim()).filter(Boolean)));
const url = z.string().url();

/**
 * A small map keyed by name: a JSON object, or "name=value" pairs separated by ";" (cron expressions
 * contain spaces and commas, so neither separates pairs). Each value is checked with `value`.
 */
const namedValues = <T extends z.ZodType>(value: T) =>
  z
    .union([z.record(z.string(), z.unknown()), z.string()])
    .transform((v, ctx) => {
      if (typeof v !== 'string') return v;
      const text = v.trim();
      if (text.startsWith('{')) {
        try {
          return JSON.parse(text) as Record<string, unknown>;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'is not a valid JSON object' });
          return z.NEVER;
        }
      }
      const entries: [string, string][] = [];
      for (const pair of text.split(';').map((p) => p.trim()).filter(Boolean)) {
        const at = pair.indexOf('=');
        if (at < 1) {
          ctx.addIssue({ code: 'custom', message: `"${pair}" is not a name=value pair` });
          return z.NEVER;
        }
        entries.push([pair.slice(0, at).trim(), pair.slice(at + 1).trim()]);
      }
      return Object.fromEntries(entries) as Record<string, unknown>;
    })
    .pipe(z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'names are lower_snake_case'), value));

interface Setting {
  /** Dotted path in the resulting config object. */
  path: string;
  env: string;
  schema: z.ZodType;
  default?: unknown;
  /** Redacted by `swarmgate config`. */
  secret?: boolean;
  doc: string;
}

export const SETTINGS: readonly Setting[] = [
  // --- storage -------------------------------------------------------------------------------
  { path: 'databaseUrl', env: 'DATABASE_URL', schema: url.optional(), secret: true,
    doc: 'PostgreSQL connection string. Unset: an embedded PostgreSQL runs under dataDir.' },
  { path: 'dataDir', env: 'SWARMGATE_DATA_DIR', schema: z.string().min(1), default: './data',
    doc: 'Directory for the embedded PostgreSQL cluster and other local state.' },
  { path: 'embeddedPostgres.port', env: 'SWARMGATE_EMBEDDED_PG_PORT', schema: port, default: 54329,
    doc: 'Port of the embedded PostgreSQL (chosen not to clash with a local server on 5432).' },
  { path: 'database.connectTimeoutMs', env: 'SWARMGATE_DB_CONNECT_TIMEOUT_MS', schema: positiveInt.max(600_000), default: 10_000,
    doc: 'Longest wait for a database connection (a pool slot or a new connection); then the caller fails.' },
  { path: 'database.statementTimeoutMs', env: 'SWARMGATE_DB_STATEMENT_TIMEOUT_MS', schema: positiveInt.max(3_600_000), default: 60_000,
    doc: 'PostgreSQL statement_timeout for every pool connection; the client gives up on a query this long plus 5 s without an answer (a silent network).' },
  { path: 'database.idleInTransactionTimeoutMs', env: 'SWARMGATE_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', schema: positiveInt.max(3_600_000), default: 60_000,
    doc: 'PostgreSQL idle_in_transaction_session_timeout: the server ends a session whose client went silent mid-transaction, releasing its locks.' },
  { path: 'database.keepAliveIdleMs', env: 'SWARMGATE_DB_KEEPALIVE_IDLE_MS', schema: positiveInt.max(3_600_000), default: 10_000,
    doc: 'TCP keepalive on database connections: probes start after this much silence, so a dead peer is noticed without traffic.' },
  { path: 'redisUrl', env: 'REDIS_URL', schema: url.optional(), secret: true,
    doc: 'Redis for the cross-node event bus and counters. Optional on a single node.' },

  // --- logging -------------------------------------------------------------------------------
  { path: 'logLevel', env: 'SWARMGATE_LOG_LEVEL', schema: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']),
    default: 'info', doc: 'pino log level.' },
  { path: 'logFormat', env: 'SWARMGATE_LOG_FORMAT', schema: z.enum(['auto', 'json', 'pretty']), default: 'auto',
    doc: 'Log lines as JSON (for collectors) or pretty (for people); auto: pretty when stdout is a terminal, JSON otherwise.' },

  // --- engine (data plane) -------------------------------------------------------------------
  { path: 'engine.host', env: 'SWARMGATE_ENGINE_HOST', schema: z.string().min(1), default: '0.0.0.0',
    doc: 'Address the announce/scrape HTTP server binds.' },
  { path: 'publicUrl', env: 'SWARMGATE_PUBLIC_URL', schema: url.optional(),
    doc: 'Base URL clients reach the engine at (e.g. https://tracker.example.org behind a proxy): printed when ready and written into downloaded .torrent files. Unset: http://<engine host>:<engine port>, a wildcard host replaced by this machine\'s first non-loopback IPv4 address.' },
  { path: 'engine.port', env: 'SWARMGATE_ENGINE_PORT', schema: port, default: 6969,
    doc: 'Port of the announce/scrape HTTP server (all workers share it via SO_REUSEPORT).' },
  { path: 'engine.workers', env: 'SWARMGATE_ENGINE_WORKERS', schema: positiveInt.max(256), default: defaultEngineWorkers(),
    doc: 'Engine worker threads; swarms are partitioned across them by info_hash. Default: one per core but one (at least one), the core left to the supervisor\'s flusher and the flush encoder thread.' },
  { path: 'engine.allowSlowUws', env: 'SWARMGATE_ALLOW_SLOW_UWS', schema: bool, default: false,
    doc: 'Start even when uWebSockets.js has fallen back to its slow JS implementation.' },
  { path: 'engine.announceInterval', env: 'SWARMGATE_ANNOUNCE_INTERVAL', schema: positiveInt, default: 1800,
    doc: 'Seconds clients are told to wait between announces (before jitter).' },
  { path: 'engine.announceJitter', env: 'SWARMGATE_ANNOUNCE_JITTER', schema: nonNegativeInt, default: 120,
    doc: 'Up to this many seconds are added at random to each interval to spread load.' },
  { path: 'engine.minInterval', env: 'SWARMGATE_MIN_INTERVAL', schema: positiveInt, default: 300,
    doc: 'Announces from the same peer faster than this are answered from state, not counted again.' },
  { path: 'engine.pendingRetryMinutes', env: 'SWARMGATE_PENDING_RETRY_MINUTES', schema: positiveInt, default: 5,
    doc: 'Minutes a client is told to wait ("retry in", BEP 31) before announcing a torrent still pending moderation.' },
  { path: 'engine.numwantDefault', env: 'SWARMGATE_NUMWANT_DEFAULT', schema: nonNegativeInt, default: 50,
    doc: 'Peers returned when the client does not send numwant.' },
  { path: 'engine.numwantMax', env: 'SWARMGATE_NUMWANT_MAX', schema: nonNegativeInt, default: 200,
    doc: 'Upper bound on peers returned, whatever numwant asks.' },
  { path: 'engine.allowDictionaryPeers', env: 'SWARMGATE_ALLOW_DICTIONARY_PEERS', schema: bool, default: true,
    doc: 'Answer compact=0 with the dictionary peer list (BEP 3); otherwise always compact.' },
  { path: 'engine.peerTimeout', env: 'SWARMGATE_PEER_TIMEOUT', schema: positiveInt, default: 3600 + 900,
    doc: 'Seconds after its last announce that a silent peer is reaped.' },
  { path: 'engine.maxPeersPerUserPerTorrent', env: 'SWARMGATE_MAX_PEERS_PER_USER_TORRENT', schema: positiveInt, default: 3,
    doc: 'Distinct peers (clients) one user may run on one torrent.' },
  { path: 'engine.opsHost', env: 'SWARMGATE_OPS_HOST', schema: z.string().min(1), default: '127.0.0.1',
    doc: 'Address of the operations listener (/metrics, /healthz); loopback keeps metrics off the public network.' },
  { path: 'engine.opsPort', env: 'SWARMGATE_OPS_PORT', schema: z.coerce.number().int().min(0).max(65535), default: 6970,
    doc: 'Port of the operations listener (/metrics, /healthz), apart from the announce port; 0 picks a free port (logged).' },
  { path: 'engine.serviceHost', env: 'SWARMGATE_SERVICE_HOST', schema: z.string().min(1), default: '127.0.0.1',
    doc: 'Address of the engine\'s service listener, where services (a streaming proxy) call the pool routes /pool/v1/... and POST /api/v1/search-logs with an API token. Loopback by default: pool answers carry debrid API keys. Replaces pool.host.' },
  { path: 'engine.servicePort', env: 'SWARMGATE_SERVICE_PORT', schema: port, default: 6971,
    doc: 'Port of the engine\'s service listener (all workers share it via SO_REUSEPORT); open when the pool is on (pool.masterKey) or search logs are (indexers.ingestEnabled). Replaces pool.port and indexers.ingestPort.' },
  { path: 'engine.http10Port', env: 'SWARMGATE_HTTP10_PORT', schema: port.optional(),
    doc: 'Port (on engine.host) of the HTTP/1.0 bridge in front of the announce port, for HTTP/1.0 clients and proxies (uWebSockets.js answers HTTP/1.1 only). Unset: off.' },
  { path: 'engine.healthDegradedStatus', env: 'SWARMGATE_HEALTH_DEGRADED_STATUS', schema: z.coerce.number().pipe(z.union([z.literal(200), z.literal(503)])), default: 200,
    doc: 'HTTP status of /healthz while degraded (flush lag past flush.lagWarnSeconds): 200 keeps a node that still serves announces in a load balancer; 503 takes it out.' },
  { path: 'engine.unknownPasskeyLimit', env: 'SWARMGATE_UNKNOWN_PASSKEY_LIMIT', schema: positiveInt, default: 30,
    doc: 'Unknown passkeys one address may present per minute (per worker) before it is answered with a short refusal and its connection closed.' },
  { path: 'engine.trustedProxies', env: 'SWARMGATE_TRUSTED_PROXIES', schema: csv, default: [],
    doc: 'Comma-separated proxy addresses whose X-Forwarded-For / X-Real-IP is believed.' },
  { path: 'engine.blacklistedPorts', env: 'SWARMGATE_BLACKLISTED_PORTS', schema: csv, default: ['25', '411-413', '6881-6889', '1214', '4662', '6346-6347', '6699'],
    doc: 'Ports or ranges (a-b) that peers may not announce. Only the seed: the engine copies them into the blacklisted_ports table at its first start against a database; from then on that table (swarmgatectl ports) is the one source.' },

  // --- flush pipeline (engine -> PostgreSQL) -------------------------------------------------
  { path: 'flush.intervalMs', env: 'SWARMGATE_FLUSH_INTERVAL_MS', schema: positiveInt.min(100).max(600_000), default: 5000,
    doc: 'Milliseconds between flushes of what the engine counted to PostgreSQL (at most this much is lost on a crash).' },
  { path: 'flush.drainIntervalMs', env: 'SWARMGATE_FLUSH_DRAIN_INTERVAL_MS', schema: positiveInt.min(50).max(600_000), default: 1000,
    doc: 'Milliseconds between takings of the workers\' journals into the flusher\'s pending batch, between writes. A worker answers nothing while its journal is taken (with millions of peers, 1-2 µs per changed peer), so taking it often keeps that pause short; writes still happen every flush.intervalMs. At or above flush.intervalMs: once per flush.' },
  { path: 'flush.batchPeers', env: 'SWARMGATE_FLUSH_BATCH_PEERS', schema: positiveInt, default: 200_000,
    doc: 'A worker with this many changed peers asks for a flush before the interval ends.' },
  { path: 'flush.maxPendingKeys', env: 'SWARMGATE_FLUSH_MAX_PENDING_KEYS', schema: positiveInt, default: 5_000_000,
    doc: 'Distinct rows (peers, users, torrents) held while PostgreSQL is unreachable; at the cap the flusher stops draining and workers keep merging in their journals.' },
  { path: 'flush.announceLog', env: 'SWARMGATE_FLUSH_ANNOUNCE_LOG', schema: bool, default: true,
    doc: 'Write a row per counted announce to the partitioned `announces` table.' },
  { path: 'flush.maxPendingAnnounces', env: 'SWARMGATE_FLUSH_MAX_PENDING_ANNOUNCES', schema: positiveInt, default: 2_000_000,
    doc: 'Announce-log rows held while PostgreSQL is unreachable; beyond it the oldest log rows are dropped (never accounting).' },
  { path: 'flush.writeTimeoutMs', env: 'SWARMGATE_FLUSH_WRITE_TIMEOUT_MS', schema: positiveInt.min(100).max(3_600_000), default: 120_000,
    doc: 'Longest one batch write may take (connection to COMMIT); a slower or silent write is aborted and retried under the same batch id.' },
  { path: 'flush.shutdownDeadlineMs', env: 'SWARMGATE_FLUSH_SHUTDOWN_DEADLINE_MS', schema: positiveInt.min(100).max(3_600_000), default: 30_000,
    doc: 'At shutdown, the final flush (a write in progress included) ends within this; what is unwritten then is logged as lost and the process exits 1.' },
  { path: 'flush.lagWarnSeconds', env: 'SWARMGATE_FLUSH_LAG_WARN_SECONDS', schema: positiveInt, default: 60,
    doc: 'Flush lag (age of the oldest unwritten delta) past which a warning is logged and /healthz reports degraded.' },
  { path: 'flush.peerHistorySeconds', env: 'SWARMGATE_FLUSH_PEER_HISTORY_SECONDS', schema: nonNegativeInt, default: 3600,
    doc: 'Seconds between peer_history snapshots of the peers that changed; 0 turns them off.' },

  // --- debrid key pool -----------------------------------------------------------------------
  { path: 'pool.masterKey', env: 'SWARMGATE_POOL_MASTER_KEY', schema: z.string().optional(), secret: true,
    doc: 'Master key (32 bytes, base64 or hex; make one with `openssl rand -base64 32`) that encrypts debrid API keys at rest. Unset: the pool is off.' },
  { path: 'pool.degradedAfterFailures', env: 'SWARMGATE_POOL_DEGRADED_AFTER', schema: positiveInt, default: 3,
    doc: 'Consecutive failed upstream calls after which a pool key is marked degraded.' },
  { path: 'pool.failingAfterFailures', env: 'SWARMGATE_POOL_FAILING_AFTER', schema: positiveInt, default: 6,
    doc: 'Consecutive failed upstream calls after which a pool key is marked failing (a 401/403 marks it at once).' },
  { path: 'pool.onAnnouncePort', env: 'SWARMGATE_POOL_ON_ANNOUNCE_PORT', schema: bool, default: false,
    doc: 'Also serve the pool routes on the public announce port (off: only the service listener, engine.servicePort, serves them).' },
  { path: 'pool.leaseTtlSeconds', env: 'SWARMGATE_POOL_LEASE_TTL', schema: positiveInt.max(86_400), default: 90,
    doc: 'Seconds a stream lease lives without a heartbeat; then its stream is freed (end_reason expired).' },
  { path: 'pool.flushIntervalMs', env: 'SWARMGATE_POOL_FLUSH_INTERVAL_MS', schema: positiveInt.min(50).max(600_000), default: 1000,
    doc: 'Milliseconds between writes of stream sessions, usage reports, slots and key state to PostgreSQL (live streams show this soon).' },

  { path: 'pool.upstreamBaseUrl', env: 'SWARMGATE_POOL_UPSTREAM_URL', schema: url, default: 'https://api.torbox.app',
    doc: 'Base URL of the debrid provider\'s API, which the pool_key_health_probe job calls with each active key.' },
  { path: 'pool.probePath', env: 'SWARMGATE_POOL_PROBE_PATH', schema: z.string().regex(/^\//), default: '/v1/api/user/me',
    doc: 'Path (under upstreamBaseUrl) the health probe GETs with "Authorization: Bearer <key>"; a 2xx answer is a success.' },
  { path: 'pool.probeTimeoutMs', env: 'SWARMGATE_POOL_PROBE_TIMEOUT_MS', schema: positiveInt.max(120_000), default: 10_000,
    doc: 'Milliseconds a health probe waits for the provider before counting a failure (error_type timeout).' },
  { path: 'pool.slotIdleDays', env: 'SWARMGATE_POOL_SLOT_IDLE_DAYS', schema: z.coerce.number().positive().max(3650), default: 3,
    doc: 'Days without activity after which a user\'s slot is reclaimed (pool_slot_reclamation job, ReclaimIdleSlots).' },

  // --- Prowlarr indexers ---------------------------------------------------------------------
  { path: 'indexers.prowlarrUrl', env: 'SWARMGATE_PROWLARR_URL', schema: url.optional(),
    doc: 'Base URL of the Prowlarr instance whose indexers are tracked (e.g. http://prowlarr:9696). Unset: the registry sync does nothing.' },
  { path: 'indexers.prowlarrApiKey', env: 'SWARMGATE_PROWLARR_API_KEY', schema: z.string().min(1).optional(), secret: true,
    doc: 'Prowlarr API key (Settings > General), sent as the X-Api-Key header.' },
  { path: 'indexers.prowlarrInstanceId', env: 'SWARMGATE_PROWLARR_INSTANCE_ID', schema: positiveInt, default: 1,
    doc: 'Number stored as prowlarr_indexers.prowlarr_id for indexers of this Prowlarr instance.' },
  { path: 'indexers.prowlarrTimeoutMs', env: 'SWARMGATE_PROWLARR_TIMEOUT_MS', schema: positiveInt.max(120_000), default: 10_000,
    doc: 'Milliseconds a call to Prowlarr may take (connect, headers and body); then the sync run fails and is retried next run.' },
  { path: 'indexers.responseWarningMs', env: 'SWARMGATE_INDEXER_RESPONSE_WARNING_MS', schema: positiveInt, default: 500,
    doc: 'Average response time (ms, last 24 h) at which an indexer is flagged slow.' },
  { path: 'indexers.responseCriticalMs', env: 'SWARMGATE_INDEXER_RESPONSE_CRITICAL_MS', schema: positiveInt, default: 2000,
    doc: 'Average response time (ms, last 24 h) at which an indexer is marked degraded.' },
  { path: 'indexers.successWarningPercent', env: 'SWARMGATE_INDEXER_SUCCESS_WARNING_PERCENT', schema: z.coerce.number().min(0).max(100), default: 95,
    doc: 'Search success rate (%, last 24 h) below which an indexer is marked degraded.' },
  { path: 'indexers.successDisablePercent', env: 'SWARMGATE_INDEXER_SUCCESS_DISABLE_PERCENT', schema: z.coerce.number().min(0).max(100), default: 80,
    doc: 'Search success rate (%) below which the health job disables an indexer with an escalating back-off (1 min .. 24 h).' },
  { path: 'indexers.healthMinSearches', env: 'SWARMGATE_INDEXER_HEALTH_MIN_SEARCHES', schema: positiveInt, default: 10,
    doc: 'Searches an indexer needs since its last health evaluation before it is judged (fewer: wait for more).' },
  { path: 'indexers.ingestEnabled', env: 'SWARMGATE_SEARCHLOG_ENABLED', schema: bool, default: false,
    doc: 'Serve the search-log route POST /api/v1/search-logs on the engine\'s service listener (engine.servicePort, with the pool routes; needs flushing). Off: not served. Replaces indexers.ingestPort.' },
  { path: 'indexers.ingestMaxBodyBytes', env: 'SWARMGATE_SEARCHLOG_MAX_BODY_BYTES', schema: positiveInt.max(64 * 1024 * 1024), default: 1024 * 1024,
    doc: 'Largest search-log request body accepted (bytes); a larger one is refused with 413 before it is read further.' },
  { path: 'indexers.ingestMaxBatchRows', env: 'SWARMGATE_SEARCHLOG_MAX_BATCH_ROWS', schema: positiveInt.max(100_000), default: 1000,
    doc: 'Searches one report (HTTP batch or gRPC stream) may carry.' },
  { path: 'indexers.ingestMaxPendingRows', env: 'SWARMGATE_SEARCHLOG_MAX_PENDING_ROWS', schema: positiveInt, default: 500_000,
    doc: 'Accepted searches the engine holds while PostgreSQL is unreachable; beyond it reports get 503 and are retried by the reporter.' },

  // --- bonus economy -------------------------------------------------------------------------
  { path: 'bonus.accrualPeriodMinutes', env: 'SWARMGATE_BONUS_ACCRUAL_PERIOD_MINUTES', schema: positiveInt.max(1440).refine((m) => 1440 % m === 0, 'must divide a day (1440 minutes)'), default: 60,
    doc: 'Length of one bonus accrual period, aligned to UTC midnight; each period is credited once.' },
  { path: 'bonus.tokenHours', env: 'SWARMGATE_BONUS_TOKEN_HOURS', schema: positiveInt.min(24).max(72), default: 24,
    doc: 'Hours an activated freeleech token lasts (24 to 72) unless the download completes first.' },

  // --- control plane -------------------------------------------------------------------------
  { path: 'control.host', env: 'SWARMGATE_CONTROL_HOST', schema: z.string().min(1), default: '127.0.0.1',
    doc: 'Address the gRPC control plane binds.' },
  { path: 'control.port', env: 'SWARMGATE_CONTROL_PORT', schema: port, default: 50051,
    doc: 'Port of the gRPC control plane.' },
  { path: 'control.tlsCertFile', env: 'SWARMGATE_CONTROL_TLS_CERT', schema: z.string().optional(),
    doc: 'PEM certificate for TLS on the control plane (with tlsKeyFile). Unset: plaintext.' },
  { path: 'control.tlsKeyFile', env: 'SWARMGATE_CONTROL_TLS_KEY', schema: z.string().optional(), secret: true,
    doc: 'PEM private key for TLS on the control plane.' },
  { path: 'control.maxCallSeconds', env: 'SWARMGATE_CONTROL_MAX_CALL_SECONDS', schema: positiveInt.max(3600), default: 30,
    doc: 'Longest a control-plane call may run (a shorter client deadline wins); then DEADLINE_EXCEEDED.' },
  { path: 'control.sessionTtlHours', env: 'SWARMGATE_CONTROL_SESSION_TTL_HOURS', schema: positiveInt.max(24 * 365), default: 168,
    doc: 'Hours a login session token stays valid.' },
  { path: 'control.metricsPort', env: 'SWARMGATE_CONTROL_METRICS_PORT', schema: port.optional(),
    doc: 'Port (on control.host) serving the control plane\'s Prometheus /metrics. Unset: not served.' },
  { path: 'control.pageTokenSecret', env: 'SWARMGATE_CONTROL_PAGE_TOKEN_SECRET', schema: z.string().min(16).optional(), secret: true,
    doc: 'Secret (16+ characters) the HMAC key of list page tokens is derived from (HKDF-SHA256); give every control node the same. ' +
      'Unset: a random key is generated once and kept in <dataDir>/control-page-token.key (mode 0600).' },

  // --- background jobs (control/jobs/runtime.ts; docs/jobs.md) --------------------------------
  { path: 'jobs.enabled', env: 'SWARMGATE_JOBS_ENABLED', schema: bool, default: true,
    doc: 'Run the background job scheduler in this process (`start` and `control`). Off: jobs run only when RunJob asks for them.' },
  { path: 'jobs.schedules', env: 'SWARMGATE_JOB_SCHEDULES', schema: namedValues(z.string().min(1)), default: {},
    doc: 'Per-job schedule overrides: a JSON object or "name=schedule" pairs separated by ";", e.g. "partitions=every 6h;sessions=off". A schedule is "every 30s|5m|1h|1d", a five-field UTC cron expression ("0 3 * * *") or "off". An unknown job name is a configuration error.' },
  { path: 'jobs.lockTtlSeconds', env: 'SWARMGATE_JOBS_LOCK_TTL_SECONDS', schema: positiveInt.max(3600), default: 60,
    doc: 'Lifetime of a job\'s run-once lock; the running node renews it every third of this. A crashed node\'s jobs are taken over by another node after at most this long.' },
  { path: 'jobs.partitionMonthsAhead', env: 'SWARMGATE_PARTITION_MONTHS_AHEAD', schema: positiveInt.max(120), default: 3,
    doc: 'The partitions job keeps monthly partitions of every time-series table created for this many months after the current one.' },
  { path: 'jobs.retentionMonths', env: 'SWARMGATE_RETENTION_MONTHS',
    schema: namedValues(z.union([z.literal('keep'), z.coerce.number().int().min(1).max(1200)])), default: {},
    doc: 'Months of monthly partitions the retention job keeps per table, overriding the defaults in partitioned_tables (announces 12, peer_history 3, audit_logs 24, torbox_concurrency_log 12, torbox_usage_logs 6, prowlarr_search_logs 6): a JSON object or "table=months" pairs separated by ";"; "keep" keeps a table whole.' },
];

export interface Config {
  databaseUrl?: string;
  dataDir: string;
  embeddedPostgres: { port: number };
  database: DatabaseTimeouts;
  redisUrl?: string;
  publicUrl?: string;
  logLevel: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';
  logFormat: 'auto' | 'json' | 'pretty';
  engine: {
    host: string;
    port: number;
    workers: number;
    allowSlowUws: boolean;
    announceInterval: number;
    announceJitter: number;
    minInterval: number;
    pendingRetryMinutes: number;
    numwantDefault: number;
    numwantMax: number;
    allowDictionaryPeers: boolean;
    peerTimeout: number;
    maxPeersPerUserPerTorrent: number;
    opsHost: string;
    opsPort: number;
    serviceHost: string;
    servicePort: number;
    http10Port?: number;
    healthDegradedStatus: 200 | 503;
    unknownPasskeyLimit: number;
    trustedProxies: string[];
    blacklistedPorts: string[];
  };
  flush: {
    intervalMs: number;
    drainIntervalMs: number;
    batchPeers: number;
    maxPendingKeys: number;
    announceLog: boolean;
    maxPendingAnnounces: number;
    peerHistorySeconds: number;
    writeTimeoutMs: number;
    shutdownDeadlineMs: number;
    lagWarnSeconds: number;
  };
  pool: {
    masterKey?: string;
    degradedAfterFailures: number;
    failingAfterFailures: number;
    onAnnouncePort: boolean;
    leaseTtlSeconds: number;
    flushIntervalMs: number;
    upstreamBaseUrl: string;
    probePath: string;
    probeTimeoutMs: number;
    slotIdleDays: number;
  };
  indexers: {
    prowlarrUrl?: string;
    prowlarrApiKey?: string;
    prowlarrInstanceId: number;
    prowlarrTimeoutMs: number;
    responseWarningMs: number;
    responseCriticalMs: number;
    successWarningPercent: number;
    successDisablePercent: number;
    healthMinSearches: number;
    ingestEnabled: boolean;
    ingestMaxBodyBytes: number;
    ingestMaxBatchRows: number;
    ingestMaxPendingRows: number;
  };
  bonus: {
    accrualPeriodMinutes: number;
    tokenHours: number;
  };
  control: {
    host: string;
    port: number;
    tlsCertFile?: string;
    tlsKeyFile?: string;
    maxCallSeconds: number;
    sessionTtlHours: number;
    metricsPort?: number;
    pageTokenSecret?: string;
  };
  jobs: {
    enabled: boolean;
    /** Job name -> schedule text or "off" (validated against the job catalog by the job runtime). */
    schedules: Record<string, string>;
    lockTtlSeconds: number;
    partitionMonthsAhead: number;
    /** Table name -> months kept, or "keep". */
    retentionMonths: Record<string, number | 'keep'>;
  };
}

/** Bounds on every database wait (core/db.ts applies them to each pool). */
export interface DatabaseTimeouts {
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
  keepAliveIdleMs: number;
}

/** The database timeouts' defaults, for pools made without a loaded config (tools, tests). */
export function defaultDatabaseTimeouts(): DatabaseTimeouts {
  const value = (key: keyof DatabaseTimeouts) => SETTINGS.find((s) => s.path === `database.${key}`)!.default as number;
  return {
    connectTimeoutMs: value('connectTimeoutMs'),
    statementTimeoutMs: value('statementTimeoutMs'),
    idleInTransactionTimeoutMs: value('idleInTransactionTimeoutMs'),
    keepAliveIdleMs: value('keepAliveIdleMs'),
  };
}

/**
 * Settings that moved: setting one (environment or file) is a configuration error naming its
 * replacement, so an upgraded engine never silently listens elsewhere than the operator asked.
 */
export const MOVED_SETTINGS: readonly { path: string; env: string; now: string }[] = [
  { path: 'pool.host', env: 'SWARMGATE_POOL_HOST', now: 'engine.serviceHost (SWARMGATE_SERVICE_HOST)' },
  { path: 'pool.port', env: 'SWARMGATE_POOL_PORT', now: 'engine.servicePort (SWARMGATE_SERVICE_PORT)' },
  { path: 'indexers.ingestPort', env: 'SWARMGATE_SEARCHLOG_PORT', now: 'engine.servicePort (SWARMGATE_SERVICE_PORT), shared with the pool routes; turn the route on with indexers.ingestEnabled (SWARMGATE_SEARCHLOG_ENABLED=true)' },
];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur = obj;
  for (const part of parts.slice(0, -1)) {
    cur = (cur[part] ??= {}) as Record<string, unknown>;
  }
  cur[parts.at(-1)!] = value;
}

function readConfigFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`Cannot read config file ${file}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`Config file ${file} is not valid JSON: ${(err as Error).message}`);
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  return issue.message;
}

/**
 * Build the effective configuration. `env` defaults to process.env; `file` defaults to
 * `env.SWARMGATE_CONFIG`. Throws ConfigError listing every bad value.
 */
export function loadConfig(options: { env?: NodeJS.ProcessEnv; file?: string } = {}): Config {
  const env = options.env ?? process.env;
  const file = options.file ?? env.SWARMGATE_CONFIG;
  const fromFile = file ? readConfigFile(file) : {};

  const known = new Set(SETTINGS.map((s) => s.path));
  const moved = new Set(MOVED_SETTINGS.map((m) => m.path));
  const unknownKeys = listLeafPaths(fromFile, known).filter((p) => !known.has(p) && !moved.has(p));
  const problems: string[] = unknownKeys.map((p) => `${p} (in ${file}): unknown setting`);
  for (const m of MOVED_SETTINGS) {
    const source = env[m.env] !== undefined && env[m.env] !== '' ? m.env : getPath(fromFile, m.path) !== undefined ? `in ${file}` : null;
    if (source) problems.push(`${m.path} (${source}): this setting moved to ${m.now}; the service listener serves the pool routes and the search-log route on one port`);
  }

  const config: Record<string, unknown> = {};
  for (const setting of SETTINGS) {
    const envValue = env[setting.env];
    const source = envValue !== undefined && envValue !== '' ? `${setting.env}` : file ? `${file}` : 'default';
    const raw = envValue !== undefined && envValue !== '' ? envValue : getPath(fromFile, setting.path) ?? setting.default;
    const parsed = setting.schema.safeParse(raw);
    if (parsed.success) {
      setPath(config, setting.path, parsed.data);
    } else {
      const shown = setting.secret ? '<redacted>' : JSON.stringify(raw);
      problems.push(`${setting.path} (${source}) = ${shown}: ${parsed.error.issues.map(describeIssue).join('; ')}`);
    }
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const result = config as unknown as Config;
  if (Boolean(result.control.tlsCertFile) !== Boolean(result.control.tlsKeyFile)) {
    throw new ConfigError('Invalid configuration:\n  control.tlsCertFile and control.tlsKeyFile must be set together');
  }
  return result;
}

function listLeafPaths(obj: unknown, known: ReadonlySet<string>, prefix = ''): string[] {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return prefix ? [prefix] : [];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    // embeddedPostgres, database, engine and control are groups; their members are the settings. A
    // setting whose value is itself an object (jobs.schedules) is a leaf.
    return v !== null && typeof v === 'object' && !Array.isArray(v) && !known.has(path) ? listLeafPaths(v, known, path) : [path];
  });
}

/** The configuration as `swarmgate config` prints it: secrets replaced, each with its variable. */
export function describeConfig(config: Config): { path: string; env: string; value: unknown; doc: string }[] {
  return SETTINGS.map((s) => {
    const value = getPath(config, s.path);
    return { path: s.path, env: s.env, value: s.secret && value !== undefined ? redact(value) : value, doc: s.doc };
  });
}

function redact(value: unknown): string {
  if (typeof value === 'string') {
    // Keep a URL's shape (scheme, host, database) so operators can see where it points.
    try {
      const u = new URL(value);
      if (u.password) u.password = '***';
      return u.toString();
    } catch {
      return '***';
    }
  }
  return '***';
}
