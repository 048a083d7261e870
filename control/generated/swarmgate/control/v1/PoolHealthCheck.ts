// Original file: proto/swarmgate/control/v1/pool.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

export interface PoolHealthCheck {
  'name'?: (string);
  'poolKey'?: (string);
  'checkTime'?: (_google_protobuf_Timestamp | null);
  'checkType'?: (string);
  'endpoint'?: (string);
  'httpStatus'?: (number);
  'responseTimeMs'?: (number);
  'successful'?: (boolean);
  'errorType'?: (string);
  'errorMessage'?: (string);
  'consecutiveFailures'?: (number);
  '_responseTimeMs'?: "responseTimeMs";
}

export interface PoolHealthCheck__Output {
  'name': (string);
  'poolKey': (string);
  'checkTime': (_google_protobuf_Timestamp__Output | null);
  'checkType': (string);
  'endpoint': (string);
  'httpStatus': (number);
  'responseTimeMs'?: (number);
  'successful': (boolean);
  'errorType': (string);
  'errorMessage': (string);
  'consecutiveFailures': (number);
  '_responseTimeMs'?: "responseTimeMs";
}
