// Original file: proto/swarmgate/control/v1/moderation.proto


export interface DeleteStaffNoteRequest {
  'name'?: (string);
}

export interface DeleteStaffNoteRequest__Output {
  'name': (string);
}
