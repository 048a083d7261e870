/**
 * IndexerService.ReportSearches, the control plane's way in for search logs. The control plane has no
 * engine and so no flusher: the stream's batches are validated when it ends and written with COPY in
 * one transaction of their own, through the same staging table and merge as the engine's flusher
 * (core/search-logs/write.ts). Each batch's batch_id is recorded in that transaction, so a stream sent
 * again writes nothing twice; the engine's HTTP endpoint and this call share prowlarr_search_batches,
 * so a batch reported on both paths is also written once. (The event bus was the other choice; it
 * would carry every search through Redis for no gain, since this call already holds a connection.)
 */
import { status, type sendUnaryData, type ServerReadableStream } from '@grpc/grpc-js';
import type { Config } from '../../../core/config.js';
import { withTransaction } from '../../../core/db.js';
import { searchCopyLine } from '../../../core/search-logs/copy-rows.js';
import { validateSearches, type SearchReport } from '../../../core/search-logs/search-report.js';
import { writeSearchLogs } from '../../../core/search-logs/write.js';
import { ControlError, INTERNAL_ERROR, invalidField, toStatus } from '../../errors/control-error.js';
import type { ReportedSearch__Output } from '../../generated/swarmgate/control/v1/ReportedSearch.js';
import type { ReportSearchesRequest__Output } from '../../generated/swarmgate/control/v1/ReportSearchesRequest.js';
import type { ReportSearchesResponse } from '../../generated/swarmgate/control/v1/ReportSearchesResponse.js';
import { isUuid } from '../../resource-names.js';
import { contextOf } from '../../server/call-context.js';
import { fromTimestamp } from '../../timestamps.js';
import type { ServiceDeps } from '../deps.js';

/** The proto field of each SearchRecord field (for error messages naming what the caller sent). */
const PROTO_FIELD: Record<string, string> = {
  indexerId: 'indexer',
  responseTimeMs: 'response_ms',
  resultsCount: 'results',
  httpStatus: 'http_status',
  errorType: 'error_type',
  errorMessage: 'error_message',
  userId: 'user',
  searchedAt: 'search_time',
  imdbId: 'imdb_id',
  tmdbId: 'tmdb_id',
};

const TYPES: Record<string, string> = { SEARCH_TYPE_MOVIE: 'movie', SEARCH_TYPE_SERIES: 'series', SEARCH_TYPE_SEARCH: 'search', SEARCH_TYPE_UNSPECIFIED: 'search' };

function stripName(value: string, prefix: string): string | null {
  if (!value) return null;
  return value.startsWith(`${prefix}/`) ? value.slice(prefix.length + 1) : value;
}

/** A message as the JSON-shaped record core/search-logs validates (empty strings are "not sent"). */
function toRecord(m: ReportedSearch__Output): Record<string, unknown> {
  return {
    indexerId: stripName(m.indexer, 'indexers') ?? '',
    query: m.query || null,
    type: TYPES[m.type] ?? m.type,
    imdbId: m.imdbId || null,
    tmdbId: m.tmdbId || null,
    responseTimeMs: m.responseMs,
    httpStatus: m.httpStatus ?? null,
    resultsCount: m.results ?? null,
    success: m.success,
    errorType: m.errorType || null,
    errorMessage: m.errorMessage || null,
    userId: stripName(m.user, 'users'),
    searchedAt: fromTimestamp(m.searchTime)?.toISOString() ?? null,
  };
}

async function writeReports(deps: ServiceDeps, limits: Config['indexers'], requests: ReportSearchesRequest__Output[]): Promise<ReportSearchesResponse> {
  const mentioned = [...new Set(requests.flatMap((r) => r.searches.map((s) => stripName(s.indexer, 'indexers')?.toLowerCase() ?? '')).filter(isUuid))];
  const { rows } = await deps.pool.query<{ id: string }>(`SELECT id FROM prowlarr_indexers WHERE id = ANY($1::uuid[])`, [mentioned]);
  const known = new Set(rows.map((r) => r.id));
  const now = new Date();
  const reports: SearchReport[] = [];
  for (const [m, request] of requests.entries()) {
    if (request.batchId && !isUuid(request.batchId)) throw invalidField(`requests[${m}].batch_id`, 'must be a uuid or empty');
    const outcome = validateSearches(request.batchId || null, request.searches.map(toRecord), { maxRows: limits.ingestMaxBatchRows }, { isIndexer: (id) => known.has(id.toLowerCase()) }, now);
    if ('problem' in outcome) {
      const { problem } = outcome;
      if (problem.code === 'BATCH_TOO_LARGE') throw new ControlError(status.RESOURCE_EXHAUSTED, `requests[${m}]: ${problem.message}`, { reason: 'BATCH_TOO_LARGE' });
      const field = problem.field ? (PROTO_FIELD[problem.field] ?? problem.field) : undefined;
      const message = problem.message.replace(/^searches\[\d+\](\.\w+)?: /, '');
      throw invalidField(`requests[${m}].searches[${problem.row ?? 0}]${field ? `.${field}` : ''}`, message);
    }
    reports.push(outcome.report);
  }
  let copy = '';
  for (const report of reports) for (const search of report.searches) copy += searchCopyLine(search, report.batchId, now);
  const received = reports.reduce((sum, r) => sum + r.searches.length, 0);
  const written = await withTransaction(deps.pool, (tx) => writeSearchLogs(tx, copy));
  return { written, received };
}

/** The client-streaming handler: collects the stream (bounded), then validates and writes it at once. */
export function reportSearchesHandler(deps: ServiceDeps, limits: Config['indexers']) {
  const maxStreamRows = limits.ingestMaxBatchRows * 10;
  return (call: ServerReadableStream<ReportSearchesRequest__Output, ReportSearchesResponse>, callback: sendUnaryData<ReportSearchesResponse>) => {
    const context = contextOf(call.metadata);
    if (!context) return void callback(toStatus(INTERNAL_ERROR));
    const requests: ReportSearchesRequest__Output[] = [];
    let rows = 0;
    let answered = false;
    const answer = (error: ControlError | null, response?: ReportSearchesResponse) => {
      if (answered) return;
      answered = true;
      if (error) callback(toStatus(error));
      else callback(null, response);
    };
    call.on('data', (request: ReportSearchesRequest__Output) => {
      if (answered) return;
      rows += request.searches.length;
      if (rows > maxStreamRows) {
        answer(new ControlError(status.RESOURCE_EXHAUSTED, `a stream may carry at most ${maxStreamRows} searches: end it and open another`, { reason: 'STREAM_TOO_LARGE' }));
        return;
      }
      requests.push(request);
    });
    call.on('error', () => undefined); // a cancelled stream is answered by grpc-js itself
    call.on('end', () => {
      if (answered) return;
      writeReports(deps, limits, requests).then(
        (response) => answer(null, response),
        (err: unknown) => {
          if (err instanceof ControlError) return answer(err);
          context.log.error({ err }, 'ReportSearches failed');
          answer(INTERNAL_ERROR);
        },
      );
    });
  };
}
