// Original file: proto/swarmgate/control/v1/moderation.proto


export interface LiftBanRequest {
  'name'?: (string);
  'reason'?: (string);
  'etag'?: (string);
}

export interface LiftBanRequest__Output {
  'name': (string);
  'reason': (string);
  'etag': (string);
}
