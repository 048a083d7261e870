// Original file: proto/swarmgate/control/v1/bonus.proto

import type { BonusRule as _swarmgate_control_v1_BonusRule, BonusRule__Output as _swarmgate_control_v1_BonusRule__Output } from '../../../swarmgate/control/v1/BonusRule.js';

export interface CreateBonusRuleRequest {
  'ruleId'?: (string);
  'rule'?: (_swarmgate_control_v1_BonusRule | null);
}

export interface CreateBonusRuleRequest__Output {
  'ruleId': (string);
  'rule': (_swarmgate_control_v1_BonusRule__Output | null);
}
