// Original file: proto/swarmgate/control/v1/pool.proto


export interface ListSlotsRequest {
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  'filter'?: (string);
}

export interface ListSlotsRequest__Output {
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  'filter': (string);
}
