/**
 * The /healthz answer, the same on the announce port and the operations listener: "ok", or
 * "degraded" while the flush lag is past flush.lagWarnSeconds (announces are still served from
 * memory; what they count is not reaching PostgreSQL). The degraded status code is configurable:
 * 200 keeps a node that still serves in its load balancer, 503 takes it out.
 */
import { readHealth } from './metrics.js';

export interface HealthAnswer {
  status: 200 | 503;
  body: string;
}

export function healthAnswer(metricsBuffer: SharedArrayBuffer, workers: number, degradedStatus: 200 | 503): HealthAnswer {
  const health = readHealth(metricsBuffer, workers);
  if (!health.degraded) return { status: 200, body: 'ok\n' };
  return { status: degradedStatus, body: `degraded: flush lag ${Math.round(health.lagSeconds)} s\n` };
}

export const STATUS_LINES = { 200: '200 OK', 503: '503 Service Unavailable' } as const;
