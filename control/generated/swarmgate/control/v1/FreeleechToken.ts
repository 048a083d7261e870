// Original file: proto/swarmgate/control/v1/bonus.proto

import type { FreeleechTokenStatus as _swarmgate_control_v1_FreeleechTokenStatus, FreeleechTokenStatus__Output as _swarmgate_control_v1_FreeleechTokenStatus__Output } from '../../../swarmgate/control/v1/FreeleechTokenStatus.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';
import type { Long } from '@grpc/proto-loader';

export interface FreeleechToken {
  'name'?: (string);
  'status'?: (_swarmgate_control_v1_FreeleechTokenStatus);
  'torrent'?: (string);
  'cost'?: (string);
  'acquireTime'?: (_google_protobuf_Timestamp | null);
  'activateTime'?: (_google_protobuf_Timestamp | null);
  'expireTime'?: (_google_protobuf_Timestamp | null);
  'downloadedBytes'?: (number | string | Long);
  'completeTime'?: (_google_protobuf_Timestamp | null);
  'revokeTime'?: (_google_protobuf_Timestamp | null);
  'revokedBy'?: (string);
  'revokeReason'?: (string);
}

export interface FreeleechToken__Output {
  'name': (string);
  'status': (_swarmgate_control_v1_FreeleechTokenStatus__Output);
  'torrent': (string);
  'cost': (string);
  'acquireTime': (_google_protobuf_Timestamp__Output | null);
  'activateTime': (_google_protobuf_Timestamp__Output | null);
  'expireTime': (_google_protobuf_Timestamp__Output | null);
  'downloadedBytes': (number);
  'completeTime': (_google_protobuf_Timestamp__Output | null);
  'revokeTime': (_google_protobuf_Timestamp__Output | null);
  'revokedBy': (string);
  'revokeReason': (string);
}
