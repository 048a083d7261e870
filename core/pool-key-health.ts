/**
 * The health rule of a debrid pool key, shared by the engine (which sees the proxy's reports of
 * upstream calls) and the control plane's probe job, so both move a key the same way:
 * - 401 or 403 from upstream: `failing` at once (the provider revokes abused keys);
 * - consecutive failures: `degraded` from `degradedAfter`, `failing` from `failingAfter`;
 * - a success resets the count and makes a degraded or failing key healthy again.
 * `disabled` is an operator's decision and never changes here.
 */
export type PoolKeyStatus = 'healthy' | 'degraded' | 'failing' | 'disabled';

export interface PoolKeyHealth {
  status: PoolKeyStatus;
  consecutiveFailures: number;
  /** Why the key is not healthy ('' when healthy). */
  reason: string;
}

export interface HealthThresholds {
  degradedAfter: number;
  failingAfter: number;
}

/** A call's outcome: its HTTP status (0 when no answer came: timeout, refused connection). */
export function nextPoolKeyHealth(current: PoolKeyHealth, httpStatus: number, ok: boolean, thresholds: HealthThresholds): PoolKeyHealth {
  if (current.status === 'disabled') return current;
  if (ok) return { status: 'healthy', consecutiveFailures: 0, reason: '' };
  const consecutiveFailures = current.consecutiveFailures + 1;
  if (httpStatus === 401 || httpStatus === 403) {
    return { status: 'failing', consecutiveFailures, reason: `upstream refused the key (HTTP ${httpStatus})` };
  }
  const what = httpStatus ? `HTTP ${httpStatus}` : 'no answer';
  if (consecutiveFailures >= thresholds.failingAfter) return { status: 'failing', consecutiveFailures, reason: `${consecutiveFailures} consecutive failures (last: ${what})` };
  if (consecutiveFailures >= thresholds.degradedAfter) return { status: 'degraded', consecutiveFailures, reason: `${consecutiveFailures} consecutive failures (last: ${what})` };
  return { ...current, consecutiveFailures };
}
