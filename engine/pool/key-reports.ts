/**
 * A report of an upstream call made with a pool key: it moves the key's health by the shared rule
 * (core/pool-key-health.ts) in the shared cells, at once for every worker, and becomes a
 * torbox_usage_logs row.
 */
import { randomUUID } from 'node:crypto';
import { nextPoolKeyHealth } from '../../core/pool-key-health.js';
import type { PoolState } from './pool-state.js';
import type { StreamMetadata } from './pool-records.js';
import { statusCode, statusName } from './shared/key-status.js';

export interface UpstreamCall {
  key: number;
  endpoint: string;
  /** 0 when no answer came (timeout, refused connection). */
  httpStatus: number;
  ok: boolean;
  responseTimeMs: number | null;
  cached: boolean | null;
  errorType: string | null;
  userId: string | null;
  deviceId: string | null;
  stream: StreamMetadata;
}

/** Apply the report; returns the key's status after it. */
export function reportUpstreamCall(s: PoolState, call: UpstreamCall, nowMs: number): string {
  const thresholds = { degradedAfter: s.settings.degradedAfterFailures, failingAfter: s.settings.failingAfterFailures };
  let reason = '';
  let status = '';
  let failures = 0;
  const version = s.keyCells.changeHealth(call.key, call.httpStatus, (code, count) => {
    const next = nextPoolKeyHealth({ status: statusName(code), consecutiveFailures: count, reason: '' }, call.httpStatus, call.ok, thresholds);
    reason = next.reason;
    status = next.status;
    failures = next.consecutiveFailures;
    return { status: statusCode(next.status), failures: next.consecutiveFailures };
  });
  s.journal.upstreamCall(
    {
      id: randomUUID(),
      atMs: nowMs,
      key: call.key,
      userId: call.userId,
      deviceId: call.deviceId,
      stream: call.stream,
      endpoint: call.endpoint,
      statusCode: call.httpStatus === 0 ? null : call.httpStatus,
      responseTimeMs: call.responseTimeMs,
      cached: call.cached,
      ok: call.ok,
      errorType: call.errorType ?? (call.ok ? null : call.httpStatus === 0 ? 'no_answer' : 'http_error'),
    },
    { key: call.key, version, status, failures, reason, atMs: nowMs, ok: call.ok },
  );
  return status;
}
