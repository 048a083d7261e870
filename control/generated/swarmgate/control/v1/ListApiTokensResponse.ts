// Original file: proto/swarmgate/control/v1/auth.proto

import type { ApiToken as _swarmgate_control_v1_ApiToken, ApiToken__Output as _swarmgate_control_v1_ApiToken__Output } from '../../../swarmgate/control/v1/ApiToken.js';

export interface ListApiTokensResponse {
  'apiTokens'?: (_swarmgate_control_v1_ApiToken)[];
  'nextPageToken'?: (string);
}

export interface ListApiTokensResponse__Output {
  'apiTokens': (_swarmgate_control_v1_ApiToken__Output)[];
  'nextPageToken': (string);
}
