// Original file: proto/swarmgate/control/v1/pool.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

export interface PoolUsageLog {
  'id'?: (string);
  'occurTime'?: (_google_protobuf_Timestamp | null);
  'poolKey'?: (string);
  'user'?: (string);
  'deviceId'?: (string);
  'streamType'?: (string);
  'title'?: (string);
  'imdbId'?: (string);
  'torrentHash'?: (string);
  'debridService'?: (string);
  'wasCached'?: (boolean);
  'endpoint'?: (string);
  'responseTimeMs'?: (number);
  'statusCode'?: (number);
  'successful'?: (boolean);
  'errorType'?: (string);
  '_wasCached'?: "wasCached";
  '_responseTimeMs'?: "responseTimeMs";
}

export interface PoolUsageLog__Output {
  'id': (string);
  'occurTime': (_google_protobuf_Timestamp__Output | null);
  'poolKey': (string);
  'user': (string);
  'deviceId': (string);
  'streamType': (string);
  'title': (string);
  'imdbId': (string);
  'torrentHash': (string);
  'debridService': (string);
  'wasCached'?: (boolean);
  'endpoint': (string);
  'responseTimeMs'?: (number);
  'statusCode': (number);
  'successful': (boolean);
  'errorType': (string);
  '_wasCached'?: "wasCached";
  '_responseTimeMs'?: "responseTimeMs";
}
