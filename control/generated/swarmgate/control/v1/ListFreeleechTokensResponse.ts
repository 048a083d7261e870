// Original file: proto/swarmgate/control/v1/bonus.proto

import type { FreeleechToken as _swarmgate_control_v1_FreeleechToken, FreeleechToken__Output as _swarmgate_control_v1_FreeleechToken__Output } from '../../../swarmgate/control/v1/FreeleechToken.js';

export interface ListFreeleechTokensResponse {
  'tokens'?: (_swarmgate_control_v1_FreeleechToken)[];
  'nextPageToken'?: (string);
}

export interface ListFreeleechTokensResponse__Output {
  'tokens': (_swarmgate_control_v1_FreeleechToken__Output)[];
  'nextPageToken': (string);
}
