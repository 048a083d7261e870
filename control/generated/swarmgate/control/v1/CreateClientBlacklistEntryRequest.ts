// Original file: proto/swarmgate/control/v1/moderation.proto

import type { ClientBlacklistEntry as _swarmgate_control_v1_ClientBlacklistEntry, ClientBlacklistEntry__Output as _swarmgate_control_v1_ClientBlacklistEntry__Output } from '../../../swarmgate/control/v1/ClientBlacklistEntry.js';

export interface CreateClientBlacklistEntryRequest {
  'entry'?: (_swarmgate_control_v1_ClientBlacklistEntry | null);
}

export interface CreateClientBlacklistEntryRequest__Output {
  'entry': (_swarmgate_control_v1_ClientBlacklistEntry__Output | null);
}
