// Original file: proto/swarmgate/control/v1/pool.proto


export interface DisablePoolKeyRequest {
  'name'?: (string);
  'reason'?: (string);
  'etag'?: (string);
}

export interface DisablePoolKeyRequest__Output {
  'name': (string);
  'reason': (string);
  'etag': (string);
}
