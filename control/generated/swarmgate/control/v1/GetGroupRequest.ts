// Original file: proto/swarmgate/control/v1/moderation.proto


export interface GetGroupRequest {
  'name'?: (string);
}

export interface GetGroupRequest__Output {
  'name': (string);
}
