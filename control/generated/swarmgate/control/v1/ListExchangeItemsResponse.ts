// Original file: proto/swarmgate/control/v1/bonus.proto

import type { ExchangeItem as _swarmgate_control_v1_ExchangeItem, ExchangeItem__Output as _swarmgate_control_v1_ExchangeItem__Output } from '../../../swarmgate/control/v1/ExchangeItem.js';

export interface ListExchangeItemsResponse {
  'items'?: (_swarmgate_control_v1_ExchangeItem)[];
}

export interface ListExchangeItemsResponse__Output {
  'items': (_swarmgate_control_v1_ExchangeItem__Output)[];
}
