/**
 * The flush loop in the supervisor: every interval (or sooner when a worker's journal fills) drain the
 * workers, merge into the pending batch, seal it with a batch id, encode it for COPY in the encoder
 * thread, and write it in one transaction. A failed write keeps the sealed batch (same id) and retries
 * with backoff while new drains keep merging into the next pending batch; announces never wait.
 */
import { Piscina } from 'piscina';
import type { Config } from '../../core/config.js';
import type { Pool } from '../../core/db.js';
import type { Logger } from '../../core/log.js';
import type { FlushMetrics } from '../metrics.js';
import { writeBatch } from './batch-writer.js';
import type { EncodedBatch } from './copy-encoding.js';
import type { WorkerDrain } from './peer-journal.js';
import { PendingBatch, type SealedBatch } from './pending-batch.js';

export interface FlusherOptions {
  config: Config['flush'];
  pool: Pool;
  drain: () => Promise<WorkerDrain[]>;
  userIdOf: (index: number) => string | undefined;
  metrics: FlushMetrics;
  log: Logger;
}

const MIN_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 30_000;
/** How long the final flush at shutdown keeps retrying an unreachable database before giving up. */
const FINAL_FLUSH_DEADLINE_MS = 30_000;

export class Flusher {
  private readonly pending: PendingBatch;
  private sealed: SealedBatch | null = null;
  private failures = 0;
  private timer: NodeJS.Timeout | null = null;
  private cycle: Promise<void> = Promise.resolve();
  private stopped = false;
  private lastPeerHistoryAt = Date.now();
  private readonly encoder = new Piscina({
    filename: new URL('./encode-task-entry.mjs', import.meta.url).href,
    minThreads: 1,
    maxThreads: 1,
  });

  constructor(private readonly options: FlusherOptions) {
    this.pending = new PendingBatch(options.config.maxPendingAnnounces);
  }

  start(): void {
    this.schedule(this.options.config.intervalMs);
  }

  /** Flush soon (a worker's journal passed the batch threshold). */
  requestFlush(): void {
    if (this.stopped || this.failures > 0) return;
    this.schedule(0);
  }

  /** Run one cycle now (after any cycle in progress) and wait for it. */
  flushNow(): Promise<void> {
    this.cycle = this.cycle.then(() => this.runCycle());
    return this.cycle;
  }

  /** Final flush at shutdown: drain everything and keep trying to write it until the deadline. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.cycle;
    const deadline = Date.now() + FINAL_FLUSH_DEADLINE_MS;
    await this.flushNow();
    while ((this.sealed || !this.pending.isEmpty) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, Math.min(this.backoffMs(), Math.max(0, deadline - Date.now()))));
      await this.flushNow();
    }
    const left = (this.sealed ? 1 : 0) + (this.pending.isEmpty ? 0 : 1);
    if (left > 0) {
      this.options.log.error({ pendingKeys: this.pending.keys, sealed: Boolean(this.sealed) }, 'final flush failed: the unflushed deltas are lost');
    }
    await this.encoder.destroy();
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flushNow().finally(() => this.schedule(this.failures > 0 ? this.backoffMs() : this.options.config.intervalMs));
    }, delayMs);
  }

  private backoffMs(): number {
    return Math.min(MAX_BACKOFF_MS, MIN_BACKOFF_MS * 2 ** Math.min(this.failures, 10));
  }

  private async runCycle(): Promise<void> {
    const { config, log, metrics } = this.options;
    if (this.pending.keys < config.maxPendingKeys) {
      const drains = await this.options.drain();
      const now = Date.now();
      const droppedBefore = this.pending.droppedAnnounces;
      for (const drain of drains) this.pending.add(drain, this.options.userIdOf, now);
      if (this.pending.droppedAnnounces > droppedBefore) {
        metrics.droppedAnnounces(this.pending.droppedAnnounces - droppedBefore);
        log.error({ dropped: this.pending.droppedAnnounces - droppedBefore }, 'announce-log backlog at its cap: oldest log rows dropped');
      }
    } else {
      // At the cap the workers keep merging in their journals; nothing is dropped, memory grows only with new keys there.
      log.error({ pendingKeys: this.pending.keys, cap: config.maxPendingKeys }, 'flush backlog at its cap: no longer draining the workers');
    }
    if (this.pending.keys >= config.maxPendingKeys * 0.8) {
      log.warn({ pendingKeys: this.pending.keys, cap: config.maxPendingKeys }, 'flush backlog nearing its cap');
    }
    if (!this.sealed && !this.pending.isEmpty) {
      const snapshotDue = config.peerHistorySeconds > 0 && Date.now() - this.lastPeerHistoryAt >= config.peerHistorySeconds * 1000;
      this.sealed = this.pending.seal(snapshotDue);
      if (snapshotDue) this.lastPeerHistoryAt = Date.now();
    }
    metrics.setBacklog(this.pending.keys + (this.sealed ? sealedKeys(this.sealed) : 0), this.oldestAgeSeconds());
    if (!this.sealed) return;

    const batch = this.sealed;
    const started = performance.now();
    try {
      const encoded = (await this.encoder.run(batch)) as EncodedBatch;
      const outcome = await writeBatch(this.options.pool, batch, encoded);
      const seconds = (performance.now() - started) / 1000;
      this.sealed = null;
      if (this.failures > 0) log.info({ afterFailures: this.failures }, 'flush recovered');
      this.failures = 0;
      metrics.flushed(seconds, batch.peers.length, batch.users.length, batch.history.length, batch.torrents.length, batch.snatches.length, batch.announces.length);
      metrics.setBacklog(this.pending.keys, this.oldestAgeSeconds());
      log.debug({ batch: batch.id, outcome, peers: batch.peers.length, users: batch.users.length, seconds }, 'flushed');
    } catch (err) {
      this.failures++;
      metrics.failed();
      log.warn({ err: (err as Error).message, batch: batch.id, failures: this.failures, retryInMs: this.backoffMs() }, 'flush failed; will retry');
    }
  }

  /** Seconds since the oldest drain not yet written (0 when everything is written). */
  private oldestAgeSeconds(): number {
    const oldest = this.sealed?.oldestDrainAt || this.pending.oldest;
    return oldest ? (Date.now() - oldest) / 1000 : 0;
  }
}

function sealedKeys(batch: SealedBatch): number {
  return batch.peers.length + batch.users.length + batch.history.length + batch.torrents.length + batch.snatches.length + batch.announces.length;
}
