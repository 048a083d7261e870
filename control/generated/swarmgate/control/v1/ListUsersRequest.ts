// Original file: proto/swarmgate/control/v1/users.proto


export interface ListUsersRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  'filter'?: (string);
  'query'?: (string);
  'showDeleted'?: (boolean);
}

export interface ListUsersRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  'filter': (string);
  'query': (string);
  'showDeleted': (boolean);
}
