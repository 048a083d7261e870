// Original file: proto/swarmgate/control/v1/indexers.proto


export interface ListSearchLogsRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  'filter'?: (string);
}

export interface ListSearchLogsRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  'filter': (string);
}
