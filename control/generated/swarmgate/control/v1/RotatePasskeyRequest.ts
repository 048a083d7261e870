// Original file: proto/swarmgate/control/v1/users.proto


export interface RotatePasskeyRequest {
  'name'?: (string);
}

export interface RotatePasskeyRequest__Output {
  'name': (string);
}
