// Original file: proto/swarmgate/control/v1/moderation.proto

import type { Ban as _swarmgate_control_v1_Ban, Ban__Output as _swarmgate_control_v1_Ban__Output } from '../../../swarmgate/control/v1/Ban.js';

export interface CreateBanRequest {
  'ban'?: (_swarmgate_control_v1_Ban | null);
}

export interface CreateBanRequest__Output {
  'ban': (_swarmgate_control_v1_Ban__Output | null);
}
