// Original file: proto/swarmgate/control/v1/users.proto

import type { User as _swarmgate_control_v1_User, User__Output as _swarmgate_control_v1_User__Output } from '../../../swarmgate/control/v1/User.js';

export interface ListUsersResponse {
  'users'?: (_swarmgate_control_v1_User)[];
  'nextPageToken'?: (string);
}

export interface ListUsersResponse__Output {
  'users': (_swarmgate_control_v1_User__Output)[];
  'nextPageToken': (string);
}
