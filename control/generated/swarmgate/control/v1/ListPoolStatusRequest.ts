// Original file: proto/swarmgate/control/v1/pool.proto


export interface ListPoolStatusRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  'filter'?: (string);
}

export interface ListPoolStatusRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  'filter': (string);
}
