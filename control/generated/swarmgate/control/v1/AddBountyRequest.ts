// Original file: proto/swarmgate/control/v1/bonus.proto


export interface AddBountyRequest {
  'request'?: (string);
  'points'?: (string);
}

export interface AddBountyRequest__Output {
  'request': (string);
  'points': (string);
}
