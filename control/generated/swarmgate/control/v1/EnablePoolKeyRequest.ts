// Original file: proto/swarmgate/control/v1/pool.proto


export interface EnablePoolKeyRequest {
  'name'?: (string);
  'etag'?: (string);
}

export interface EnablePoolKeyRequest__Output {
  'name': (string);
  'etag': (string);
}
