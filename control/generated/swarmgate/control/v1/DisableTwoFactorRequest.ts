// Original file: proto/swarmgate/control/v1/users.proto


export interface DisableTwoFactorRequest {
  'name'?: (string);
  'currentPassword'?: (string);
}

export interface DisableTwoFactorRequest__Output {
  'name': (string);
  'currentPassword': (string);
}
