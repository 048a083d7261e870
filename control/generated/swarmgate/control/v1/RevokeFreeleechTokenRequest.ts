// Original file: proto/swarmgate/control/v1/bonus.proto


export interface RevokeFreeleechTokenRequest {
  'name'?: (string);
  'reason'?: (string);
}

export interface RevokeFreeleechTokenRequest__Output {
  'name': (string);
  'reason': (string);
}
