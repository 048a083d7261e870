// Original file: proto/swarmgate/control/v1/moderation.proto


export interface DeleteBlacklistedPortRequest {
  'name'?: (string);
}

export interface DeleteBlacklistedPortRequest__Output {
  'name': (string);
}
