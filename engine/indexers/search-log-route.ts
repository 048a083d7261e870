/**
 * POST /api/v1/search-logs on the engine's service listener (engine/service/), in every worker: a
 * batch of searches the streaming service made, answered without waiting on PostgreSQL. The caller's
 * API token must hold PERMISSION_INDEXERS_REPORT (engine/service/service-tokens.ts). The body is read
 * up to a bound, parsed, validated row by row (one bad row refuses the whole report, naming the row
 * and the field), turned into COPY text here, and handed to the supervisor's search-log buffer.
 *
 * Answers (JSON): 202 {"accepted": n} | 200 {"accepted": 0, "duplicate": true} for a batchId already
 * taken | 400 MALFORMED_JSON, INVALID_REPORT, INVALID_ROW, UNKNOWN_INDEXER | 401 CREDENTIALS_* |
 * 403 PERMISSION_DENIED | 413 BODY_TOO_LARGE, BATCH_TOO_LARGE | 415 UNSUPPORTED_MEDIA_TYPE |
 * 503 BACKLOG_FULL (Retry-After). Errors are {"error": {"status", "code", "message", "row"?, "field"?}}.
 */
import type { HttpRequest, HttpResponse } from 'uWebSockets.js';
import { searchCopyLine } from '../../core/search-logs/copy-rows.js';
import { validateReport, type ReportLookups } from '../../core/search-logs/search-report.js';
import { openReply, sendError, sendJson, type Reply } from '../service/json-reply.js';
import type { ServiceTokens } from '../service/service-tokens.js';
import type { AddOutcome, HeldSearches } from './search-log-buffer.js';

export const SEARCH_LOG_PATH = '/api/v1/search-logs';

const RETRY_AFTER_SECONDS = 5;

export interface SearchLogRouteDeps {
  tokens: ServiceTokens;
  lookups: ReportLookups;
  /** Hands a validated report to the supervisor's buffer; resolves with what the buffer did. */
  submit(held: HeldSearches): Promise<AddOutcome>;
  maxBodyBytes: number;
  maxBatchRows: number;
}

function tooLarge(reply: Reply, maxBodyBytes: number): void {
  // Closing after the answer stops reading the rest of a huge body.
  sendError(reply, 413, 'BODY_TOO_LARGE', `the body may be at most ${maxBodyBytes} bytes: split the report`, { maxBytes: maxBodyBytes }, { close: true });
}

export function searchLogRoute(deps: SearchLogRouteDeps): (res: HttpResponse, req: HttpRequest) => void {
  return (res, req) => {
    const reply = openReply(res);
    // Headers can only be read before the handler returns.
    if (!deps.tokens.authorize(reply, req.getHeader('authorization'), 'PERMISSION_INDEXERS_REPORT', Date.now())) return;
    if (!/^application\/json\s*(;|$)/i.test(req.getHeader('content-type'))) {
      return sendError(reply, 415, 'UNSUPPORTED_MEDIA_TYPE', 'send the report as Content-Type: application/json', undefined, { close: true });
    }
    if (Number(req.getHeader('content-length') || '0') > deps.maxBodyBytes) return tooLarge(reply, deps.maxBodyBytes);
    const parts: Buffer[] = [];
    let received = 0;
    res.onData((chunk, isLast) => {
      if (reply.done || reply.aborted) return;
      received += chunk.byteLength;
      if (received > deps.maxBodyBytes) return tooLarge(reply, deps.maxBodyBytes);
      // uWS reuses the chunk's memory after this callback: copy it.
      parts.push(Buffer.from(new Uint8Array(chunk)));
      if (isLast) void handleBody(reply, Buffer.concat(parts, received), deps);
    });
  };
}

async function handleBody(reply: Reply, body: Buffer, deps: SearchLogRouteDeps): Promise<void> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch (err) {
    return sendError(reply, 400, 'MALFORMED_JSON', `the body is not valid JSON: ${(err as Error).message}`);
  }
  const receivedAt = new Date();
  const outcome = validateReport(parsed, { maxRows: deps.maxBatchRows }, deps.lookups, receivedAt);
  if ('problem' in outcome) {
    const { code, message, row, field } = outcome.problem;
    return sendError(reply, code === 'BATCH_TOO_LARGE' ? 413 : 400, code, message, { row, field });
  }
  const { batchId, searches } = outcome.report;
  let copyText = '';
  for (const search of searches) copyText += searchCopyLine(search, batchId, receivedAt);
  const added = await deps.submit({ batchId, rows: searches.length, copyText, receivedAtMs: receivedAt.getTime() });
  if (added === 'full') {
    return sendError(reply, 503, 'BACKLOG_FULL', 'the engine holds as many unwritten searches as it may; retry shortly', undefined, {
      headers: [['Retry-After', String(RETRY_AFTER_SECONDS)]],
    });
  }
  if (added === 'duplicate') return sendJson(reply, 200, { accepted: 0, duplicate: true, batchId });
  sendJson(reply, 202, { accepted: searches.length, batchId });
}
