// Original file: proto/swarmgate/control/v1/pool.proto

import type { PoolStatus as _swarmgate_control_v1_PoolStatus, PoolStatus__Output as _swarmgate_control_v1_PoolStatus__Output } from '../../../swarmgate/control/v1/PoolStatus.js';

export interface ListPoolStatusResponse {
  'statuses'?: (_swarmgate_control_v1_PoolStatus)[];
  'nextPageToken'?: (string);
}

export interface ListPoolStatusResponse__Output {
  'statuses': (_swarmgate_control_v1_PoolStatus__Output)[];
  'nextPageToken': (string);
}
