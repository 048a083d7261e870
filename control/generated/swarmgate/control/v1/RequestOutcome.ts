// Original file: proto/swarmgate/control/v1/bonus.proto


export interface RequestOutcome {
  'request'?: (string);
  'pointsMoved'?: (string);
  'bounties'?: (number);
}

export interface RequestOutcome__Output {
  'request': (string);
  'pointsMoved': (string);
  'bounties': (number);
}
