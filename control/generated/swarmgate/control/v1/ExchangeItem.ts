// Original file: proto/swarmgate/control/v1/bonus.proto

import type { ExchangeItemKind as _swarmgate_control_v1_ExchangeItemKind, ExchangeItemKind__Output as _swarmgate_control_v1_ExchangeItemKind__Output } from '../../../swarmgate/control/v1/ExchangeItemKind.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';
import type { Long } from '@grpc/proto-loader';

export interface ExchangeItem {
  'name'?: (string);
  'kind'?: (_swarmgate_control_v1_ExchangeItemKind);
  'description'?: (string);
  'cost'?: (string);
  'quantity'?: (number | string | Long);
  'active'?: (boolean);
  'updateTime'?: (_google_protobuf_Timestamp | null);
}

export interface ExchangeItem__Output {
  'name': (string);
  'kind': (_swarmgate_control_v1_ExchangeItemKind__Output);
  'description': (string);
  'cost': (string);
  'quantity': (number);
  'active': (boolean);
  'updateTime': (_google_protobuf_Timestamp__Output | null);
}
