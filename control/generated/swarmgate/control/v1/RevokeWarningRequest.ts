// Original file: proto/swarmgate/control/v1/moderation.proto


export interface RevokeWarningRequest {
  'name'?: (string);
  'reason'?: (string);
}

export interface RevokeWarningRequest__Output {
  'name': (string);
  'reason': (string);
}
