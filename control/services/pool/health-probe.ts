/**
 * Probing a pool key against the provider's API (GET {pool.upstreamBaseUrl}{pool.probePath} with
 * "Authorization: Bearer <key>", bounded by pool.probeTimeoutMs), and recording the outcome: a
 * torbox_pool_health row, and the key's health moved by the shared rule (core/pool-key-health.ts)
 * under its row lock. The key's plaintext goes into the Authorization header and nowhere else: not
 * into the health row, errors or logs.
 */
import type { Config } from '../../../core/config.js';
import type { PoolClient } from '../../../core/db.js';
import { nextPoolKeyHealth, type PoolKeyStatus } from '../../../core/pool-key-health.js';

export interface ProbeOutcome {
  /** 0 when no answer came. */
  httpStatus: number;
  ok: boolean;
  responseTimeMs: number | null;
  errorType: 'timeout' | 'connection' | 'http_error' | null;
  errorMessage: string | null;
}

/** One probe call. Never throws: a failure is an outcome. */
export async function probeKey(settings: Config['pool'], apiKey: string, signal: AbortSignal): Promise<ProbeOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const timeout = AbortSignal.timeout(settings.probeTimeoutMs);
  try {
    const response = await fetch(new URL(settings.probePath, settings.upstreamBaseUrl), {
      headers: { authorization: `Bearer ${apiKey}`, accept: 'application/json' },
      signal: AbortSignal.any([signal, timeout]),
      redirect: 'error',
    });
    // Read the body so the connection is reused; its content is not needed.
    await response.arrayBuffer().catch(() => undefined);
    const ms = elapsed();
    if (response.ok) return { httpStatus: response.status, ok: true, responseTimeMs: ms, errorType: null, errorMessage: null };
    return { httpStatus: response.status, ok: false, responseTimeMs: ms, errorType: 'http_error', errorMessage: `HTTP ${response.status} ${response.statusText}`.trim() };
  } catch (err) {
    if (timeout.aborted) return { httpStatus: 0, ok: false, responseTimeMs: null, errorType: 'timeout', errorMessage: `no answer within ${settings.probeTimeoutMs} ms` };
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    return { httpStatus: 0, ok: false, responseTimeMs: null, errorType: 'connection', errorMessage: cause?.code ?? cause?.message ?? (err as Error).message };
  }
}

/**
 * Records a probe of key `poolKeyId` at `now` in `tx`: the health row and the key's new health.
 * Returns whether the key's status changed, or null when the key is gone or disabled (nothing is
 * written: a disabled key's health is an operator's decision).
 */
export async function recordProbe(tx: PoolClient, settings: Config['pool'], poolKeyId: string, outcome: ProbeOutcome, now: Date): Promise<{ from: PoolKeyStatus; to: PoolKeyStatus } | null> {
  const { rows: [key] } = await tx.query<{ status: PoolKeyStatus; consecutive_failures: number; status_reason: string | null }>(
    `SELECT status, consecutive_failures, status_reason FROM torbox_pool WHERE id = $1 FOR UPDATE`,
    [poolKeyId],
  );
  if (!key || key.status === 'disabled') return null;
  const next = nextPoolKeyHealth(
    { status: key.status, consecutiveFailures: key.consecutive_failures, reason: key.status_reason ?? '' },
    outcome.httpStatus,
    outcome.ok,
    { degradedAfter: settings.degradedAfterFailures, failingAfter: settings.failingAfterFailures },
  );
  await tx.query(
    `UPDATE torbox_pool SET status = $2, status_reason = nullif($3, ''), consecutive_failures = $4,
            last_success_at = CASE WHEN $5 THEN $6 ELSE last_success_at END,
            last_failure_at = CASE WHEN $5 THEN last_failure_at ELSE $6 END
     WHERE id = $1`,
    [poolKeyId, next.status, next.reason, next.consecutiveFailures, outcome.ok, now],
  );
  await tx.query(
    `INSERT INTO torbox_pool_health (pool_key_id, checked_at, check_type, endpoint, http_status, response_time_ms, was_successful, error_type, error_message, consecutive_failures)
     VALUES ($1, $2, 'health_check', $3, $4, $5, $6, $7, $8, $9)`,
    [poolKeyId, now, settings.probePath, outcome.httpStatus || null, outcome.responseTimeMs, outcome.ok, outcome.errorType, outcome.errorMessage, next.consecutiveFailures],
  );
  return { from: key.status, to: next.status };
}
