// Original file: proto/swarmgate/control/v1/bonus.proto


export interface ListFreeleechTokensRequest {
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  'filter'?: (string);
}

export interface ListFreeleechTokensRequest__Output {
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  'filter': (string);
}
