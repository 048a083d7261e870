// Original file: proto/swarmgate/control/v1/indexers.proto


export interface EnableIndexerRequest {
  'name'?: (string);
  'etag'?: (string);
}

export interface EnableIndexerRequest__Output {
  'name': (string);
  'etag': (string);
}
