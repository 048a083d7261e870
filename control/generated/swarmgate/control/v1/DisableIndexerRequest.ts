// Original file: proto/swarmgate/control/v1/indexers.proto


export interface DisableIndexerRequest {
  'name'?: (string);
  'reason'?: (string);
  'etag'?: (string);
}

export interface DisableIndexerRequest__Output {
  'name': (string);
  'reason': (string);
  'etag': (string);
}
