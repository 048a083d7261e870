// Original file: proto/swarmgate/control/v1/moderation.proto

import type { BlacklistedPort as _swarmgate_control_v1_BlacklistedPort, BlacklistedPort__Output as _swarmgate_control_v1_BlacklistedPort__Output } from '../../../swarmgate/control/v1/BlacklistedPort.js';

export interface CreateBlacklistedPortRequest {
  'port'?: (_swarmgate_control_v1_BlacklistedPort | null);
}

export interface CreateBlacklistedPortRequest__Output {
  'port': (_swarmgate_control_v1_BlacklistedPort__Output | null);
}
