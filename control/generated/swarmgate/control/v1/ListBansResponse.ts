// Original file: proto/swarmgate/control/v1/moderation.proto

import type { Ban as _swarmgate_control_v1_Ban, Ban__Output as _swarmgate_control_v1_Ban__Output } from '../../../swarmgate/control/v1/Ban.js';

export interface ListBansResponse {
  'bans'?: (_swarmgate_control_v1_Ban)[];
  'nextPageToken'?: (string);
}

export interface ListBansResponse__Output {
  'bans': (_swarmgate_control_v1_Ban__Output)[];
  'nextPageToken': (string);
}
