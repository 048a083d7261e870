// Original file: proto/swarmgate/control/v1/moderation.proto

import type { EntityType as _swarmgate_control_v1_EntityType, EntityType__Output as _swarmgate_control_v1_EntityType__Output } from '../../../swarmgate/control/v1/EntityType.js';
import type { Priority as _swarmgate_control_v1_Priority, Priority__Output as _swarmgate_control_v1_Priority__Output } from '../../../swarmgate/control/v1/Priority.js';

export interface EnqueueItemRequest {
  'itemType'?: (_swarmgate_control_v1_EntityType);
  'itemId'?: (string);
  'priority'?: (_swarmgate_control_v1_Priority);
  'reason'?: (string);
}

export interface EnqueueItemRequest__Output {
  'itemType': (_swarmgate_control_v1_EntityType__Output);
  'itemId': (string);
  'priority': (_swarmgate_control_v1_Priority__Output);
  'reason': (string);
}
