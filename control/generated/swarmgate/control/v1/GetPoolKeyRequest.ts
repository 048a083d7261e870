// Original file: proto/swarmgate/control/v1/pool.proto


export interface GetPoolKeyRequest {
  'name'?: (string);
}

export interface GetPoolKeyRequest__Output {
  'name': (string);
}
