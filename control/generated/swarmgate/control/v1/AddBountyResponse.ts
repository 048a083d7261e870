// Original file: proto/swarmgate/control/v1/bonus.proto

import type { BonusTransaction as _swarmgate_control_v1_BonusTransaction, BonusTransaction__Output as _swarmgate_control_v1_BonusTransaction__Output } from '../../../swarmgate/control/v1/BonusTransaction.js';

export interface AddBountyResponse {
  'transaction'?: (_swarmgate_control_v1_BonusTransaction | null);
  'bountyTotal'?: (string);
}

export interface AddBountyResponse__Output {
  'transaction': (_swarmgate_control_v1_BonusTransaction__Output | null);
  'bountyTotal': (string);
}
