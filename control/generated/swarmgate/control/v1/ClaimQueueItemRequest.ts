// Original file: proto/swarmgate/control/v1/moderation.proto


export interface ClaimQueueItemRequest {
  'name'?: (string);
}

export interface ClaimQueueItemRequest__Output {
  'name': (string);
}
