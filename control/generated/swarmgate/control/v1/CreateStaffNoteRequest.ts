// Original file: proto/swarmgate/control/v1/moderation.proto


export interface CreateStaffNoteRequest {
  'parent'?: (string);
  'body'?: (string);
}

export interface CreateStaffNoteRequest__Output {
  'parent': (string);
  'body': (string);
}
