// Original file: proto/swarmgate/control/v1/bonus.proto


export interface ListBonusRulesRequest {
}

export interface ListBonusRulesRequest__Output {
}
