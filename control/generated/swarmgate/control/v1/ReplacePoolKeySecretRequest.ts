// Original file: proto/swarmgate/control/v1/pool.proto


export interface ReplacePoolKeySecretRequest {
  'name'?: (string);
  'apiKey'?: (string);
  'etag'?: (string);
}

export interface ReplacePoolKeySecretRequest__Output {
  'name': (string);
  'apiKey': (string);
  'etag': (string);
}
