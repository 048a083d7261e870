// Original file: proto/swarmgate/control/v1/users.proto


export interface VerifyTwoFactorRequest {
  'name'?: (string);
  'code'?: (string);
}

export interface VerifyTwoFactorRequest__Output {
  'name': (string);
  'code': (string);
}
