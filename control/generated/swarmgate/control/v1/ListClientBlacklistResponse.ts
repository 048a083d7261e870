// Original file: proto/swarmgate/control/v1/moderation.proto

import type { ClientBlacklistEntry as _swarmgate_control_v1_ClientBlacklistEntry, ClientBlacklistEntry__Output as _swarmgate_control_v1_ClientBlacklistEntry__Output } from '../../../swarmgate/control/v1/ClientBlacklistEntry.js';

export interface ListClientBlacklistResponse {
  'entries'?: (_swarmgate_control_v1_ClientBlacklistEntry)[];
}

export interface ListClientBlacklistResponse__Output {
  'entries': (_swarmgate_control_v1_ClientBlacklistEntry__Output)[];
}
