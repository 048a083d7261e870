// Original file: proto/swarmgate/control/v1/users.proto


export interface ChangePasswordRequest {
  'name'?: (string);
  'currentPassword'?: (string);
  'newPassword'?: (string);
}

export interface ChangePasswordRequest__Output {
  'name': (string);
  'currentPassword': (string);
  'newPassword': (string);
}
