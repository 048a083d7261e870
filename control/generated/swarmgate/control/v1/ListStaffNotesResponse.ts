// Original file: proto/swarmgate/control/v1/moderation.proto

import type { StaffNote as _swarmgate_control_v1_StaffNote, StaffNote__Output as _swarmgate_control_v1_StaffNote__Output } from '../../../swarmgate/control/v1/StaffNote.js';

export interface ListStaffNotesResponse {
  'notes'?: (_swarmgate_control_v1_StaffNote)[];
  'nextPageToken'?: (string);
}

export interface ListStaffNotesResponse__Output {
  'notes': (_swarmgate_control_v1_StaffNote__Output)[];
  'nextPageToken': (string);
}
