// Original file: proto/swarmgate/control/v1/moderation.proto

import type { Group as _swarmgate_control_v1_Group, Group__Output as _swarmgate_control_v1_Group__Output } from '../../../swarmgate/control/v1/Group.js';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../../google/protobuf/FieldMask.js';

export interface UpdateGroupRequest {
  'group'?: (_swarmgate_control_v1_Group | null);
  'updateMask'?: (_google_protobuf_FieldMask | null);
}

export interface UpdateGroupRequest__Output {
  'group': (_swarmgate_control_v1_Group__Output | null);
  'updateMask': (_google_protobuf_FieldMask__Output | null);
}
