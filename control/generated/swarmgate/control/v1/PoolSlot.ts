// Original file: proto/swarmgate/control/v1/pool.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';
import type { PoolKeyHealth as _swarmgate_control_v1_PoolKeyHealth, PoolKeyHealth__Output as _swarmgate_control_v1_PoolKeyHealth__Output } from '../../../swarmgate/control/v1/PoolKeyHealth.js';

export interface PoolSlot {
  'name'?: (string);
  'id'?: (string);
  'poolKey'?: (string);
  'slotNumber'?: (number);
  'user'?: (string);
  'userEmail'?: (string);
  'assignTime'?: (_google_protobuf_Timestamp | null);
  'lastActivityTime'?: (_google_protobuf_Timestamp | null);
  'totalStreams'?: (number);
  'active'?: (boolean);
  'poolHealth'?: (_swarmgate_control_v1_PoolKeyHealth);
  'daysSinceActivity'?: (number | string);
  '_daysSinceActivity'?: "daysSinceActivity";
}

export interface PoolSlot__Output {
  'name': (string);
  'id': (string);
  'poolKey': (string);
  'slotNumber': (number);
  'user': (string);
  'userEmail': (string);
  'assignTime': (_google_protobuf_Timestamp__Output | null);
  'lastActivityTime': (_google_protobuf_Timestamp__Output | null);
  'totalStreams': (number);
  'active': (boolean);
  'poolHealth': (_swarmgate_control_v1_PoolKeyHealth__Output);
  'daysSinceActivity'?: (number);
  '_daysSinceActivity'?: "daysSinceActivity";
}
