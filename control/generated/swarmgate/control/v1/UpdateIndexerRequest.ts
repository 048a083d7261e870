// Original file: proto/swarmgate/control/v1/indexers.proto

import type { Indexer as _swarmgate_control_v1_Indexer, Indexer__Output as _swarmgate_control_v1_Indexer__Output } from '../../../swarmgate/control/v1/Indexer.js';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../../google/protobuf/FieldMask.js';

export interface UpdateIndexerRequest {
  'indexer'?: (_swarmgate_control_v1_Indexer | null);
  'updateMask'?: (_google_protobuf_FieldMask | null);
}

export interface UpdateIndexerRequest__Output {
  'indexer': (_swarmgate_control_v1_Indexer__Output | null);
  'updateMask': (_google_protobuf_FieldMask__Output | null);
}
