// Original file: proto/swarmgate/control/v1/moderation.proto

import type { BlacklistedPort as _swarmgate_control_v1_BlacklistedPort, BlacklistedPort__Output as _swarmgate_control_v1_BlacklistedPort__Output } from '../../../swarmgate/control/v1/BlacklistedPort.js';

export interface ListBlacklistedPortsResponse {
  'ports'?: (_swarmgate_control_v1_BlacklistedPort)[];
}

export interface ListBlacklistedPortsResponse__Output {
  'ports': (_swarmgate_control_v1_BlacklistedPort__Output)[];
}
