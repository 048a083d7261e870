// Original file: proto/swarmgate/control/v1/moderation.proto


export interface AppealBanRequest {
  'name'?: (string);
  'text'?: (string);
}

export interface AppealBanRequest__Output {
  'name': (string);
  'text': (string);
}
