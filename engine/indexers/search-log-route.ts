/**
 * POST /api/v1/search-logs: a batch of searches the streaming service made, answered without waiting
 * on PostgreSQL. The body is read up to a bound, parsed, validated row by row (one bad row refuses the
 * whole report, naming the row and the field) and handed to the flusher's search-log buffer.
 *
 * Answers (JSON): 202 {"accepted": n} | 200 {"accepted": 0, "duplicate": true} for a batchId already
 * taken | 400 MALFORMED_JSON, INVALID_REPORT, INVALID_ROW, UNKNOWN_INDEXER | 401 UNAUTHENTICATED |
 * 413 BODY_TOO_LARGE, BATCH_TOO_LARGE | 415 UNSUPPORTED_MEDIA_TYPE | 503 BACKLOG_FULL (Retry-After).
 * Errors are {"error": {"code", "message", "row"?, "field"?}}.
 */
import type { HttpRequest, HttpResponse } from 'uWebSockets.js';
import { validateReport, type ReportLookups, type ReportProblem } from '../../core/search-logs/search-report.js';
import type { SearchLogBuffer } from './search-log-buffer.js';

export const SEARCH_LOG_PATH = '/api/v1/search-logs';

export interface SearchLogRouteDeps {
  /** The route's authentication, one function so the route can move onto a shared service listener. */
  authenticate(authorization: string): boolean;
  lookups: ReportLookups;
  buffer: SearchLogBuffer;
  maxBodyBytes: number;
  maxBatchRows: number;
}

function reply(res: HttpResponse, status: string, body: unknown, close = false): void {
  res.writeStatus(status).writeHeader('Content-Type', 'application/json');
  if (status.startsWith('401')) res.writeHeader('WWW-Authenticate', 'Bearer realm="swarmgate"');
  if (status.startsWith('503')) res.writeHeader('Retry-After', '5');
  res.end(JSON.stringify(body), close);
}

function refuse(res: HttpResponse, status: string, code: string, message: string, extra: Partial<ReportProblem> = {}, close = false): void {
  reply(res, status, { error: { code, message, ...extra } }, close);
}

export function searchLogRoute(deps: SearchLogRouteDeps): (res: HttpResponse, req: HttpRequest) => void {
  return (res, req) => {
    // Headers can only be read before the handler returns.
    const authorization = req.getHeader('authorization');
    const contentType = req.getHeader('content-type');
    const declaredLength = Number(req.getHeader('content-length') || '0');
    let aborted = false;
    res.onAborted(() => {
      aborted = true;
    });
    if (!deps.authenticate(authorization)) {
      return refuse(res, '401 Unauthorized', 'UNAUTHENTICATED', 'send "Authorization: Bearer <API token>" of an account allowed to report searches', {}, true);
    }
    if (!/^application\/json\s*(;|$)/i.test(contentType)) {
      return refuse(res, '415 Unsupported Media Type', 'UNSUPPORTED_MEDIA_TYPE', 'send the report as Content-Type: application/json', {}, true);
    }
    if (declaredLength > deps.maxBodyBytes) {
      return refuse(res, '413 Payload Too Large', 'BODY_TOO_LARGE', `the body may be at most ${deps.maxBodyBytes} bytes: split the report`, {}, true);
    }
    const parts: Buffer[] = [];
    let received = 0;
    let done = false;
    res.onData((chunk, isLast) => {
      if (done || aborted) return;
      received += chunk.byteLength;
      if (received > deps.maxBodyBytes) {
        done = true;
        return refuse(res, '413 Payload Too Large', 'BODY_TOO_LARGE', `the body may be at most ${deps.maxBodyBytes} bytes: split the report`, {}, true);
      }
      // uWS reuses the chunk's memory after this callback: copy it.
      parts.push(Buffer.from(new Uint8Array(chunk)));
      if (!isLast) return;
      done = true;
      handleBody(res, Buffer.concat(parts, received), deps);
    });
  };
}

function handleBody(res: HttpResponse, body: Buffer, deps: SearchLogRouteDeps): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch (err) {
    return refuse(res, '400 Bad Request', 'MALFORMED_JSON', `the body is not valid JSON: ${(err as Error).message}`);
  }
  const receivedAt = new Date();
  const outcome = validateReport(parsed, { maxRows: deps.maxBatchRows }, deps.lookups, receivedAt);
  if ('problem' in outcome) {
    const { code, message, row, field } = outcome.problem;
    return refuse(res, code === 'BATCH_TOO_LARGE' ? '413 Payload Too Large' : '400 Bad Request', code, message, { row, field });
  }
  const added = deps.buffer.add(outcome.report, receivedAt);
  if (added === 'full') return refuse(res, '503 Service Unavailable', 'BACKLOG_FULL', 'the engine holds as many unwritten searches as it may; retry shortly');
  if (added === 'duplicate') return reply(res, '200 OK', { accepted: 0, duplicate: true, batchId: outcome.report.batchId });
  reply(res, '202 Accepted', { accepted: outcome.report.searches.length, batchId: outcome.report.batchId });
}
