// Original file: proto/swarmgate/control/v1/bonus.proto


export interface DeleteRequestRequest {
  'request'?: (string);
  'reason'?: (string);
}

export interface DeleteRequestRequest__Output {
  'request': (string);
  'reason': (string);
}
