/**
 * Engine metrics without messaging: each worker writes its own row of a shared Float64Array (one
 * writer per row, so no atomics are needed) and any worker renders /metrics summed over all rows,
 * through prom-client collectors that read the shared rows at scrape time.
 */
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import { OUTCOME_COUNT, OUTCOME_LABELS, type Outcome } from './outcomes.js';

// Row layout: announces by outcome, then the fields below.
const SCRAPES = OUTCOME_COUNT;
const SWARMS = OUTCOME_COUNT + 1;
const PEERS = OUTCOME_COUNT + 2;
const SEEDERS = OUTCOME_COUNT + 3;
const LEECHERS = OUTCOME_COUNT + 4;
const FORWARDED = OUTCOME_COUNT + 5;
const REQUESTS = OUTCOME_COUNT + 6;
const PEER_BYTES = OUTCOME_COUNT + 7;
const REFUSALS_STARTED = OUTCOME_COUNT + 8;
const REFUSALS_OVER_BOUND = OUTCOME_COUNT + 9;
const REFUSED_UP_BYTES = OUTCOME_COUNT + 10;
const REFUSED_DOWN_BYTES = OUTCOME_COUNT + 11;
const UNKNOWN_PASSKEYS = OUTCOME_COUNT + 12;
const GUESSES_REFUSED = OUTCOME_COUNT + 13;
const GUESSING_ADDRESSES = OUTCOME_COUNT + 14;
// The worker's own process.memoryUsage() (its isolate's heap, external and array-buffer memory).
const MEMORY = OUTCOME_COUNT + 15;
const ROW = MEMORY + 4;

/** The kinds of swarmgate_thread_memory_bytes, in row order from MEMORY. */
const MEMORY_KINDS = ['heap_total', 'heap_used', 'external', 'array_buffers'] as const;

function memoryFields(m: NodeJS.MemoryUsage): [number, number, number, number] {
  return [m.heapTotal, m.heapUsed, m.external, m.arrayBuffers];
}

// The flusher's figures (written by the supervisor) follow the worker rows.
const FLUSHES = 0;
const FLUSH_FAILURES = 1;
const FLUSH_SECONDS = 2;
const FLUSH_LAST_SECONDS = 3;
const ROWS_PEERS = 4;
const ROWS_USERS = 5;
const ROWS_HISTORY = 6;
const ROWS_TORRENTS = 7;
const ROWS_SNATCHES = 8;
const PENDING_KEYS = 9;
const OLDEST_UNWRITTEN_AT = 10; // epoch ms, 0 = nothing unwritten
const ROWS_ANNOUNCES = 11;
const DROPPED_ANNOUNCES = 12;
const QUARANTINED_ROWS = 13;
const LAG_WARN_SECONDS = 14;
const FLUSH_FIELDS = 15;

export function createMetricsBuffer(workers: number): SharedArrayBuffer {
  return new SharedArrayBuffer((workers * ROW + FLUSH_FIELDS) * 8);
}

/** The flusher's writer side (supervisor thread only). */
export class FlushMetrics {
  private readonly row: Float64Array;

  constructor(buffer: SharedArrayBuffer, workers: number) {
    this.row = new Float64Array(buffer, workers * ROW * 8, FLUSH_FIELDS);
  }

  flushed(seconds: number, peers: number, users: number, history: number, torrents: number, snatches: number, announces: number): void {
    const r = this.row;
    r[FLUSHES]!++;
    r[FLUSH_SECONDS]! += seconds;
    r[FLUSH_LAST_SECONDS] = seconds;
    r[ROWS_PEERS]! += peers;
    r[ROWS_USERS]! += users;
    r[ROWS_HISTORY]! += history;
    r[ROWS_TORRENTS]! += torrents;
    r[ROWS_SNATCHES]! += snatches;
    r[ROWS_ANNOUNCES]! += announces;
  }

  droppedAnnounces(count: number): void {
    this.row[DROPPED_ANNOUNCES]! += count;
  }

  failed(): void {
    this.row[FLUSH_FAILURES]!++;
  }

  /**
   * What is waiting, and since when (epoch ms of the oldest unwritten delta, 0 when none). The lag is
   * computed from it when it is read, so /metrics and /healthz are current at every scrape, also in
   * the middle of a long write.
   */
  setBacklog(pendingKeys: number, oldestUnwrittenAt: number): void {
    this.row[PENDING_KEYS] = pendingKeys;
    this.row[OLDEST_UNWRITTEN_AT] = oldestUnwrittenAt;
  }

  quarantined(rows: number): void {
    this.row[QUARANTINED_ROWS]! += rows;
  }

  /** Past this lag /healthz reports degraded (flush.lagWarnSeconds). */
  setLagWarnSeconds(seconds: number): void {
    this.row[LAG_WARN_SECONDS] = seconds;
  }
}

/** The flush lag now, from the flusher's fields starting at `values[base]` (any thread). */
function flushLagNow(values: Float64Array, base: number): { degraded: boolean; lagSeconds: number } {
  const oldest = values[base + OLDEST_UNWRITTEN_AT]!;
  const lagSeconds = oldest > 0 ? Math.max(0, (Date.now() - oldest) / 1000) : 0;
  return { degraded: lagSeconds > values[base + LAG_WARN_SECONDS]!, lagSeconds };
}

/** What /healthz reports, read from the flusher's row (any thread). */
export function readHealth(buffer: SharedArrayBuffer, workers: number): { degraded: boolean; lagSeconds: number } {
  return flushLagNow(new Float64Array(buffer), workers * ROW);
}

/** The writer side: one worker's row. */
export class WorkerMetrics {
  private readonly row: Float64Array;

  constructor(buffer: SharedArrayBuffer, workerIndex: number) {
    this.row = new Float64Array(buffer, workerIndex * ROW * 8, ROW);
  }

  announce(outcome: Outcome): void {
    this.row[outcome]!++;
  }

  scrape(): void {
    this.row[SCRAPES]!++;
  }

  request(): void {
    this.row[REQUESTS]!++;
  }

  forwarded(): void {
    this.row[FORWARDED]!++;
  }

  /** Credit refused on a first announce (`started` with transfer, or over the bound). */
  creditRefused(started: boolean, upBytes: number, downBytes: number): void {
    this.row[started ? REFUSALS_STARTED : REFUSALS_OVER_BOUND]!++;
    this.row[REFUSED_UP_BYTES]! += upBytes;
    this.row[REFUSED_DOWN_BYTES]! += downBytes;
  }

  /** An unknown passkey was presented; `refused`: its address was past the limit and got the short answer. */
  unknownPasskey(refused: boolean): void {
    this.row[UNKNOWN_PASSKEYS]!++;
    if (refused) this.row[GUESSES_REFUSED]!++;
  }

  setGuessingAddresses(count: number): void {
    this.row[GUESSING_ADDRESSES] = count;
  }

  /** This thread's process.memoryUsage() (rss is the whole process's: it is left to the default metrics). */
  setMemory(usage: NodeJS.MemoryUsage): void {
    const fields = memoryFields(usage);
    for (let k = 0; k < fields.length; k++) this.row[MEMORY + k] = fields[k]!;
  }

  setGauges(swarms: number, peers: number, seeders: number, leechers: number, peerBytes: number): void {
    this.row[SWARMS] = swarms;
    this.row[PEERS] = peers;
    this.row[SEEDERS] = seeders;
    this.row[LEECHERS] = leechers;
    this.row[PEER_BYTES] = peerBytes;
  }
}

/** The reader side: a prom-client registry whose values are the sums over all workers' rows. */
export function createMetricsRegistry(buffer: SharedArrayBuffer, workers: number): Registry {
  const all = new Float64Array(buffer);
  const sum = (field: number) => {
    let total = 0;
    for (let w = 0; w < workers; w++) total += all[w * ROW + field]!;
    return total;
  };
  const registry = new Registry();
  new Counter({
    name: 'swarmgate_announces_total',
    help: 'Announces answered, by outcome',
    labelNames: ['outcome'],
    registers: [registry],
    collect() {
      this.reset();
      for (let o = 0; o < OUTCOME_COUNT; o++) this.inc({ outcome: OUTCOME_LABELS[o] }, sum(o));
    },
  });
  const gauge = (name: string, help: string, field: number) =>
    new Gauge({ name, help, registers: [registry], collect() { this.set(sum(field)); } });
  new Counter({ name: 'swarmgate_scrapes_total', help: 'Scrape requests answered', registers: [registry],
    collect() { this.reset(); this.inc(sum(SCRAPES)); } });
  new Counter({ name: 'swarmgate_requests_total', help: 'HTTP requests received', registers: [registry],
    collect() { this.reset(); this.inc(sum(REQUESTS)); } });
  new Counter({ name: 'swarmgate_forwarded_total', help: 'Announces handed to the worker owning the swarm', registers: [registry],
    collect() { this.reset(); this.inc(sum(FORWARDED)); } });
  new Counter({
    name: 'swarmgate_credit_refusals_total',
    help: 'First announces whose reported transfer was not credited (table credit_refusals), by kind',
    labelNames: ['kind'],
    registers: [registry],
    collect() {
      this.reset();
      this.inc({ kind: 'started_with_transfer' }, sum(REFUSALS_STARTED));
      this.inc({ kind: 'first_announce_over_bound' }, sum(REFUSALS_OVER_BOUND));
    },
  });
  new Counter({
    name: 'swarmgate_credit_refused_bytes_total',
    help: 'Reported bytes not credited on first announces, by direction',
    labelNames: ['direction'],
    registers: [registry],
    collect() {
      this.reset();
      this.inc({ direction: 'up' }, sum(REFUSED_UP_BYTES));
      this.inc({ direction: 'down' }, sum(REFUSED_DOWN_BYTES));
    },
  });
  new Counter({ name: 'swarmgate_unknown_passkeys_total', help: 'Requests with a passkey no user holds (guessing shows here)', registers: [registry],
    collect() { this.reset(); this.inc(sum(UNKNOWN_PASSKEYS)); } });
  new Counter({ name: 'swarmgate_unknown_passkeys_refused_total', help: 'Unknown-passkey requests from addresses past the limit, answered short and closed', registers: [registry],
    collect() { this.reset(); this.inc(sum(GUESSES_REFUSED)); } });
  gauge('swarmgate_passkey_guessing_addresses', 'Addresses currently past the unknown-passkey limit', GUESSING_ADDRESSES);
  gauge('swarmgate_swarms', 'Swarms (registered torrents) in memory', SWARMS);
  gauge('swarmgate_peers', 'Peers in memory', PEERS);
  gauge('swarmgate_seeders', 'Seeding peers', SEEDERS);
  gauge('swarmgate_leechers', 'Leeching peers (including paused partial seeds)', LEECHERS);
  gauge('swarmgate_peer_store_bytes', 'Bytes held by the peer stores', PEER_BYTES);
  const flushBase = workers * ROW;
  const flushValue = (field: number) => all[flushBase + field]!;
  const flushCounter = (name: string, help: string, field: number) =>
    new Counter({ name, help, registers: [registry], collect() { this.reset(); this.inc(flushValue(field)); } });
  flushCounter('swarmgate_flushes_total', 'Flush batches written to PostgreSQL', FLUSHES);
  flushCounter('swarmgate_flush_failures_total', 'Flush attempts that failed (retried with backoff)', FLUSH_FAILURES);
  flushCounter('swarmgate_flush_duration_seconds_total', 'Time spent writing flush batches', FLUSH_SECONDS);
  new Gauge({ name: 'swarmgate_flush_last_duration_seconds', help: 'Duration of the last written flush batch', registers: [registry],
    collect() { this.set(flushValue(FLUSH_LAST_SECONDS)); } });
  new Counter({
    name: 'swarmgate_flush_rows_total',
    help: 'Rows written by the flusher, by table',
    labelNames: ['table'],
    registers: [registry],
    collect() {
      this.reset();
      this.inc({ table: 'peers' }, flushValue(ROWS_PEERS));
      this.inc({ table: 'user_statistics' }, flushValue(ROWS_USERS));
      this.inc({ table: 'user_torrent_history' }, flushValue(ROWS_HISTORY));
      this.inc({ table: 'torrents' }, flushValue(ROWS_TORRENTS));
      this.inc({ table: 'snatches' }, flushValue(ROWS_SNATCHES));
      this.inc({ table: 'announces' }, flushValue(ROWS_ANNOUNCES));
    },
  });
  flushCounter('swarmgate_flush_announces_dropped_total', 'Announce-log rows dropped at the backlog cap (history only)', DROPPED_ANNOUNCES);
  flushCounter('swarmgate_flush_quarantined_rows_total', 'Rows PostgreSQL refused (counter overflow), moved to flush_quarantine', QUARANTINED_ROWS);
  new Gauge({ name: 'swarmgate_flush_degraded', help: '1 while the flush lag is past flush.lagWarnSeconds (/healthz degraded)', registers: [registry],
    collect() { this.set(flushLagNow(all, flushBase).degraded ? 1 : 0); } });
  new Gauge({ name: 'swarmgate_flush_pending_keys', help: 'Distinct rows drained from the workers and not yet written', registers: [registry],
    collect() { this.set(flushValue(PENDING_KEYS)); } });
  new Gauge({ name: 'swarmgate_flush_lag_seconds', help: 'Age of the oldest delta not yet written, at the scrape (0 when caught up)', registers: [registry],
    collect() { this.set(flushLagNow(all, flushBase).lagSeconds); } });
  new Gauge({
    name: 'swarmgate_worker_requests',
    help: 'HTTP requests received per worker (load balance across workers)',
    labelNames: ['worker'],
    registers: [registry],
    collect() {
      for (let w = 0; w < workers; w++) this.set({ worker: String(w) }, all[w * ROW + REQUESTS]!);
    },
  });
  new Gauge({
    name: 'swarmgate_thread_memory_bytes',
    help: "Each thread's process.memoryUsage(): its V8 heap (total, used), external and array-buffer memory, by thread (supervisor, worker-N) and kind",
    labelNames: ['thread', 'kind'],
    registers: [registry],
    collect() {
      const own = memoryFields(process.memoryUsage());
      for (let k = 0; k < MEMORY_KINDS.length; k++) this.set({ thread: 'supervisor', kind: MEMORY_KINDS[k] }, own[k]!);
      for (let w = 0; w < workers; w++) {
        for (let k = 0; k < MEMORY_KINDS.length; k++) this.set({ thread: `worker-${w}`, kind: MEMORY_KINDS[k] }, all[w * ROW + MEMORY + k]!);
      }
    },
  });
  // process_resident_memory_bytes (RSS of the whole process, all threads), CPU, file descriptors, and
  // the supervisor's heap spaces, GC and event-loop lag (nodejs_*).
  collectDefaultMetrics({ register: registry });
  return registry;
}
