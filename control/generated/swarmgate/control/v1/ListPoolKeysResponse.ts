// Original file: proto/swarmgate/control/v1/pool.proto

import type { PoolKey as _swarmgate_control_v1_PoolKey, PoolKey__Output as _swarmgate_control_v1_PoolKey__Output } from '../../../swarmgate/control/v1/PoolKey.js';

export interface ListPoolKeysResponse {
  'poolKeys'?: (_swarmgate_control_v1_PoolKey)[];
  'nextPageToken'?: (string);
}

export interface ListPoolKeysResponse__Output {
  'poolKeys': (_swarmgate_control_v1_PoolKey__Output)[];
  'nextPageToken': (string);
}
