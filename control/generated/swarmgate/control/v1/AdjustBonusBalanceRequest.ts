// Original file: proto/swarmgate/control/v1/bonus.proto


export interface AdjustBonusBalanceRequest {
  'user'?: (string);
  'points'?: (string);
  'reason'?: (string);
}

export interface AdjustBonusBalanceRequest__Output {
  'user': (string);
  'points': (string);
  'reason': (string);
}
