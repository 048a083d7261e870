// Original file: proto/swarmgate/control/v1/moderation.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

export interface BlacklistedPort {
  'name'?: (string);
  'portFrom'?: (number);
  'portTo'?: (number);
  'reason'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
}

export interface BlacklistedPort__Output {
  'name': (string);
  'portFrom': (number);
  'portTo': (number);
  'reason': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
}
