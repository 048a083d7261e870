/**
 * PoolService: the debrid key pool's keys (pool/key-lifecycle.ts), capacity (pool/capacity.ts),
 * user slots (pool/slot-handlers.ts), live streams (pool/stream-handlers.ts) and history
 * (pool/history-handlers.ts). Its background jobs are in pool/jobs.ts.
 */
import type { PoolServiceHandlers } from '../generated/swarmgate/control/v1/PoolService.js';
import type { ServiceDeps } from './deps.js';
import { capacityHandlers } from './pool/capacity.js';
import { historyHandlers } from './pool/history-handlers.js';
import { keyLifecycleHandlers } from './pool/key-lifecycle.js';
import { slotHandlers } from './pool/slot-handlers.js';
import { streamHandlers } from './pool/stream-handlers.js';

export function poolServiceHandlers(deps: ServiceDeps): PoolServiceHandlers {
  return { ...keyLifecycleHandlers(deps), ...capacityHandlers(deps), ...slotHandlers(deps), ...streamHandlers(deps), ...historyHandlers(deps) };
}
