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
  { path: 'redisUrl', env: 'REDIS_URL', schema: url.optional(), secret: true,
    doc: 'Redis for the cross-node event bus and counters. Optional on a single node.' },

  // --- logging -------------------------------------------------------------------------------
  { path: 'logLevel', env: 'SWARMGATE_LOG_LEVEL', schema: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']),
    default: 'info', doc: 'pino log level.' },

  // --- engine (data plane) -------------------------------------------------------------------
  { path: 'engine.host', env: 'SWARMGATE_ENGINE_HOST', schema: z.string().min(1), default: '0.0.0.0',
    doc: 'Address the announce/scrape HTTP server binds.' },
  { path: 'engine.port', env: 'SWARMGATE_ENGINE_PORT', schema: port, default: 6969,
    doc: 'Port of the announce/scrape HTTP server (all workers share it via SO_REUSEPORT).' },
  { path: 'engine.workers', env: 'SWARMGATE_ENGINE_WORKERS', schema: positiveInt.max(256), default: availableParallelism(),
    doc: 'Engine worker threads; swarms are partitioned across them by info_hash.' },
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
  { path: 'engine.trustedProxies', env: 'SWARMGATE_TRUSTED_PROXIES', schema: csv, default: [],
    doc: 'Comma-separated proxy addresses whose X-Forwarded-For / X-Real-IP is believed.' },
  { path: 'engine.blacklistedPorts', env: 'SWARMGATE_BLACKLISTED_PORTS', schema: csv, default: ['25', '411-413', '6881-6889', '1214', '4662', '6346-6347', '6699'],
    doc: 'Ports or ranges (a-b) that peers may not announce (well-known ports of abusive or legacy P2P clients).' },

  // --- flush pipeline (engine -> PostgreSQL) -------------------------------------------------
  { path: 'flush.intervalMs', env: 'SWARMGATE_FLUSH_INTERVAL_MS', schema: positiveInt.min(100).max(600_000), default: 5000,
    doc: 'Milliseconds between flushes of what the engine counted to PostgreSQL (at most this much is lost on a crash).' },
  { path: 'flush.batchPeers', env: 'SWARMGATE_FLUSH_BATCH_PEERS', schema: positiveInt, default: 200_000,
    doc: 'A worker with this many changed peers asks for a flush before the interval ends.' },
  { path: 'flush.maxPendingKeys', env: 'SWARMGATE_FLUSH_MAX_PENDING_KEYS', schema: positiveInt, default: 5_000_000,
    doc: 'Distinct rows (peers, users, torrents) held while PostgreSQL is unreachable; at the cap the flusher stops draining and workers keep merging in their journals.' },
  { path: 'flush.announceLog', env: 'SWARMGATE_FLUSH_ANNOUNCE_LOG', schema: bool, default: true,
    doc: 'Write a row per counted announce to the partitioned `announces` table.' },
  { path: 'flush.maxPendingAnnounces', env: 'SWARMGATE_FLUSH_MAX_PENDING_ANNOUNCES', schema: positiveInt, default: 2_000_000,
    doc: 'Announce-log rows held while PostgreSQL is unreachable; beyond it the oldest log rows are dropped (never accounting).' },
  { path: 'flush.peerHistorySeconds', env: 'SWARMGATE_FLUSH_PEER_HISTORY_SECONDS', schema: nonNegativeInt, default: 3600,
    doc: 'Seconds between peer_history snapshots of the peers that changed; 0 turns them off.' },

  // --- debrid key pool -----------------------------------------------------------------------
  { path: 'pool.masterKey', env: 'SWARMGATE_POOL_MASTER_KEY', schema: z.string().optional(), secret: true,
    doc: 'Master key (32 bytes, base64 or hex; make one with `openssl rand -base64 32`) that encrypts debrid API keys at rest. Unset: the pool is off.' },
  { path: 'pool.degradedAfterFailures', env: 'SWARMGATE_POOL_DEGRADED_AFTER', schema: positiveInt, default: 3,
    doc: 'Consecutive failed upstream calls after which a pool key is marked degraded.' },
  { path: 'pool.failingAfterFailures', env: 'SWARMGATE_POOL_FAILING_AFTER', schema: positiveInt, default: 6,
    doc: 'Consecutive failed upstream calls after which a pool key is marked failing (a 401/403 marks it at once).' },
  { path: 'pool.host', env: 'SWARMGATE_POOL_HOST', schema: z.string().min(1), default: '127.0.0.1',
    doc: 'Address of the engine\'s pool listener (stream leases; its answers carry debrid API keys, so loopback by default).' },
  { path: 'pool.port', env: 'SWARMGATE_POOL_PORT', schema: port, default: 6971,
    doc: 'Port of the engine\'s pool listener (all workers share it via SO_REUSEPORT).' },
  { path: 'pool.onAnnouncePort', env: 'SWARMGATE_POOL_ON_ANNOUNCE_PORT', schema: bool, default: false,
    doc: 'Also serve the pool routes on the public announce port (off: only the pool listener serves them).' },
  { path: 'pool.leaseTtlSeconds', env: 'SWARMGATE_POOL_LEASE_TTL', schema: positiveInt.max(86_400), default: 90,
    doc: 'Seconds a stream lease lives without a heartbeat; then its stream is freed (end_reason expired).' },
  { path: 'pool.flushIntervalMs', env: 'SWARMGATE_POOL_FLUSH_INTERVAL_MS', schema: positiveInt.min(50).max(600_000), default: 1000,
    doc: 'Milliseconds between writes of stream sessions, usage reports, slots and key state to PostgreSQL (live streams show this soon).' },

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
];

export interface Config {
  databaseUrl?: string;
  dataDir: string;
  embeddedPostgres: { port: number };
  redisUrl?: string;
  logLevel: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';
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
    trustedProxies: string[];
    blacklistedPorts: string[];
  };
  flush: {
    intervalMs: number;
    batchPeers: number;
    maxPendingKeys: number;
    announceLog: boolean;
    maxPendingAnnounces: number;
    peerHistorySeconds: number;
  };
  pool: {
    masterKey?: string;
    degradedAfterFailures: number;
    failingAfterFailures: number;
    host: string;
    port: number;
    onAnnouncePort: boolean;
    leaseTtlSeconds: number;
    flushIntervalMs: number;
  };
  control: {
    host: string;
    port: number;
    tlsCertFile?: string;
    tlsKeyFile?: string;
    maxCallSeconds: number;
    sessionTtlHours: number;
    metricsPort?: number;
  };
}

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
  const unknownKeys = listLeafPaths(fromFile).filter((p) => !known.has(p));
  const problems: string[] = unknownKeys.map((p) => `${p} (in ${file}): unknown setting`);

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

function listLeafPaths(obj: unknown, prefix = ''): string[] {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return prefix ? [prefix] : [];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    // embeddedPostgres, engine and control are groups; their members are the settings.
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? listLeafPaths(v, path) : [path];
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
