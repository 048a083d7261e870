// Original file: proto/swarmgate/control/v1/pool.proto

import type { PoolSlot as _swarmgate_control_v1_PoolSlot, PoolSlot__Output as _swarmgate_control_v1_PoolSlot__Output } from '../../../swarmgate/control/v1/PoolSlot.js';

export interface ListSlotsResponse {
  'slots'?: (_swarmgate_control_v1_PoolSlot)[];
  'nextPageToken'?: (string);
}

export interface ListSlotsResponse__Output {
  'slots': (_swarmgate_control_v1_PoolSlot__Output)[];
  'nextPageToken': (string);
}
