/** Pool key statuses as the small integers the shared key cells hold. */
import type { PoolKeyStatus } from '../../../core/pool-key-health.js';

export const KEY_STATUSES: readonly PoolKeyStatus[] = ['healthy', 'degraded', 'failing', 'disabled'];
export const HEALTHY = 0;
export const DEGRADED = 1;
export const FAILING = 2;
export const DISABLED = 3;

export function statusCode(status: PoolKeyStatus): number {
  return KEY_STATUSES.indexOf(status);
}

export function statusName(code: number): PoolKeyStatus {
  return KEY_STATUSES[code] ?? 'disabled';
}
