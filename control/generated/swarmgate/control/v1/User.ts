// Original file: proto/swarmgate/control/v1/users.proto

import type { UserStatus as _swarmgate_control_v1_UserStatus, UserStatus__Output as _swarmgate_control_v1_UserStatus__Output } from '../../../swarmgate/control/v1/UserStatus.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

export interface User {
  'name'?: (string);
  'id'?: (string);
  'username'?: (string);
  'email'?: (string);
  'group'?: (string);
  'status'?: (_swarmgate_control_v1_UserStatus);
  'disabledReason'?: (string);
  'passkey'?: (string);
  'canDownload'?: (boolean);
  'title'?: (string);
  'avatarUrl'?: (string);
  'profileText'?: (string);
  'invitesRemaining'?: (number);
  'twoFactorEnabled'?: (boolean);
  'createTime'?: (_google_protobuf_Timestamp | null);
  'updateTime'?: (_google_protobuf_Timestamp | null);
  'deleteTime'?: (_google_protobuf_Timestamp | null);
  'lastLoginTime'?: (_google_protobuf_Timestamp | null);
  'etag'?: (string);
}

export interface User__Output {
  'name': (string);
  'id': (string);
  'username': (string);
  'email': (string);
  'group': (string);
  'status': (_swarmgate_control_v1_UserStatus__Output);
  'disabledReason': (string);
  'passkey': (string);
  'canDownload': (boolean);
  'title': (string);
  'avatarUrl': (string);
  'profileText': (string);
  'invitesRemaining': (number);
  'twoFactorEnabled': (boolean);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  'updateTime': (_google_protobuf_Timestamp__Output | null);
  'deleteTime': (_google_protobuf_Timestamp__Output | null);
  'lastLoginTime': (_google_protobuf_Timestamp__Output | null);
  'etag': (string);
}
