// Original file: proto/swarmgate/control/v1/pool.proto


export interface ListLiveStreamsRequest {
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  'filter'?: (string);
}

export interface ListLiveStreamsRequest__Output {
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  'filter': (string);
}
