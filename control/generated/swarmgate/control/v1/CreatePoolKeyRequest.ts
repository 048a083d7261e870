// Original file: proto/swarmgate/control/v1/pool.proto

import type { PoolKey as _swarmgate_control_v1_PoolKey, PoolKey__Output as _swarmgate_control_v1_PoolKey__Output } from '../../../swarmgate/control/v1/PoolKey.js';

export interface CreatePoolKeyRequest {
  'poolKey'?: (_swarmgate_control_v1_PoolKey | null);
  'apiKey'?: (string);
}

export interface CreatePoolKeyRequest__Output {
  'poolKey': (_swarmgate_control_v1_PoolKey__Output | null);
  'apiKey': (string);
}
