// Original file: proto/swarmgate/control/v1/users.proto


export interface ListUserSessionsRequest {
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  'showInactive'?: (boolean);
}

export interface ListUserSessionsRequest__Output {
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  'showInactive': (boolean);
}
