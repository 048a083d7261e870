// Original file: proto/swarmgate/control/v1/pool.proto


export interface ListPoolKeysRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  'filter'?: (string);
}

export interface ListPoolKeysRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  'filter': (string);
}
