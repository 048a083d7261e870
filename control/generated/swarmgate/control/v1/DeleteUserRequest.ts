// Original file: proto/swarmgate/control/v1/users.proto


export interface DeleteUserRequest {
  'name'?: (string);
  'etag'?: (string);
}

export interface DeleteUserRequest__Output {
  'name': (string);
  'etag': (string);
}
