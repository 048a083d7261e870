// Original file: proto/swarmgate/control/v1/users.proto


export interface EnableUserRequest {
  'name'?: (string);
  'etag'?: (string);
}

export interface EnableUserRequest__Output {
  'name': (string);
  'etag': (string);
}
