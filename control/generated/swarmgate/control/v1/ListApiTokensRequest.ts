// Original file: proto/swarmgate/control/v1/auth.proto


export interface ListApiTokensRequest {
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  'showInactive'?: (boolean);
}

export interface ListApiTokensRequest__Output {
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  'showInactive': (boolean);
}
