// Original file: proto/swarmgate/control/v1/moderation.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';
import type { RequiredRatio as _swarmgate_control_v1_RequiredRatio, RequiredRatio__Output as _swarmgate_control_v1_RequiredRatio__Output } from '../../../swarmgate/control/v1/RequiredRatio.js';
import type { Long } from '@grpc/proto-loader';

export interface SiteSettings {
  'name'?: (string);
  'globalFreeleech'?: (boolean);
  'globalFreeleechStartTime'?: (_google_protobuf_Timestamp | null);
  'globalFreeleechEndTime'?: (_google_protobuf_Timestamp | null);
  'globalDoubleUpload'?: (boolean);
  'globalDoubleUploadStartTime'?: (_google_protobuf_Timestamp | null);
  'globalDoubleUploadEndTime'?: (_google_protobuf_Timestamp | null);
  'warningDownloadThreshold'?: (number);
  'warningBanThreshold'?: (number);
  'hitAndRunSeedSeconds'?: (number | string | Long);
  'hitAndRunGraceSeconds'?: (number | string | Long);
  'hitAndRunWarningDays'?: (number);
  'hitAndRunMaxWarnings'?: (number);
  'ratioWatchDays'?: (number);
  'ratioTable'?: (_swarmgate_control_v1_RequiredRatio)[];
  'etag'?: (string);
}

export interface SiteSettings__Output {
  'name': (string);
  'globalFreeleech': (boolean);
  'globalFreeleechStartTime': (_google_protobuf_Timestamp__Output | null);
  'globalFreeleechEndTime': (_google_protobuf_Timestamp__Output | null);
  'globalDoubleUpload': (boolean);
  'globalDoubleUploadStartTime': (_google_protobuf_Timestamp__Output | null);
  'globalDoubleUploadEndTime': (_google_protobuf_Timestamp__Output | null);
  'warningDownloadThreshold': (number);
  'warningBanThreshold': (number);
  'hitAndRunSeedSeconds': (number);
  'hitAndRunGraceSeconds': (number);
  'hitAndRunWarningDays': (number);
  'hitAndRunMaxWarnings': (number);
  'ratioWatchDays': (number);
  'ratioTable': (_swarmgate_control_v1_RequiredRatio__Output)[];
  'etag': (string);
}
