// Original file: proto/swarmgate/control/v1/auth.proto


export interface RevokeApiTokenRequest {
  'name'?: (string);
}

export interface RevokeApiTokenRequest__Output {
  'name': (string);
}
