// Original file: proto/swarmgate/control/v1/moderation.proto


export interface ListQueueItemsRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  'filter'?: (string);
  'showClosed'?: (boolean);
}

export interface ListQueueItemsRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  'filter': (string);
  'showClosed': (boolean);
}
