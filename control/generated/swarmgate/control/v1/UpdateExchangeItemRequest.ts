// Original file: proto/swarmgate/control/v1/bonus.proto

import type { ExchangeItem as _swarmgate_control_v1_ExchangeItem, ExchangeItem__Output as _swarmgate_control_v1_ExchangeItem__Output } from '../../../swarmgate/control/v1/ExchangeItem.js';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../../google/protobuf/FieldMask.js';

export interface UpdateExchangeItemRequest {
  'item'?: (_swarmgate_control_v1_ExchangeItem | null);
  'updateMask'?: (_google_protobuf_FieldMask | null);
}

export interface UpdateExchangeItemRequest__Output {
  'item': (_swarmgate_control_v1_ExchangeItem__Output | null);
  'updateMask': (_google_protobuf_FieldMask__Output | null);
}
