// Original file: proto/swarmgate/control/v1/auth.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

export interface Session {
  'name'?: (string);
  'deviceName'?: (string);
  'userAgent'?: (string);
  'ip'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
  'lastSeenTime'?: (_google_protobuf_Timestamp | null);
  'expireTime'?: (_google_protobuf_Timestamp | null);
  'revokeTime'?: (_google_protobuf_Timestamp | null);
  'revokeReason'?: (string);
}

export interface Session__Output {
  'name': (string);
  'deviceName': (string);
  'userAgent': (string);
  'ip': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  'lastSeenTime': (_google_protobuf_Timestamp__Output | null);
  'expireTime': (_google_protobuf_Timestamp__Output | null);
  'revokeTime': (_google_protobuf_Timestamp__Output | null);
  'revokeReason': (string);
}
