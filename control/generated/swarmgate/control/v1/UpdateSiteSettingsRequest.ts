// Original file: proto/swarmgate/control/v1/moderation.proto

import type { SiteSettings as _swarmgate_control_v1_SiteSettings, SiteSettings__Output as _swarmgate_control_v1_SiteSettings__Output } from '../../../swarmgate/control/v1/SiteSettings.js';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../../google/protobuf/FieldMask.js';

export interface UpdateSiteSettingsRequest {
  'settings'?: (_swarmgate_control_v1_SiteSettings | null);
  'updateMask'?: (_google_protobuf_FieldMask | null);
}

export interface UpdateSiteSettingsRequest__Output {
  'settings': (_swarmgate_control_v1_SiteSettings__Output | null);
  'updateMask': (_google_protobuf_FieldMask__Output | null);
}
