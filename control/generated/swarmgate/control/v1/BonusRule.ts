// Original file: proto/swarmgate/control/v1/bonus.proto

import type { BonusRuleType as _swarmgate_control_v1_BonusRuleType, BonusRuleType__Output as _swarmgate_control_v1_BonusRuleType__Output } from '../../../swarmgate/control/v1/BonusRuleType.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

export interface BonusRule {
  'name'?: (string);
  'id'?: (string);
  'description'?: (string);
  'ruleType'?: (_swarmgate_control_v1_BonusRuleType);
  'pointsPerHour'?: (string);
  'baseMultiplier'?: (string);
  'sizeMultiplierEnabled'?: (boolean);
  'conditionsJson'?: (string);
  'categoryIds'?: (number)[];
  'priority'?: (number);
  'active'?: (boolean);
  'createTime'?: (_google_protobuf_Timestamp | null);
  'updateTime'?: (_google_protobuf_Timestamp | null);
}

export interface BonusRule__Output {
  'name': (string);
  'id': (string);
  'description': (string);
  'ruleType': (_swarmgate_control_v1_BonusRuleType__Output);
  'pointsPerHour': (string);
  'baseMultiplier': (string);
  'sizeMultiplierEnabled': (boolean);
  'conditionsJson': (string);
  'categoryIds': (number)[];
  'priority': (number);
  'active': (boolean);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  'updateTime': (_google_protobuf_Timestamp__Output | null);
}
