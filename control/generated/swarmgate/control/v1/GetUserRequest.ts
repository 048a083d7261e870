// Original file: proto/swarmgate/control/v1/users.proto


export interface GetUserRequest {
  'name'?: (string);
}

export interface GetUserRequest__Output {
  'name': (string);
}
