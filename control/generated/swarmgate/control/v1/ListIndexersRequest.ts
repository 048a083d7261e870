// Original file: proto/swarmgate/control/v1/indexers.proto


export interface ListIndexersRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  'filter'?: (string);
}

export interface ListIndexersRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  'filter': (string);
}
