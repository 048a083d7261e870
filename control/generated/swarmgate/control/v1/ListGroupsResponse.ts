// Original file: proto/swarmgate/control/v1/moderation.proto

import type { Group as _swarmgate_control_v1_Group, Group__Output as _swarmgate_control_v1_Group__Output } from '../../../swarmgate/control/v1/Group.js';

export interface ListGroupsResponse {
  'groups'?: (_swarmgate_control_v1_Group)[];
}

export interface ListGroupsResponse__Output {
  'groups': (_swarmgate_control_v1_Group__Output)[];
}
