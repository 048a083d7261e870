// Original file: proto/swarmgate/control/v1/moderation.proto

import type { EntityType as _swarmgate_control_v1_EntityType, EntityType__Output as _swarmgate_control_v1_EntityType__Output } from '../../../swarmgate/control/v1/EntityType.js';
import type { Priority as _swarmgate_control_v1_Priority, Priority__Output as _swarmgate_control_v1_Priority__Output } from '../../../swarmgate/control/v1/Priority.js';
import type { ReportStatus as _swarmgate_control_v1_ReportStatus, ReportStatus__Output as _swarmgate_control_v1_ReportStatus__Output } from '../../../swarmgate/control/v1/ReportStatus.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

export interface Report {
  'name'?: (string);
  'reporter'?: (string);
  'entityType'?: (_swarmgate_control_v1_EntityType);
  'entityId'?: (string);
  'reason'?: (string);
  'details'?: (string);
  'evidenceUrls'?: (string)[];
  'priority'?: (_swarmgate_control_v1_Priority);
  'status'?: (_swarmgate_control_v1_ReportStatus);
  'assignee'?: (string);
  'resolution'?: (string);
  'resolvedBy'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
  'assignTime'?: (_google_protobuf_Timestamp | null);
  'resolveTime'?: (_google_protobuf_Timestamp | null);
  'etag'?: (string);
}

export interface Report__Output {
  'name': (string);
  'reporter': (string);
  'entityType': (_swarmgate_control_v1_EntityType__Output);
  'entityId': (string);
  'reason': (string);
  'details': (string);
  'evidenceUrls': (string)[];
  'priority': (_swarmgate_control_v1_Priority__Output);
  'status': (_swarmgate_control_v1_ReportStatus__Output);
  'assignee': (string);
  'resolution': (string);
  'resolvedBy': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  'assignTime': (_google_protobuf_Timestamp__Output | null);
  'resolveTime': (_google_protobuf_Timestamp__Output | null);
  'etag': (string);
}
