// Original file: proto/swarmgate/control/v1/pool.proto


export interface GetPoolStatusRequest {
  'name'?: (string);
}

export interface GetPoolStatusRequest__Output {
  'name': (string);
}
