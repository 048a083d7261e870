/**
 * Accepted search reports waiting for the flusher, as COPY text (core/search-logs/copy-rows.ts), with
 * the batch ids they carry. A FlushSide: the flusher seals what is held into its next batch and writes
 * it in the batch's transaction. Bounded: past `maxRows` (held plus in flight) reports are refused
 * and the reporter retries; nothing accepted is dropped.
 */
import { searchCopyLine } from '../../core/search-logs/copy-rows.js';
import type { SearchReport } from '../../core/search-logs/search-report.js';
import { writeSearchLogs } from '../../core/search-logs/write.js';
import type { FlushSide, SealedSide } from '../flush/side-rows.js';

export type AddOutcome = 'accepted' | 'duplicate' | 'full';

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

  add(report: SearchReport, receivedAt: Date): AddOutcome {
    if (report.batchId && this.batchIds.has(report.batchId)) return 'duplicate';
    if (this.rows + this.inFlightRows + report.searches.length > this.maxRows) return 'full';
    let chunk = '';
    for (const search of report.searches) chunk += searchCopyLine(search, report.batchId, receivedAt);
    this.chunks.push(chunk);
    this.rows += report.searches.length;
    this.acceptedRows += report.searches.length;
    if (this.oldest === 0) this.oldest = receivedAt.getTime();
    if (this.rows >= FLUSH_SOON_ROWS && this.rows - report.searches.length < FLUSH_SOON_ROWS) this.flushSoon();
    if (report.batchId) {
      this.batchIds.add(report.batchId);
      this.heldBatchIds.push(report.batchId);
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
