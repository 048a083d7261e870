// Original file: proto/swarmgate/control/v1/pool.proto

import type { PoolKey as _swarmgate_control_v1_PoolKey, PoolKey__Output as _swarmgate_control_v1_PoolKey__Output } from '../../../swarmgate/control/v1/PoolKey.js';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../../google/protobuf/FieldMask.js';

export interface UpdatePoolKeyRequest {
  'poolKey'?: (_swarmgate_control_v1_PoolKey | null);
  'updateMask'?: (_google_protobuf_FieldMask | null);
}

export interface UpdatePoolKeyRequest__Output {
  'poolKey': (_swarmgate_control_v1_PoolKey__Output | null);
  'updateMask': (_google_protobuf_FieldMask__Output | null);
}
