// Original file: proto/swarmgate/control/v1/users.proto

import type { Session as _swarmgate_control_v1_Session, Session__Output as _swarmgate_control_v1_Session__Output } from '../../../swarmgate/control/v1/Session.js';

export interface ListUserSessionsResponse {
  'sessions'?: (_swarmgate_control_v1_Session)[];
  'nextPageToken'?: (string);
}

export interface ListUserSessionsResponse__Output {
  'sessions': (_swarmgate_control_v1_Session__Output)[];
  'nextPageToken': (string);
}
