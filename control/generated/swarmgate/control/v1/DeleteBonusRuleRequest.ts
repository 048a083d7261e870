// Original file: proto/swarmgate/control/v1/bonus.proto


export interface DeleteBonusRuleRequest {
  'name'?: (string);
}

export interface DeleteBonusRuleRequest__Output {
  'name': (string);
}
