/**
 * The pool's flush loop in the supervisor, beside the tracker's flusher and apart from it: every
 * pool.flushIntervalMs, drain the workers' pool journals, seal a batch (with what changed in the
 * shared cells) and write it in one transaction. A failed write keeps the sealed batch, same id, and
 * retries with backoff; new drains keep merging meanwhile. The interval is short so a stream shows in
 * torbox_concurrency_log (live streams for the control plane) within about a second.
 */
import type { Pool } from '../../../core/db.js';
import type { Logger } from '../../../core/log.js';
import type { PoolDrainRecords } from '../pool-journal.js';
import type { PoolSupervisor } from '../pool-supervisor.js';
import { commitPoolBatch, sealPoolBatch, type PoolBatch } from './pool-batch.js';
import { PoolPending } from './pool-pending.js';
import { writePoolBatch } from './pool-writer.js';

export interface PoolFlusherOptions {
  pool: Pool;
  intervalMs: number;
  supervisor: PoolSupervisor;
  drainWorkers: () => Promise<PoolDrainRecords[]>;
  log: Logger;
}

/** Batches an end may wait for its session's start row before it is given up (a deleted key). */
const MAX_END_ATTEMPTS = 60;
const MAX_BACKOFF_MS = 30_000;
const FINAL_FLUSH_DEADLINE_MS = 30_000;

export class PoolFlusher {
  private readonly pending = new PoolPending();
  private inFlight: PoolBatch | null = null;
  private failures = 0;
  private timer: NodeJS.Timeout | null = null;
  private cycle: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly options: PoolFlusherOptions) {}

  start(): void {
    this.schedule(this.options.intervalMs);
  }

  flushNow(): Promise<void> {
    this.cycle = this.cycle.then(() => this.runCycle());
    return this.cycle;
  }

  /** Final flush at shutdown (the workers have stopped serving): write everything, retrying until the deadline. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.cycle;
    const deadline = Date.now() + FINAL_FLUSH_DEADLINE_MS;
    await this.flushNow();
    // A second cycle writes what the first one sealed behind a batch in flight.
    await this.flushNow();
    while ((this.inFlight || !this.pending.isEmpty) && this.failures > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, Math.min(this.backoffMs(), Math.max(0, deadline - Date.now()))));
      await this.flushNow();
    }
    if (this.inFlight || (!this.pending.isEmpty && this.failures > 0)) {
      this.options.log.error('final pool flush failed: unwritten stream sessions and usage rows are lost');
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flushNow().finally(() => this.schedule(this.failures > 0 ? this.backoffMs() : this.options.intervalMs));
    }, delayMs);
  }

  private backoffMs(): number {
    return Math.min(MAX_BACKOFF_MS, 250 * 2 ** Math.min(this.failures, 10));
  }

  private async runCycle(): Promise<void> {
    const { log, supervisor, pool } = this.options;
    try {
      this.pending.add(await this.options.drainWorkers());
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'draining the pool journals failed');
      return;
    }
    if (!this.inFlight) this.inFlight = sealPoolBatch(this.pending, supervisor, Date.now());
    const batch = this.inFlight;
    if (batch.rows === 0) {
      this.inFlight = null;
      return;
    }
    try {
      const result = await writePoolBatch(pool, batch);
      this.inFlight = null;
      commitPoolBatch(batch, supervisor);
      if (this.failures > 0) log.info({ afterFailures: this.failures }, 'pool flush recovered');
      this.failures = 0;
      for (const end of batch.ends) {
        if (!result.missingEnds.has(end.end.leaseId)) continue;
        if (end.attempts + 1 >= MAX_END_ATTEMPTS) log.warn({ leaseId: end.end.leaseId }, 'stream end dropped: its session row never appeared');
        else this.pending.addEnd({ end: end.end, attempts: end.attempts + 1 });
      }
      log.debug({ batch: batch.id, outcome: result.outcome, rows: batch.rows }, 'pool flushed');
    } catch (err) {
      this.failures++;
      log.warn({ err: (err as Error).message, batch: batch.id, failures: this.failures }, 'pool flush failed; will retry');
    }
  }
}
