// Original file: proto/swarmgate/control/v1/moderation.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

export interface ClientBlacklistEntry {
  'name'?: (string);
  'peerIdPrefix'?: (Buffer | Uint8Array | string);
  'clientName'?: (string);
  'reason'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
}

export interface ClientBlacklistEntry__Output {
  'name': (string);
  'peerIdPrefix': (Buffer);
  'clientName': (string);
  'reason': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
}
