// Original file: proto/swarmgate/control/v1/moderation.proto

import type { EntityType as _swarmgate_control_v1_EntityType, EntityType__Output as _swarmgate_control_v1_EntityType__Output } from '../../../swarmgate/control/v1/EntityType.js';
import type { QueueStatus as _swarmgate_control_v1_QueueStatus, QueueStatus__Output as _swarmgate_control_v1_QueueStatus__Output } from '../../../swarmgate/control/v1/QueueStatus.js';
import type { Priority as _swarmgate_control_v1_Priority, Priority__Output as _swarmgate_control_v1_Priority__Output } from '../../../swarmgate/control/v1/Priority.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

export interface QueueItem {
  'name'?: (string);
  'itemType'?: (_swarmgate_control_v1_EntityType);
  'itemId'?: (string);
  'status'?: (_swarmgate_control_v1_QueueStatus);
  'priority'?: (_swarmgate_control_v1_Priority);
  'reason'?: (string);
  'submittedBy'?: (string);
  'autoFlagged'?: (boolean);
  'assignee'?: (string);
  'reviewedBy'?: (string);
  'decisionNotes'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
  'claimTime'?: (_google_protobuf_Timestamp | null);
  'reviewTime'?: (_google_protobuf_Timestamp | null);
}

export interface QueueItem__Output {
  'name': (string);
  'itemType': (_swarmgate_control_v1_EntityType__Output);
  'itemId': (string);
  'status': (_swarmgate_control_v1_QueueStatus__Output);
  'priority': (_swarmgate_control_v1_Priority__Output);
  'reason': (string);
  'submittedBy': (string);
  'autoFlagged': (boolean);
  'assignee': (string);
  'reviewedBy': (string);
  'decisionNotes': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  'claimTime': (_google_protobuf_Timestamp__Output | null);
  'reviewTime': (_google_protobuf_Timestamp__Output | null);
}
