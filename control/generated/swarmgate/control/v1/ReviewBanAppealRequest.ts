// Original file: proto/swarmgate/control/v1/moderation.proto


export interface ReviewBanAppealRequest {
  'name'?: (string);
  'accept'?: (boolean);
  'response'?: (string);
}

export interface ReviewBanAppealRequest__Output {
  'name': (string);
  'accept': (boolean);
  'response': (string);
}
