// Original file: proto/swarmgate/control/v1/moderation.proto

import type { WarningKind as _swarmgate_control_v1_WarningKind, WarningKind__Output as _swarmgate_control_v1_WarningKind__Output } from '../../../swarmgate/control/v1/WarningKind.js';
import type { WarningSeverity as _swarmgate_control_v1_WarningSeverity, WarningSeverity__Output as _swarmgate_control_v1_WarningSeverity__Output } from '../../../swarmgate/control/v1/WarningSeverity.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

export interface Warning {
  'name'?: (string);
  'user'?: (string);
  'kind'?: (_swarmgate_control_v1_WarningKind);
  'severity'?: (_swarmgate_control_v1_WarningSeverity);
  'points'?: (number);
  'reason'?: (string);
  'torrent'?: (string);
  'report'?: (string);
  'issuedBy'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
  'expireTime'?: (_google_protobuf_Timestamp | null);
  'acknowledgeTime'?: (_google_protobuf_Timestamp | null);
  'revokeTime'?: (_google_protobuf_Timestamp | null);
  'revokeReason'?: (string);
  'active'?: (boolean);
}

export interface Warning__Output {
  'name': (string);
  'user': (string);
  'kind': (_swarmgate_control_v1_WarningKind__Output);
  'severity': (_swarmgate_control_v1_WarningSeverity__Output);
  'points': (number);
  'reason': (string);
  'torrent': (string);
  'report': (string);
  'issuedBy': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  'expireTime': (_google_protobuf_Timestamp__Output | null);
  'acknowledgeTime': (_google_protobuf_Timestamp__Output | null);
  'revokeTime': (_google_protobuf_Timestamp__Output | null);
  'revokeReason': (string);
  'active': (boolean);
}
