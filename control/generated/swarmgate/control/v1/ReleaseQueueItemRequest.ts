// Original file: proto/swarmgate/control/v1/moderation.proto


export interface ReleaseQueueItemRequest {
  'name'?: (string);
}

export interface ReleaseQueueItemRequest__Output {
  'name': (string);
}
