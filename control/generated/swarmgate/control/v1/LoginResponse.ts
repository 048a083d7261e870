// Original file: proto/swarmgate/control/v1/auth.proto

import type { Session as _swarmgate_control_v1_Session, Session__Output as _swarmgate_control_v1_Session__Output } from '../../../swarmgate/control/v1/Session.js';

export interface LoginResponse {
  'sessionToken'?: (string);
  'session'?: (_swarmgate_control_v1_Session | null);
}

export interface LoginResponse__Output {
  'sessionToken': (string);
  'session': (_swarmgate_control_v1_Session__Output | null);
}
