// Original file: proto/swarmgate/control/v1/bonus.proto

import type { BonusTransactionType as _swarmgate_control_v1_BonusTransactionType, BonusTransactionType__Output as _swarmgate_control_v1_BonusTransactionType__Output } from '../../../swarmgate/control/v1/BonusTransactionType.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

export interface BonusTransaction {
  'id'?: (string);
  'user'?: (string);
  'type'?: (_swarmgate_control_v1_BonusTransactionType);
  'amount'?: (string);
  'balanceAfter'?: (string);
  'torrent'?: (string);
  'request'?: (string);
  'counterparty'?: (string);
  'actor'?: (string);
  'description'?: (string);
  'metadataJson'?: (string);
  'createTime'?: (_google_protobuf_Timestamp | null);
}

export interface BonusTransaction__Output {
  'id': (string);
  'user': (string);
  'type': (_swarmgate_control_v1_BonusTransactionType__Output);
  'amount': (string);
  'balanceAfter': (string);
  'torrent': (string);
  'request': (string);
  'counterparty': (string);
  'actor': (string);
  'description': (string);
  'metadataJson': (string);
  'createTime': (_google_protobuf_Timestamp__Output | null);
}
