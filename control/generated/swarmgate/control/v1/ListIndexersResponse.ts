// Original file: proto/swarmgate/control/v1/indexers.proto

import type { Indexer as _swarmgate_control_v1_Indexer, Indexer__Output as _swarmgate_control_v1_Indexer__Output } from '../../../swarmgate/control/v1/Indexer.js';

export interface ListIndexersResponse {
  'indexers'?: (_swarmgate_control_v1_Indexer)[];
  'nextPageToken'?: (string);
}

export interface ListIndexersResponse__Output {
  'indexers': (_swarmgate_control_v1_Indexer__Output)[];
  'nextPageToken': (string);
}
