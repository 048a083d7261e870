/** What the scale, flush and control-plane runs report (the side-by-side rows are Measurements). */
import type { Measurement } from '../suite/measurement.js';
import type { CpuUse } from '../support/cpu-window.js';
import type { EnginePhase } from '../targets/engine-log.js';
import type { PlainCopy } from './plain-copy.js';
import type { TargetName } from '../targets/target.js';
import type { ThreadMemory } from './thread-memory.js';

export interface Skipped {
  skipped: string;
}

export interface MemoryResult {
  target: TargetName;
  /** Peers the run aimed for. */
  size: number;
  /** Peers the tracker reported holding after the fill. */
  peers: number | null;
  fillSeconds: number;
  fillAnnouncesPerSecond: number;
  fillPeersPerSecond: number;
  /** Fill requests that failed (timeouts: answers slower than 10 s). */
  fillErrors: number;
  rssBeforeBytes: number;
  rssAfterBytes: number;
  /** (RSS after - RSS before) / peers: everything the peers cost the process. */
  bytesPerPeerRss: number | null;
  /** Swarmgate: swarmgate_peer_store_bytes / swarmgate_peers (the slab and its index only). */
  bytesPerPeerStore?: number | null;
  /** Swarmgate: measured again once its flusher had written the fill (seconds waited; null if it never caught up). */
  afterFlush?: { seconds: number | null; rssBytes: number; bytesPerPeerRss: number | null };
  /** Swarmgate: each thread's memory (swarmgate_thread_memory_bytes) before and after the fill, and once the flush caught up. */
  threadsBefore?: Record<string, ThreadMemory> | undefined;
  threadsAfterFill?: Record<string, ThreadMemory>;
  threadsAfterFlush?: Record<string, ThreadMemory>;
  skipped?: string;
}

export interface LatencyResult {
  peers: number | null;
  /** As many announces as the machine serves (closed loop, the side-by-side connections). */
  saturation: Measurement;
  /** A fixed offered rate, latencies corrected for coordinated omission. */
  fixedRate: Measurement & { offeredRate: number };
}

export interface RestartResult {
  peersInTable: number;
  seedSeconds: number;
  /** engine/catalog-loader.ts loadPeers alone (query and records), run in the bench process: a floor for any restart. */
  loadPeersMs: number;
  /** How long the bench waits for /healthz before calling the start failed. */
  timeoutMs: number;
  /** Set when the engine did not serve: it did not answer within `timeoutMs`, or it exited. */
  failure?: { reason: 'timeout' | 'exited'; waitedMs: number; message: string; logPath: string };
  /** Start-up phases the engine logged (its own `ms` figures, and when they were logged after the spawn), also when it failed. */
  phases: EnginePhase[];
  /** Spawning `swarmgate engine` until /healthz answers (it answers once peers are loaded); null if it never did. */
  serveMs: number | null;
  /** The engine's own load figure (catalog and peers), from its "engine listening" log line. */
  engineLoadMs: number | null;
  /** Spawn until a restored peer's re-announce is answered with peers; null if it never was. */
  firstAnnounceMs: number | null;
  peersLoaded: number | null;
  rssBytes: number | null;
}

export interface FlushResult {
  intervalMs: number;
  seconds: number;
  /** Announces of new peers per second while measuring (each one a peer row to upsert). */
  announcesPerSecond: number;
  /**
   * Peer rows written per second while serving, from the first to the last batch committed during
   * the load (the rows counter only moves when a batch commits). Null with fewer than two commits
   * during the load: the flusher did not keep a cycle going while serving, or the load was too short.
   */
  peerRowsPerSecondWhileServing: number | null;
  /** Batches committed while the load ran. */
  commitsWhileServing: number;
  /** Peer rows the counter shows written between the start and the end of the load. */
  peerRowsWrittenWhileServing: number;
  /** The same over the whole load (it includes the first interval, in which nothing can be written). */
  peerRowsPerSecondOverLoad: number;
  /** Peer rows written per second from the start of the load until the flusher caught up (or gave up waiting). */
  peerRowsPerSecondUntilCaughtUp: number;
  /** Peer rows written per second the flusher spent writing (its capacity). */
  peerRowsPerFlushSecond: number | null;
  /** The same peer rows COPY'd by PostgreSQL into an unindexed table after the run: the limit a flush approaches. */
  plainCopy: PlainCopy;
  flushes: number;
  flushFailures: number;
  /** Largest swarmgate_flush_lag_seconds seen (age of the oldest drained, unwritten delta). */
  maxMetricLagSeconds: number;
  /** End to end: a probe peer's announce until its row shows the new figure in PostgreSQL. */
  probeLagSeconds: { samples: number; refused: number; p50: number; max: number };
  /** Whether everything was written (nothing pending, last probe seen) before the drain deadline. */
  caughtUp: boolean;
  /** After the load stopped: until every peer was written (or the deadline). */
  drainSeconds: number;
  /**
   * The rows counter checked against the table at the end: `rows` = SELECT count(*) FROM peers,
   * `rowsCounted` = swarmgate_flush_rows_total{table="peers"} over the run (upserts: the probe peer
   * counts once per batch it changed in).
   */
  peersTable: { rows: number; rowsCounted: number; consistent: boolean };
  /** Engine CPU (announces and its flusher) per announce. */
  serverCpuMicrosPerAnnounce: number;
  /** Who used the CPU over the load (PostgreSQL's share is the flusher's writes). */
  cpu: CpuUse & { loadCpuSeconds: number | null };
  /** Other processes used more than a tenth of a core during the load. */
  disturbed: boolean;
}

/** One side of the pool run: the load process's figures and the cap violations the log shows afterwards. */
export interface PoolModeResult {
  seconds: number;
  operations: number;
  operationsPerSecond: number;
  started: number;
  refused: number;
  errors: number;
  firstError: string | null;
  latencyMs: { p50: number; p99: number; max: number };
  /** Starts that lifted a key's live sessions above its cap (from torbox_concurrency_log). */
  violations: number;
  /** Most sessions live at once on one key. */
  peakStreams: number;
  sessionsLogged: number;
  /**
   * Who used the CPU over the window (server: the engine process, or nobody for the SQL ways; database:
   * every postgres process on the machine), per operation answered, and whether other processes
   * disturbed the window. On a busy shared machine the CPU per operation is the steadier figure.
   */
  cpu: CpuUse & { serverMicrosPerOperation: number; databaseMicrosPerOperation: number; disturbed: boolean };
}

export interface PoolResult {
  keys: number;
  cap: number;
  users: number;
  concurrency: number;
  heartbeats: number;
  seconds: number;
  engine: PoolModeResult;
  /** The pool document's count(*) then INSERT, as written. */
  sqlUnlocked: PoolModeResult;
  /** The same under SELECT ... FOR UPDATE on the key's row. */
  sqlLocked: PoolModeResult;
  /** Engine operations/s over the locked SQL way's. */
  speedupOverLocked: number | null;
}

export interface CallStats {
  /** Calls answered without error in the measured window. */
  calls: number;
  seconds: number;
  callsPerSecond: number;
  /** Answered calls only, from the load process (closed loop: `concurrency` calls in flight). */
  latencyMs: { p50: number; p99: number; max: number };
  errors: number;
  concurrency: number;
}

export interface Argon2Parameters {
  algorithm: string;
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/** bench/runs/searchlog-run.ts: search reports into the engine, written by its flusher. */
export interface SearchLogResult {
  seconds: number;
  rowsAccepted: number;
  rowsPerSecond: number;
  /** Reports answered other than 202 (backlog full, errors). */
  refusedReports: number;
  /** Rows in prowlarr_search_logs after the drain (equals rowsAccepted when nothing was lost or doubled). */
  rowsWritten: number;
  batchRows: number;
  reporters: number;
  requestLatencyMs: { p50: number; p99: number };
  /** From a probe report's 202 to its batch id in PostgreSQL. */
  flushLagMs: { probes: number; p50: number; max: number };
  drainSeconds: number;
  flushIntervalMs: number;
}

export interface ControlResult {
  login: CallStats;
  getUser: CallStats;
  /** Server CPU (all threads, argon2's libuv pool included) over the window, per call made (answered or failed). */
  serverCpuMicrosPerCall: { login: number; getUser: number };
  /** Login verifies the password with these argon2 parameters: its rate is bound by them by design. */
  passwordHash: Argon2Parameters | null;
}

/** The bonus accrual pass at scale (bench/runs/bonus-run.ts). */
export interface BonusResult {
  /** Seeding (user, torrent) pairs, users and torrents seeded. */
  peers: number;
  users: number;
  torrents: number;
  seedSeconds: number;
  /** One accrual pass, BEGIN to COMMIT. */
  accrualSeconds: number;
  /** The same period again (finds it credited, does nothing). */
  repeatMs: number;
  usersCredited: number;
  pointsTotal: number;
  /** Seeding seconds the pass paid for. */
  seedSecondsPaid: number;
  marksWritten: number;
  /** Milliseconds per step of the pass (deltas, credits, ledger, marks). */
  stepMs: Record<string, number>;
}
