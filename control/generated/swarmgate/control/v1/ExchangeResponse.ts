// Original file: proto/swarmgate/control/v1/bonus.proto

import type { BonusTransaction as _swarmgate_control_v1_BonusTransaction, BonusTransaction__Output as _swarmgate_control_v1_BonusTransaction__Output } from '../../../swarmgate/control/v1/BonusTransaction.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

export interface ExchangeResponse {
  'transaction'?: (_swarmgate_control_v1_BonusTransaction | null);
  'freeleechTokens'?: (string)[];
  'personalFreeleechUntil'?: (_google_protobuf_Timestamp | null);
}

export interface ExchangeResponse__Output {
  'transaction': (_swarmgate_control_v1_BonusTransaction__Output | null);
  'freeleechTokens': (string)[];
  'personalFreeleechUntil': (_google_protobuf_Timestamp__Output | null);
}
