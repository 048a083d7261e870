// Original file: proto/swarmgate/control/v1/pool.proto

import type { PoolSlot as _swarmgate_control_v1_PoolSlot, PoolSlot__Output as _swarmgate_control_v1_PoolSlot__Output } from '../../../swarmgate/control/v1/PoolSlot.js';

export interface ReclaimIdleSlotsResponse {
  'slots'?: (_swarmgate_control_v1_PoolSlot)[];
  'dryRun'?: (boolean);
  'assignmentsRemoved'?: (number);
}

export interface ReclaimIdleSlotsResponse__Output {
  'slots': (_swarmgate_control_v1_PoolSlot__Output)[];
  'dryRun': (boolean);
  'assignmentsRemoved': (number);
}
