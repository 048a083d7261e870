// Original file: proto/swarmgate/control/v1/users.proto

import type { User as _swarmgate_control_v1_User, User__Output as _swarmgate_control_v1_User__Output } from '../../../swarmgate/control/v1/User.js';

export interface CreateUserResponse {
  'user'?: (_swarmgate_control_v1_User | null);
  'generatedPassword'?: (string);
}

export interface CreateUserResponse__Output {
  'user': (_swarmgate_control_v1_User__Output | null);
  'generatedPassword': (string);
}
