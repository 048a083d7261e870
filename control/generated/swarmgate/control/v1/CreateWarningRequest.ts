// Original file: proto/swarmgate/control/v1/moderation.proto

import type { Warning as _swarmgate_control_v1_Warning, Warning__Output as _swarmgate_control_v1_Warning__Output } from '../../../swarmgate/control/v1/Warning.js';

export interface CreateWarningRequest {
  'warning'?: (_swarmgate_control_v1_Warning | null);
}

export interface CreateWarningRequest__Output {
  'warning': (_swarmgate_control_v1_Warning__Output | null);
}
