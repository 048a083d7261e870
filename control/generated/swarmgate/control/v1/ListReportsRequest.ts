// Original file: proto/swarmgate/control/v1/moderation.proto


export interface ListReportsRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  'filter'?: (string);
}

export interface ListReportsRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  'filter': (string);
}
