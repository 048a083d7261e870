// Original file: proto/swarmgate/control/v1/users.proto

import type { User as _swarmgate_control_v1_User, User__Output as _swarmgate_control_v1_User__Output } from '../../../swarmgate/control/v1/User.js';

export interface CreateUserRequest {
  'user'?: (_swarmgate_control_v1_User | null);
  'password'?: (string);
}

export interface CreateUserRequest__Output {
  'user': (_swarmgate_control_v1_User__Output | null);
  'password': (string);
}
