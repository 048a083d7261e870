// Original file: proto/swarmgate/control/v1/moderation.proto


export interface ListStaffNotesRequest {
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListStaffNotesRequest__Output {
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
}
