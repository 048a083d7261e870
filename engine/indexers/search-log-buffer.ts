/**
 * Accepted search reports waiting for the flusher, as COPY text (core/search-logs/copy-rows.ts, built
 * by the worker that validated the report), with the batch ids they carry. Lives in the supervisor. A FlushSide: the flusher seals what is held into its next batch and writes
 * it in the batch's transaction. Bounded: past `maxRows` (held plus in flight) reports are refused
 * and the reporter retries; nothing accepted is dropped.
 */
import { writeSearchLogs } from '../../core/search-logs/write.js';
import type { FlushSide, SealedSide } from '../flush/side-rows.js';

export type AddOutcome = 'accepted' | 'duplicate' | 'full';

/** One validated report as a worker hands it over: its rows already as COPY text. */
export interface HeldSearches {
  batchId: string | null;
  rows: number;
  copyText: string;
  receivedAtMs: number;
}

/** Held rows past which the flusher is asked to write before its interval ends (bounds a burst's COPY). */
const FLUSH_SOON_ROWS = 50_000;

export class SearchLogBuffer implements FlushSide {
  private chunks: string[] = [];
  private rows = 0;
  private oldest = 0;
  private inFlightRows = 0;
  /** Batch ids held or in flight: a report sent again before its first copy is written is a duplicate. */
  private readonly batchIds = new Set<string>();
  private heldBatchIds: string[] = [];
  /** Rows accepted since start (the bench's throughput figure). */
  acceptedRows = 0;

  constructor(
    private readonly maxRows: number,
    /** Asks the flusher for an early flush (a burst of reports). */
    private readonly flushSoon: () => void = () => undefined,
  ) {}

  get pendingRows(): number {
    return this.rows;
  }

  get oldestAt(): number {
    return this.oldest;
  }

  add(held: HeldSearches): AddOutcome {
    if (held.batchId && this.batchIds.has(held.batchId)) return 'duplicate';
    if (this.rows + this.inFlightRows + held.rows > this.maxRows) return 'full';
    this.chunks.push(held.copyText);
    this.rows += held.rows;
    this.acceptedRows += held.rows;
    if (this.oldest === 0) this.oldest = held.receivedAtMs;
    if (this.rows >= FLUSH_SOON_ROWS && this.rows - held.rows < FLUSH_SOON_ROWS) this.flushSoon();
    if (held.batchId) {
      this.batchIds.add(held.batchId);
      this.heldBatchIds.push(held.batchId);
    }
    return 'accepted';
  }

  seal(): SealedSide | null {
    if (this.rows === 0) return null;
    const copyText = Buffer.from(this.chunks.join(''));
    const rows = this.rows;
    const oldestAt = this.oldest;
    const batchIds = this.heldBatchIds;
    this.chunks = [];
    this.rows = 0;
    this.oldest = 0;
    this.heldBatchIds = [];
    this.inFlightRows += rows;
    return {
      rows,
      oldestAt,
      write: async (tx) => {
        await writeSearchLogs(tx, copyText);
      },
      written: () => {
        this.inFlightRows -= rows;
        // Written: PostgreSQL's prowlarr_search_batches now refuses these ids again.
        for (const id of batchIds) this.batchIds.delete(id);
      },
    };
  }
}
