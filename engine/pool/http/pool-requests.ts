/**
 * The pool routes' request bodies, checked by hand (they are small and on the request path): each
 * parser returns the request or the first problem, named by its JSON field.
 */
import type { UpstreamCall } from '../key-reports.js';
import type { StreamMetadata } from '../pool-records.js';

export interface Problem {
  field: string;
  message: string;
}

export interface StartRequest {
  userId: string;
  deviceId: string;
  stream: StreamMetadata;
}

export interface EndRequest {
  outcome: 'stopped' | 'error';
}

/** An upstream call as the proxy reports it: the key by its id, the rest as the engine records it. */
export type ReportRequest = Omit<UpstreamCall, 'key'> & { poolKeyId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IMDB_ID = /^tt\d{1,12}$/;
const INFO_HASH = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const ERROR_TYPE = /^[a-z0-9_]{1,64}$/;

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const problem = (field: string, message: string): Problem => ({ field, message });

function uuid(body: Fields, field: string, required: boolean): string | null | Problem {
  const value = body[field];
  if (value === undefined || value === null) return required ? problem(field, 'is required (a UUID)') : null;
  return typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : problem(field, 'must be a UUID');
}

function text(body: Fields, field: string, max: number, required: boolean): string | null | Problem {
  const value = body[field];
  if (value === undefined || value === null) return required ? problem(field, `is required (1 to ${max} characters)`) : null;
  return typeof value === 'string' && value.length >= 1 && value.length <= max ? value : problem(field, `must be a string of 1 to ${max} characters`);
}

const isProblem = (value: unknown): value is Problem => isObject(value) && typeof value.field === 'string' && typeof value.message === 'string';

function streamMetadata(value: unknown): StreamMetadata | Problem {
  if (value === undefined || value === null) return { type: null, imdbId: null, torrentHash: null, title: null };
  if (!isObject(value)) return problem('stream', 'must be an object {type, imdbId, torrentHash, title}');
  const type = value.type ?? null;
  if (type !== null && type !== 'movie' && type !== 'series') return problem('stream.type', 'must be "movie" or "series"');
  const imdbId = value.imdbId ?? null;
  if (imdbId !== null && (typeof imdbId !== 'string' || !IMDB_ID.test(imdbId))) return problem('stream.imdbId', 'must be an IMDb id such as tt0111161');
  const torrentHash = value.torrentHash ?? null;
  if (torrentHash !== null && (typeof torrentHash !== 'string' || !INFO_HASH.test(torrentHash))) {
    return problem('stream.torrentHash', 'must be a hex info hash (40 or 64 characters)');
  }
  const title = value.title ?? null;
  if (title !== null && (typeof title !== 'string' || title.length > 500)) return problem('stream.title', 'must be a string of at most 500 characters');
  return { type, imdbId, torrentHash: torrentHash === null ? null : torrentHash.toLowerCase(), title };
}

export function parseStartRequest(body: unknown): StartRequest | Problem {
  if (!isObject(body)) return problem('', 'the body must be a JSON object {userId, deviceId, stream}');
  const userId = uuid(body, 'userId', true);
  if (isProblem(userId)) return userId;
  const deviceId = text(body, 'deviceId', 128, true);
  if (isProblem(deviceId)) return deviceId;
  const stream = streamMetadata(body.stream);
  if (isProblem(stream)) return stream;
  return { userId: userId!, deviceId: deviceId!, stream };
}

export function parseEndRequest(body: unknown): EndRequest | Problem {
  if (!isObject(body)) return problem('', 'the body must be a JSON object {outcome?}');
  const outcome = body.outcome ?? 'stopped';
  if (outcome !== 'stopped' && outcome !== 'error') return problem('outcome', 'must be "stopped" or "error"');
  return { outcome };
}

export function parseHeartbeatRequest(body: unknown): Problem | null {
  return isObject(body) ? null : problem('', 'the body must be a JSON object (or empty)');
}

export function parseReportRequest(body: unknown): ReportRequest | Problem {
  if (!isObject(body)) return problem('', 'the body must be a JSON object {poolKeyId, endpoint, httpStatus, ...}');
  const poolKeyId = uuid(body, 'poolKeyId', true);
  if (isProblem(poolKeyId)) return poolKeyId;
  const endpoint = text(body, 'endpoint', 500, true);
  if (isProblem(endpoint)) return endpoint;
  const httpStatus = body.httpStatus;
  if (typeof httpStatus !== 'number' || !Number.isInteger(httpStatus) || !(httpStatus === 0 || (httpStatus >= 100 && httpStatus <= 599))) {
    return problem('httpStatus', 'is required: the upstream HTTP status (100-599), or 0 when no answer came');
  }
  const ok = body.ok ?? (httpStatus >= 100 && httpStatus < 400);
  if (typeof ok !== 'boolean') return problem('ok', 'must be a boolean');
  const responseTimeMs = body.responseTimeMs ?? null;
  if (responseTimeMs !== null && (typeof responseTimeMs !== 'number' || !Number.isInteger(responseTimeMs) || responseTimeMs < 0 || responseTimeMs > 2 ** 31 - 1)) {
    return problem('responseTimeMs', 'must be a whole number of milliseconds');
  }
  const cached = body.cached ?? null;
  if (cached !== null && typeof cached !== 'boolean') return problem('cached', 'must be a boolean');
  const errorType = body.errorType ?? null;
  if (errorType !== null && (typeof errorType !== 'string' || !ERROR_TYPE.test(errorType))) return problem('errorType', 'must match [a-z0-9_]{1,64}');
  const userId = uuid(body, 'userId', false);
  if (isProblem(userId)) return userId;
  const deviceId = text(body, 'deviceId', 128, false);
  if (isProblem(deviceId)) return deviceId;
  const stream = streamMetadata(body.stream);
  if (isProblem(stream)) return stream;
  return { poolKeyId: poolKeyId!, endpoint: endpoint!, httpStatus, ok, responseTimeMs, cached, errorType, userId, deviceId, stream };
}

export { isProblem };
