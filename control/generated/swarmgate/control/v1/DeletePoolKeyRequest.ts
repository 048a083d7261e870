// Original file: proto/swarmgate/control/v1/pool.proto


export interface DeletePoolKeyRequest {
  'name'?: (string);
  'etag'?: (string);
}

export interface DeletePoolKeyRequest__Output {
  'name': (string);
  'etag': (string);
}
