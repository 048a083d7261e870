// Original file: proto/swarmgate/control/v1/moderation.proto

import type { BanType as _swarmgate_control_v1_BanType, BanType__Output as _swarmgate_control_v1_BanType__Output } from '../../../swarmgate/control/v1/BanType.js';
import type { BanSource as _swarmgate_control_v1_BanSource, BanSource__Output as _swarmgate_control_v1_BanSource__Output } from '../../../swarmgate/control/v1/BanSource.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';
import type { AppealStatus as _swarmgate_control_v1_AppealStatus, AppealStatus__Output as _swarmgate_control_v1_AppealStatus__Output } from '../../../swarmgate/control/v1/AppealStatus.js';

export interface Ban {
  'name'?: (string);
  'type'?: (_swarmgate_control_v1_BanType);
  'source'?: (_swarmgate_control_v1_BanSource);
  'user'?: (string);
  'ipRange'?: (string);
  'emailPattern'?: (string);
  'reason'?: (string);
  'internalNotes'?: (string);
  'bannedBy'?: (string);
  'startTime'?: (_google_protobuf_Timestamp | null);
  'expireTime'?: (_google_protobuf_Timestamp | null);
  'permanent'?: (boolean);
  'active'?: (boolean);
  'appealStatus'?: (_swarmgate_control_v1_AppealStatus);
  'appealText'?: (string);
  'appealResponse'?: (string);
  'liftTime'?: (_google_protobuf_Timestamp | null);
  'liftedBy'?: (string);
  'liftReason'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
  'etag'?: (string);
}

export interface Ban__Output {
  'name': (string);
  'type': (_swarmgate_control_v1_BanType__Output);
  'source': (_swarmgate_control_v1_BanSource__Output);
  'user': (string);
  'ipRange': (string);
  'emailPattern': (string);
  'reason': (string);
  'internalNotes': (string);
  'bannedBy': (string);
  'startTime': (_google_protobuf_Timestamp__Output | null);
  'expireTime': (_google_protobuf_Timestamp__Output | null);
  'permanent': (boolean);
  'active': (boolean);
  'appealStatus': (_swarmgate_control_v1_AppealStatus__Output);
  'appealText': (string);
  'appealResponse': (string);
  'liftTime': (_google_protobuf_Timestamp__Output | null);
  'liftedBy': (string);
  'liftReason': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  'etag': (string);
}
