// Original file: proto/swarmgate/control/v1/moderation.proto


export interface DeleteClientBlacklistEntryRequest {
  'name'?: (string);
}

export interface DeleteClientBlacklistEntryRequest__Output {
  'name': (string);
}
