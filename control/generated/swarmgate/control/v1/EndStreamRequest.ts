// Original file: proto/swarmgate/control/v1/pool.proto


export interface EndStreamRequest {
  'name'?: (string);
}

export interface EndStreamRequest__Output {
  'name': (string);
}
