// Original file: proto/swarmgate/control/v1/pool.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

export interface PoolStream {
  'name'?: (string);
  'leaseId'?: (string);
  'poolKey'?: (string);
  'user'?: (string);
  'slot'?: (string);
  'deviceId'?: (string);
  'startTime'?: (_google_protobuf_Timestamp | null);
  'lastHeartbeatTime'?: (_google_protobuf_Timestamp | null);
  'streamType'?: (string);
  'imdbId'?: (string);
  'torrentHash'?: (string);
}

export interface PoolStream__Output {
  'name': (string);
  'leaseId': (string);
  'poolKey': (string);
  'user': (string);
  'slot': (string);
  'deviceId': (string);
  'startTime': (_google_protobuf_Timestamp__Output | null);
  'lastHeartbeatTime': (_google_protobuf_Timestamp__Output | null);
  'streamType': (string);
  'imdbId': (string);
  'torrentHash': (string);
}
