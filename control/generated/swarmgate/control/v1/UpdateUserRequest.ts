// Original file: proto/swarmgate/control/v1/users.proto

import type { User as _swarmgate_control_v1_User, User__Output as _swarmgate_control_v1_User__Output } from '../../../swarmgate/control/v1/User.js';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../../google/protobuf/FieldMask.js';

export interface UpdateUserRequest {
  'user'?: (_swarmgate_control_v1_User | null);
  'updateMask'?: (_google_protobuf_FieldMask | null);
}

export interface UpdateUserRequest__Output {
  'user': (_swarmgate_control_v1_User__Output | null);
  'updateMask': (_google_protobuf_FieldMask__Output | null);
}
