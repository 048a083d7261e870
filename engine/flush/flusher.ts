/**
 * The flush loop in the supervisor: every interval (or sooner when a worker's journal fills) drain the
 * workers, merge into the pending batch, seal it with a batch id, encode it for COPY in the encoder
 * thread, and write it in one transaction. A failed write keeps the sealed batch (same id) and retries
 * with backoff while new drains keep merging into the next pending batch; announces never wait.
 *
 * Between writes the workers are also drained every flush.drainIntervalMs into the pending batch: a
 * worker answers nothing while its journal is taken, and with millions of peers each changed peer
 * costs it a few cache misses, so small frequent drains keep that pause short where one drain per
 * interval held announces for tens of milliseconds.
 *
 * Every write is bounded (flush.writeTimeoutMs): a connection gone silent fails the attempt instead
 * of hanging the loop. The lag (age of the oldest unwritten delta) is published as the time that delta
 * arrived by, and turned into an age when /metrics or /healthz is read, so it is current at every
 * scrape and rises in real time during an outage or a long write; past flush.lagWarnSeconds /healthz
 * reports degraded, and a warning is logged (checked every second). At shutdown the final flush, a
 * write already in progress included, ends within flush.shutdownDeadlineMs; `stop` then says whether
 * everything was written.
 */
import type { Config } from '../../core/config.js';
import type { Pool } from '../../core/db.js';
import type { Logger } from '../../core/log.js';
import { noteReleased } from '../collect-garbage.js';
import type { FlushMetrics } from '../metrics.js';
import { writeBatch } from './batch-writer.js';
import { encodedBuffers, type EncodedBatch } from './copy-encoding.js';
import { createEncoderPool } from './encoder-pool.js';
import { encodeTaskBuffers, type EncodeOutcome, type EncodeTask } from './encode-task.js';
import type { WorkerDrain } from './peer-journal.js';
import { PendingBatch } from './pending-batch.js';
import { oldestOf, sidesPending, type FlushSide, type SealedSide } from './side-rows.js';
import { totalRows, type BatchHeader, type SealedBatch } from './sealed-batch.js';
import { SpareBuffers } from './spare-buffers.js';

export interface FlusherOptions {
  config: Config['flush'];
  pool: Pool;
  drain: () => Promise<WorkerDrain[]>;
  /** Hand merged drains (as `drain` returned them) back to their workers, for reuse (spare-buffers.ts). */
  giveBack: (drains: WorkerDrain[]) => void;
  userIdOf: (index: number) => string | undefined;
  metrics: FlushMetrics;
  log: Logger;
  /** Other domains' rows written with each batch (side-rows.ts). */
  sides?: FlushSide[];
}

/**
 * The batch being written: sealed (its buffers in the supervisor), then encoded. The sealed buffers
 * move to the encoder thread by transfer and the COPY data comes back the same way; a retry writes
 * the same encoded data under the same batch id.
 */
interface InFlight {
  header: BatchHeader;
  sealed: SealedBatch | null;
  encoded: EncodedBatch | null;
  sides: SealedSide[];
  /** Epoch ms by which its oldest delta had arrived (see Flusher.pendingSince). */
  deltasSince: number;
}

const MIN_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 30_000;
/** How often the lag is published and checked against its threshold. */
const LAG_CHECK_MS = 1000;
/** While lag stays past its threshold, the warning is repeated this often. */
const LAG_WARN_REPEAT_MS = 30_000;

export class Flusher {
  private readonly pending: PendingBatch;
  private readonly sides: FlushSide[];
  private inFlight: InFlight | null = null;
  private failures = 0;
  private timer: NodeJS.Timeout | null = null;
  private cycle: Promise<void> = Promise.resolve();
  /** Drains run one at a time, whether a cycle or the drain timer asked (drainIntoPending). */
  private draining: Promise<void> = Promise.resolve();
  private drainTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Aborted when the shutdown deadline passes: cuts the write in progress. */
  private readonly shutdown = new AbortController();
  private lagTimer: NodeJS.Timeout | null = null;
  private lagWarnedAt = 0;
  private lastPeerHistoryAt = Date.now();
  /**
   * When the workers were last drained (or the flusher started): everything a drain takes arrived
   * after the drain before it, so that earlier time dates its oldest delta (an upper bound on the age;
   * a drain's own time would understate it by up to an interval, or more while draining is paused at
   * the backlog cap).
   */
  private lastDrainAt = Date.now();
  /** Epoch ms by which the oldest delta in `pending` had arrived, 0 while it is empty. */
  private pendingSince = 0;
  private readonly encoder = createEncoderPool();
  /** Buffers of written batches' COPY data, lent to the encoder to build the next batch's in (spare-buffers.ts). */
  private readonly copySpares = new SpareBuffers();

  constructor(private readonly options: FlusherOptions) {
    this.pending = new PendingBatch(options.config.maxPendingAnnounces, options.userIdOf);
    this.sides = options.sides ?? [];
    options.metrics.setLagWarnSeconds(options.config.lagWarnSeconds);
  }

  start(): void {
    const { intervalMs, drainIntervalMs } = this.options.config;
    this.schedule(intervalMs);
    if (drainIntervalMs < intervalMs) {
      this.drainTimer = setInterval(() => {
        this.drainIntoPending().catch((err: unknown) => this.options.log.warn({ err: (err as Error).message }, 'draining the workers failed; the next drain takes it'));
      }, drainIntervalMs);
      this.drainTimer.unref();
    }
    this.lagTimer = setInterval(() => this.checkLag(), LAG_CHECK_MS);
    this.lagTimer.unref();
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

  /**
   * Final flush at shutdown: drain everything and keep trying to write it until the deadline, which
   * also bounds a write already in progress (it is cut when the deadline passes). Resolves true when
   * everything counted was written, false when something was left unwritten (and is lost).
   */
  async stop(): Promise<boolean> {
    const { config, log } = this.options;
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.drainTimer) clearInterval(this.drainTimer);
    const deadline = Date.now() + config.shutdownDeadlineMs;
    const deadlineTimer = setTimeout(
      () => this.shutdown.abort(new Error(`flush shutdown deadline (${config.shutdownDeadlineMs} ms) passed: write aborted`)),
      config.shutdownDeadlineMs,
    );
    try {
      await this.cycle;
      if (!this.shutdown.signal.aborted) await this.flushNow();
      while ((this.inFlight || !this.pending.isEmpty || sidesPending(this.sides)) && !this.shutdown.signal.aborted) {
        await new Promise((r) => setTimeout(r, Math.min(this.backoffMs(), Math.max(0, deadline - Date.now()))));
        if (!this.shutdown.signal.aborted) await this.flushNow();
      }
    } finally {
      clearTimeout(deadlineTimer);
      if (this.lagTimer) clearInterval(this.lagTimer);
    }
    const complete = !this.inFlight && this.pending.isEmpty && !sidesPending(this.sides);
    if (!complete) {
      log.error(
        { pendingKeys: this.pending.keys, sealed: Boolean(this.inFlight), batch: this.inFlight?.header.id, deadlineMs: config.shutdownDeadlineMs },
        'final flush failed: the unflushed deltas are lost',
      );
    }
    await this.encoder.destroy();
    return complete;
  }

  /** Publish what waits (side rows arrive between cycles) and warn past the lag threshold. */
  private checkLag(): void {
    const { config, log } = this.options;
    const pendingKeys = this.publishBacklog();
    const oldest = this.oldestUnwrittenAt();
    const lag = oldest ? (Date.now() - oldest) / 1000 : 0;
    const degraded = lag > config.lagWarnSeconds;
    if (degraded && Date.now() - this.lagWarnedAt >= LAG_WARN_REPEAT_MS) {
      this.lagWarnedAt = Date.now();
      log.warn(
        { lagSeconds: Math.round(lag), thresholdSeconds: config.lagWarnSeconds, failures: this.failures, pendingKeys },
        'flush lag past its threshold: nothing written recently (health degraded)',
      );
    }
    if (!degraded) this.lagWarnedAt = 0;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      const startedAt = Date.now();
      void this.flushNow().finally(() => this.schedule(this.failures > 0 ? this.backoffMs() : this.nextDelayMs(startedAt)));
    }, delayMs);
  }

  /**
   * Cycles start an interval apart, start to start: a write that took longer than the interval is
   * followed at once by the next cycle, so a backlog keeps PostgreSQL busy instead of idling an
   * interval after every slow batch.
   */
  private nextDelayMs(cycleStartedAt: number): number {
    return Math.max(0, this.options.config.intervalMs - (Date.now() - cycleStartedAt));
  }

  private backoffMs(): number {
    return Math.min(MAX_BACKOFF_MS, MIN_BACKOFF_MS * 2 ** Math.min(this.failures, 10));
  }

  /** Take every worker's journal into the pending batch, after any drain in progress. */
  private drainIntoPending(): Promise<void> {
    const next = this.draining.then(() => this.drainOnce());
    this.draining = next.catch(() => undefined);
    return next;
  }

  private async drainOnce(): Promise<void> {
    const { config, log, metrics } = this.options;
    // At the cap the workers keep merging in their journals; nothing is dropped, memory grows only with new keys there.
    if (this.pending.keys >= config.maxPendingKeys) return;
    const previousDrainAt = this.lastDrainAt;
    this.lastDrainAt = Date.now();
    const drains = await this.options.drain();
    const now = Date.now();
    const droppedBefore = this.pending.droppedAnnounces;
    for (const drain of drains) this.pending.add(drain, now);
    // Merged: the drains' buffers go back to the workers, for their next drains.
    this.options.giveBack(drains);
    if (this.pendingSince === 0 && !this.pending.isEmpty) this.pendingSince = previousDrainAt;
    if (this.pending.droppedAnnounces > droppedBefore) {
      metrics.droppedAnnounces(this.pending.droppedAnnounces - droppedBefore);
      log.error({ dropped: this.pending.droppedAnnounces - droppedBefore }, 'announce-log backlog at its cap: oldest log rows dropped');
    }
    this.publishBacklog();
  }

  private async runCycle(): Promise<void> {
    const { config, log, metrics } = this.options;
    await this.drainIntoPending();
    if (this.pending.keys >= config.maxPendingKeys) {
      log.error({ pendingKeys: this.pending.keys, cap: config.maxPendingKeys }, 'flush backlog at its cap: no longer draining the workers');
    } else if (this.pending.keys >= config.maxPendingKeys * 0.8) {
      log.warn({ pendingKeys: this.pending.keys, cap: config.maxPendingKeys }, 'flush backlog nearing its cap');
    }
    if (!this.inFlight && (!this.pending.isEmpty || sidesPending(this.sides))) {
      const snapshotDue = config.peerHistorySeconds > 0 && Date.now() - this.lastPeerHistoryAt >= config.peerHistorySeconds * 1000;
      const sealed = this.pending.seal(snapshotDue);
      const header = { id: sealed.id, counts: sealed.counts, peerHistory: sealed.peerHistory, oldestDrainAt: sealed.oldestDrainAt };
      const sides = this.sides.map((side) => side.seal()).filter((part): part is SealedSide => part !== null);
      this.inFlight = { header, sealed, encoded: null, sides, deltasSince: this.pendingSince || header.oldestDrainAt };
      this.pendingSince = 0;
      if (snapshotDue) this.lastPeerHistoryAt = Date.now();
    }
    if (!this.inFlight) noteReleased(this.pending.releaseIdleStorage() + (this.pending.isEmpty ? this.copySpares.clear() : 0));
    this.publishBacklog();
    const batch = this.inFlight;
    if (!batch) return;

    const { counts } = batch.header;
    const started = performance.now();
    try {
      const encoded = batch.encoded ?? (await this.encode(batch));
      const encodedAt = performance.now();
      const { outcome, quarantined } = await writeBatch(this.options.pool, batch.header, encoded, {
        timeoutMs: config.writeTimeoutMs,
        signal: this.shutdown.signal,
      }, batch.sides);
      if (quarantined.length > 0) {
        metrics.quarantined(quarantined.length);
        for (const row of quarantined) {
          log.error({ batch: batch.header.id, table: row.table, userId: row.userId, torrentId: row.torrentId },
            'flush: counter overflow; this key\'s deltas were moved to flush_quarantine, the rest of the batch is written');
        }
      }
      const seconds = (performance.now() - started) / 1000;
      this.inFlight = null;
      // The batch's COPY data is written: its buffers build the next batch's.
      noteReleased(this.copySpares.give(encodedBuffers(encoded)));
      for (const side of batch.sides) side.written();
      if (this.failures > 0) log.info({ afterFailures: this.failures }, 'flush recovered');
      this.failures = 0;
      metrics.flushed(seconds, counts.peers, counts.users, counts.history, counts.torrents, counts.snatches, counts.announces);
      this.checkLag(); // caught up: lag and health say so at once
      log.debug({ batch: batch.header.id, outcome, ...counts, encodeMs: encodedAt - started, writeMs: performance.now() - encodedAt }, 'flushed');
    } catch (err) {
      this.failures++;
      metrics.failed();
      log.warn({ err: (err as Error).message, batch: batch.header.id, failures: this.failures, retryInMs: this.backoffMs() }, 'flush failed; will retry');
    }
  }

  /** Encode the batch's COPY data in the encoder thread (once: retries reuse it). */
  private async encode(batch: InFlight): Promise<EncodedBatch> {
    const sealed = batch.sealed!;
    batch.sealed = null; // its buffers are about to be transferred
    let outcome: EncodeOutcome;
    try {
      const task: EncodeTask = { batch: sealed, copySpares: this.copySpares.takeAll() };
      outcome = (await this.encoder.run(task, { transferList: encodeTaskBuffers(task) })) as EncodeOutcome;
    } catch (err) {
      // The encoder thread itself died with the batch's buffers: they cannot come back.
      this.inFlight = null;
      this.options.log.error({ err: (err as Error).message, batch: batch.header.id, ...batch.header.counts }, 'flush encoder failed: the batch is lost');
      throw err;
    }
    noteReleased(this.copySpares.give(outcome.unusedCopy));
    if ('failed' in outcome) {
      batch.sealed = outcome.batch; // handed back: retried like a failed write
      throw new Error(`encoding the batch failed: ${outcome.failed}`);
    }
    batch.encoded = outcome.encoded;
    noteReleased(this.pending.recycle(outcome.spent));
    return outcome.encoded;
  }

  /** Epoch ms by which the oldest unwritten delta had arrived (0 when everything is written). */
  private oldestUnwrittenAt(): number {
    const engineSince = this.inFlight?.deltasSince || this.pendingSince || this.pending.oldest;
    return oldestOf([{ oldestAt: engineSince }, ...(this.inFlight?.sides ?? []), ...this.sides]);
  }

  /** Publish the backlog and the time its oldest delta arrived by; returns the keys waiting. */
  private publishBacklog(): number {
    const pendingKeys = this.pending.keys + (this.inFlight ? totalRows(this.inFlight.header.counts) : 0);
    this.options.metrics.setBacklog(pendingKeys, this.oldestUnwrittenAt());
    return pendingKeys;
  }
}
