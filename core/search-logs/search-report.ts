/**
 * A search report: what the streaming service sends about the searches it made, over the engine's
 * HTTP endpoint or the control plane's ReportSearches stream. Both planes validate it here, so a row
 * is refused for the same reason on either path. A report is all or nothing: the first bad row
 * refuses the whole report, naming the row and the field.
 *
 *   { "batchId": "<uuid, optional>", "searches": [ { "indexerId": "<uuid>", "success": true, ... } ] }
 *
 * `batchId` is the reporter's idempotency key: a report sent again with the same batchId (after a
 * timeout, say) is written once.
 */
import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = z.string().regex(UUID, 'must be a uuid');
/** Reports about searches further in the future than this (clock skew) or older than the window are refused. */
const MAX_FUTURE_MS = 5 * 60_000;
const MAX_AGE_MS = 30 * 24 * 3600_000;

export const searchRecord = z.strictObject({
  indexerId: uuid,
  query: z.string().max(1000).nullish(),
  type: z.enum(['movie', 'series', 'search']).default('search'),
  imdbId: z.string().regex(/^tt\d{1,10}$/, 'must look like tt1234567').nullish(),
  tmdbId: z.string().regex(/^\d{1,10}$/, 'must be digits').nullish(),
  responseTimeMs: z.number().int('must be a whole number of milliseconds').min(0, 'must not be negative').max(3_600_000),
  httpStatus: z.number().int().min(100).max(599).nullish(),
  resultsCount: z.number().int().min(0, 'must not be negative').max(1_000_000).nullish(),
  success: z.boolean(),
  errorType: z.string().min(1).max(100).nullish(),
  errorMessage: z.string().max(2000).nullish(),
  userId: uuid.nullish(),
  /** When the search was made (RFC 3339); defaults to when the report arrives. */
  searchedAt: z.iso.datetime({ offset: true }).nullish(),
});

export type SearchRecord = z.infer<typeof searchRecord>;

export interface SearchReport {
  batchId: string | null;
  searches: SearchRecord[];
}

export interface ReportLimits {
  maxRows: number;
}

/**
 * What the receiving plane knows: the indexers a row may name. A userId naming no account is not
 * refused (the reporter cannot know of deletions); it is stored as NULL (core/search-logs/write.ts).
 */
export interface ReportLookups {
  isIndexer(id: string): boolean;
}

/** Why a report was refused; `row` and `field` name the first offending value when there is one. */
export interface ReportProblem {
  code: 'INVALID_REPORT' | 'INVALID_ROW' | 'UNKNOWN_INDEXER' | 'BATCH_TOO_LARGE';
  message: string;
  row?: number;
  field?: string;
}

const envelope = z.strictObject({
  batchId: uuid.nullish(),
  searches: z.array(z.unknown()).min(1, 'must hold at least one search'),
});

/** Validate a parsed body (any JSON value) as a report; never throws. */
export function validateReport(body: unknown, limits: ReportLimits, lookups: ReportLookups, now: Date): { report: SearchReport } | { problem: ReportProblem } {
  const outer = envelope.safeParse(body);
  if (!outer.success) {
    const issue = outer.error.issues[0]!;
    const field = issue.path.join('.') || undefined;
    return { problem: { code: 'INVALID_REPORT', message: `${field ?? 'body'}: ${issue.message}`, field } };
  }
  return validateSearches(outer.data.batchId ?? null, outer.data.searches, limits, lookups, now);
}

/** Validate the rows of a report whose envelope is already known (the gRPC path builds it from messages). */
export function validateSearches(
  batchId: string | null,
  rows: unknown[],
  limits: ReportLimits,
  lookups: ReportLookups,
  now: Date,
): { report: SearchReport } | { problem: ReportProblem } {
  if (rows.length > limits.maxRows) {
    return { problem: { code: 'BATCH_TOO_LARGE', message: `a report may carry at most ${limits.maxRows} searches; this one has ${rows.length}: split it` } };
  }
  const searches: SearchRecord[] = [];
  for (let row = 0; row < rows.length; row++) {
    const parsed = searchRecord.safeParse(rows[row]);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path.join('.') || undefined;
      const what = issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message;
      return { problem: { code: 'INVALID_ROW', message: `searches[${row}]${field ? `.${field}` : ''}: ${what}`, row, field } };
    }
    const search = parsed.data;
    if (!lookups.isIndexer(search.indexerId)) {
      return { problem: { code: 'UNKNOWN_INDEXER', message: `searches[${row}].indexerId: no indexer ${search.indexerId}`, row, field: 'indexerId' } };
    }
    if (search.searchedAt) {
      const at = Date.parse(search.searchedAt);
      if (at > now.getTime() + MAX_FUTURE_MS || at < now.getTime() - MAX_AGE_MS) {
        return { problem: { code: 'INVALID_ROW', message: `searches[${row}].searchedAt: must be within the last 30 days and not in the future`, row, field: 'searchedAt' } };
      }
    }
    searches.push(search);
  }
  return { report: { batchId, searches } };
}
