// Original file: proto/swarmgate/control/v1/moderation.proto

import type { QueueStatus as _swarmgate_control_v1_QueueStatus, QueueStatus__Output as _swarmgate_control_v1_QueueStatus__Output } from '../../../swarmgate/control/v1/QueueStatus.js';

export interface ResolveQueueItemRequest {
  'name'?: (string);
  'decision'?: (_swarmgate_control_v1_QueueStatus);
  'notes'?: (string);
}

export interface ResolveQueueItemRequest__Output {
  'name': (string);
  'decision': (_swarmgate_control_v1_QueueStatus__Output);
  'notes': (string);
}
