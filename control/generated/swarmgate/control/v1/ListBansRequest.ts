// Original file: proto/swarmgate/control/v1/moderation.proto


export interface ListBansRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  'filter'?: (string);
  'showInactive'?: (boolean);
}

export interface ListBansRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  'filter': (string);
  'showInactive': (boolean);
}
