// Original file: proto/swarmgate/control/v1/bonus.proto


export interface GetBonusBalanceRequest {
  'user'?: (string);
}

export interface GetBonusBalanceRequest__Output {
  'user': (string);
}
