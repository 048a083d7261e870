// Original file: proto/swarmgate/control/v1/bonus.proto

import type { BonusTransaction as _swarmgate_control_v1_BonusTransaction, BonusTransaction__Output as _swarmgate_control_v1_BonusTransaction__Output } from '../../../swarmgate/control/v1/BonusTransaction.js';

export interface ListBonusTransactionsResponse {
  'transactions'?: (_swarmgate_control_v1_BonusTransaction)[];
  'nextPageToken'?: (string);
}

export interface ListBonusTransactionsResponse__Output {
  'transactions': (_swarmgate_control_v1_BonusTransaction__Output)[];
  'nextPageToken': (string);
}
