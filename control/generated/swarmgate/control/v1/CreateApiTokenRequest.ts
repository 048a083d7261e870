// Original file: proto/swarmgate/control/v1/auth.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

export interface CreateApiTokenRequest {
  'parent'?: (string);
  'displayName'?: (string);
  'expireTime'?: (_google_protobuf_Timestamp | null);
}

export interface CreateApiTokenRequest__Output {
  'parent': (string);
  'displayName': (string);
  'expireTime': (_google_protobuf_Timestamp__Output | null);
}
