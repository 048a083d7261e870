// Original file: proto/swarmgate/control/v1/auth.proto

import type { ApiToken as _swarmgate_control_v1_ApiToken, ApiToken__Output as _swarmgate_control_v1_ApiToken__Output } from '../../../swarmgate/control/v1/ApiToken.js';

export interface CreateApiTokenResponse {
  'token'?: (string);
  'apiToken'?: (_swarmgate_control_v1_ApiToken | null);
}

export interface CreateApiTokenResponse__Output {
  'token': (string);
  'apiToken': (_swarmgate_control_v1_ApiToken__Output | null);
}
