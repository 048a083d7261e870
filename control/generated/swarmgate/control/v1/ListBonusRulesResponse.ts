// Original file: proto/swarmgate/control/v1/bonus.proto

import type { BonusRule as _swarmgate_control_v1_BonusRule, BonusRule__Output as _swarmgate_control_v1_BonusRule__Output } from '../../../swarmgate/control/v1/BonusRule.js';

export interface ListBonusRulesResponse {
  'rules'?: (_swarmgate_control_v1_BonusRule)[];
}

export interface ListBonusRulesResponse__Output {
  'rules': (_swarmgate_control_v1_BonusRule__Output)[];
}
