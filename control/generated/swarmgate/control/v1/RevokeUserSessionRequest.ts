// Original file: proto/swarmgate/control/v1/users.proto


export interface RevokeUserSessionRequest {
  'name'?: (string);
}

export interface RevokeUserSessionRequest__Output {
  'name': (string);
}
