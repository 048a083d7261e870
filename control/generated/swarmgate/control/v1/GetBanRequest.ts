// Original file: proto/swarmgate/control/v1/moderation.proto


export interface GetBanRequest {
  'name'?: (string);
}

export interface GetBanRequest__Output {
  'name': (string);
}
