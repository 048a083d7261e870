/**
 * Search-log rows as PostgreSQL COPY text lines for the staging table of write.ts. Free text (query,
 * error message) is escaped as COPY text requires: backslash, tab, newline and carriage return.
 */
import type { SearchRecord } from './search-report.js';

function text(value: string | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  // A NUL cannot be stored in a PostgreSQL text column: dropped rather than failing the batch.
  return value.replace(/[\\\t\n\r\0]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : ''));
}

function int(value: number | null | undefined): string {
  return value === null || value === undefined ? '\\N' : String(value);
}

/**
 * One line (with its newline) in the staging column order: batch_id, searched_at, indexer_id, user_id,
 * search_query, search_type, imdb_id, tmdb_id, response_time_ms, http_status, results_count,
 * was_successful, error_type, error_message.
 */
export function searchCopyLine(search: SearchRecord, batchId: string | null, receivedAt: Date): string {
  return [
    batchId ?? '\\N',
    search.searchedAt ?? receivedAt.toISOString(),
    search.indexerId,
    search.userId ?? '\\N',
    text(search.query),
    search.type,
    text(search.imdbId),
    text(search.tmdbId),
    int(search.responseTimeMs),
    int(search.httpStatus),
    int(search.resultsCount),
    search.success ? 't' : 'f',
    text(search.errorType),
    text(search.errorMessage),
  ].join('\t') + '\n';
}
