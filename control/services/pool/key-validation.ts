/** Field rules for pool keys, shared by CreatePoolKey and UpdatePoolKey. */
import type { Violations } from '../../errors/violations.js';

export const DEFAULT_MAX_USER_SLOTS = 100;
/** TorBox's hard cap of simultaneous streams per key. */
export const DEFAULT_MAX_CONCURRENT_STREAMS = 35;
const MAX_LIMIT = 10_000;

export function checkDisplayName(v: Violations, field: string, name: string): void {
  v.check(name.length >= 1 && name.length <= 100 && !/[\x00-\x1f\x7f]/.test(name), field, 'is required: 1 to 100 characters, no control characters');
}

export function checkLimit(v: Violations, field: string, value: number): void {
  v.check(Number.isInteger(value) && value >= 1 && value <= MAX_LIMIT, field, `must be from 1 to ${MAX_LIMIT}`);
}
