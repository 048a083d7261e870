// Original file: proto/swarmgate/control/v1/moderation.proto

import type { Warning as _swarmgate_control_v1_Warning, Warning__Output as _swarmgate_control_v1_Warning__Output } from '../../../swarmgate/control/v1/Warning.js';

export interface ListWarningsResponse {
  'warnings'?: (_swarmgate_control_v1_Warning)[];
  'nextPageToken'?: (string);
  'activePoints'?: (number);
}

export interface ListWarningsResponse__Output {
  'warnings': (_swarmgate_control_v1_Warning__Output)[];
  'nextPageToken': (string);
  'activePoints': (number);
}
