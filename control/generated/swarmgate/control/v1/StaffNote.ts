// Original file: proto/swarmgate/control/v1/moderation.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

export interface StaffNote {
  'name'?: (string);
  'author'?: (string);
  'body'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
}

export interface StaffNote__Output {
  'name': (string);
  'author': (string);
  'body': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
}
