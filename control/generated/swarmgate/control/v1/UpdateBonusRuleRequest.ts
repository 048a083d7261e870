// Original file: proto/swarmgate/control/v1/bonus.proto

import type { BonusRule as _swarmgate_control_v1_BonusRule, BonusRule__Output as _swarmgate_control_v1_BonusRule__Output } from '../../../swarmgate/control/v1/BonusRule.js';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../../google/protobuf/FieldMask.js';

export interface UpdateBonusRuleRequest {
  'rule'?: (_swarmgate_control_v1_BonusRule | null);
  'updateMask'?: (_google_protobuf_FieldMask | null);
}

export interface UpdateBonusRuleRequest__Output {
  'rule': (_swarmgate_control_v1_BonusRule__Output | null);
  'updateMask': (_google_protobuf_FieldMask__Output | null);
}
