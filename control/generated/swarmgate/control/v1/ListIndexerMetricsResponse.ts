// Original file: proto/swarmgate/control/v1/indexers.proto

import type { IndexerHourlyMetrics as _swarmgate_control_v1_IndexerHourlyMetrics, IndexerHourlyMetrics__Output as _swarmgate_control_v1_IndexerHourlyMetrics__Output } from '../../../swarmgate/control/v1/IndexerHourlyMetrics.js';

export interface ListIndexerMetricsResponse {
  'metrics'?: (_swarmgate_control_v1_IndexerHourlyMetrics)[];
}

export interface ListIndexerMetricsResponse__Output {
  'metrics': (_swarmgate_control_v1_IndexerHourlyMetrics__Output)[];
}
