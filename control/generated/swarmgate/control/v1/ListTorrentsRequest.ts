// Original file: proto/swarmgate/control/v1/torrents.proto


export interface ListTorrentsRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  'filter'?: (string);
  'query'?: (string);
  'showDeleted'?: (boolean);
}

export interface ListTorrentsRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  'filter': (string);
  'query': (string);
  'showDeleted': (boolean);
}
