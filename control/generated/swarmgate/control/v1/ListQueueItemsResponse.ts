// Original file: proto/swarmgate/control/v1/moderation.proto

import type { QueueItem as _swarmgate_control_v1_QueueItem, QueueItem__Output as _swarmgate_control_v1_QueueItem__Output } from '../../../swarmgate/control/v1/QueueItem.js';

export interface ListQueueItemsResponse {
  'items'?: (_swarmgate_control_v1_QueueItem)[];
  'nextPageToken'?: (string);
}

export interface ListQueueItemsResponse__Output {
  'items': (_swarmgate_control_v1_QueueItem__Output)[];
  'nextPageToken': (string);
}
