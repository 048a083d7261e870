// Original file: proto/swarmgate/control/v1/pool.proto

import type { PoolKeyHealth as _swarmgate_control_v1_PoolKeyHealth, PoolKeyHealth__Output as _swarmgate_control_v1_PoolKeyHealth__Output } from '../../../swarmgate/control/v1/PoolKeyHealth.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

export interface PoolKey {
  'name'?: (string);
  'id'?: (string);
  'displayName'?: (string);
  'apiKeyFingerprint'?: (string);
  'active'?: (boolean);
  'priority'?: (number);
  'maxUserSlots'?: (number);
  'currentUserSlots'?: (number);
  'maxConcurrentStreams'?: (number);
  'currentConcurrentStreams'?: (number);
  'health'?: (_swarmgate_control_v1_PoolKeyHealth);
  'healthReason'?: (string);
  'lastSuccessTime'?: (_google_protobuf_Timestamp | null);
  'lastFailureTime'?: (_google_protobuf_Timestamp | null);
  'consecutiveFailures'?: (number);
  'totalRequests_24h'?: (number);
  'totalFailures_24h'?: (number);
  'failureRate_24h'?: (number | string);
  'avgResponseTimeMs'?: (number);
  'createTime'?: (_google_protobuf_Timestamp | null);
  'updateTime'?: (_google_protobuf_Timestamp | null);
  'etag'?: (string);
  '_avgResponseTimeMs'?: "avgResponseTimeMs";
}

export interface PoolKey__Output {
  'name': (string);
  'id': (string);
  'displayName': (string);
  'apiKeyFingerprint': (string);
  'active': (boolean);
  'priority': (number);
  'maxUserSlots': (number);
  'currentUserSlots': (number);
  'maxConcurrentStreams': (number);
  'currentConcurrentStreams': (number);
  'health': (_swarmgate_control_v1_PoolKeyHealth__Output);
  'healthReason': (string);
  'lastSuccessTime': (_google_protobuf_Timestamp__Output | null);
  'lastFailureTime': (_google_protobuf_Timestamp__Output | null);
  'consecutiveFailures': (number);
  'totalRequests_24h': (number);
  'totalFailures_24h': (number);
  'failureRate_24h': (number);
  'avgResponseTimeMs'?: (number);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  'updateTime': (_google_protobuf_Timestamp__Output | null);
  'etag': (string);
  '_avgResponseTimeMs'?: "avgResponseTimeMs";
}
