// Original file: proto/swarmgate/control/v1/users.proto


export interface DisableUserRequest {
  'name'?: (string);
  'reason'?: (string);
  'etag'?: (string);
}

export interface DisableUserRequest__Output {
  'name': (string);
  'reason': (string);
  'etag': (string);
}
