// Original file: proto/swarmgate/control/v1/indexers.proto


export interface GetIndexerRequest {
  'name'?: (string);
}

export interface GetIndexerRequest__Output {
  'name': (string);
}
