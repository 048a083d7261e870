// Original file: proto/swarmgate/control/v1/auth.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

export interface ApiToken {
  'name'?: (string);
  'displayName'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
  'lastUsedTime'?: (_google_protobuf_Timestamp | null);
  'expireTime'?: (_google_protobuf_Timestamp | null);
  'revokeTime'?: (_google_protobuf_Timestamp | null);
}

export interface ApiToken__Output {
  'name': (string);
  'displayName': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  'lastUsedTime': (_google_protobuf_Timestamp__Output | null);
  'expireTime': (_google_protobuf_Timestamp__Output | null);
  'revokeTime': (_google_protobuf_Timestamp__Output | null);
}
