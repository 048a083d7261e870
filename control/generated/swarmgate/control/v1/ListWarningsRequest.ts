// Original file: proto/swarmgate/control/v1/moderation.proto


export interface ListWarningsRequest {
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  'showInactive'?: (boolean);
}

export interface ListWarningsRequest__Output {
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  'showInactive': (boolean);
}
