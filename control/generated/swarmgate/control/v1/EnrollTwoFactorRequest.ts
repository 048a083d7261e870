// Original file: proto/swarmgate/control/v1/users.proto


export interface EnrollTwoFactorRequest {
  'name'?: (string);
}

export interface EnrollTwoFactorRequest__Output {
  'name': (string);
}
