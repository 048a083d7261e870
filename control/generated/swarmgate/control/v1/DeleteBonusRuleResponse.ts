// Original file: proto/swarmgate/control/v1/bonus.proto


export interface DeleteBonusRuleResponse {
}

export interface DeleteBonusRuleResponse__Output {
}
