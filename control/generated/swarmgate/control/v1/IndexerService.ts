// Original file: proto/swarmgate/control/v1/indexers.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { DisableIndexerRequest as _swarmgate_control_v1_DisableIndexerRequest, DisableIndexerRequest__Output as _swarmgate_control_v1_DisableIndexerRequest__Output } from '../../../swarmgate/control/v1/DisableIndexerRequest.js';
import type { EnableIndexerRequest as _swarmgate_control_v1_EnableIndexerRequest, EnableIndexerRequest__Output as _swarmgate_control_v1_EnableIndexerRequest__Output } from '../../../swarmgate/control/v1/EnableIndexerRequest.js';
import type { GetGlobalIndexerStatsRequest as _swarmgate_control_v1_GetGlobalIndexerStatsRequest, GetGlobalIndexerStatsRequest__Output as _swarmgate_control_v1_GetGlobalIndexerStatsRequest__Output } from '../../../swarmgate/control/v1/GetGlobalIndexerStatsRequest.js';
import type { GetIndexerRequest as _swarmgate_control_v1_GetIndexerRequest, GetIndexerRequest__Output as _swarmgate_control_v1_GetIndexerRequest__Output } from '../../../swarmgate/control/v1/GetIndexerRequest.js';
import type { GlobalIndexerStats as _swarmgate_control_v1_GlobalIndexerStats, GlobalIndexerStats__Output as _swarmgate_control_v1_GlobalIndexerStats__Output } from '../../../swarmgate/control/v1/GlobalIndexerStats.js';
import type { Indexer as _swarmgate_control_v1_Indexer, Indexer__Output as _swarmgate_control_v1_Indexer__Output } from '../../../swarmgate/control/v1/Indexer.js';
import type { ListIndexerMetricsRequest as _swarmgate_control_v1_ListIndexerMetricsRequest, ListIndexerMetricsRequest__Output as _swarmgate_control_v1_ListIndexerMetricsRequest__Output } from '../../../swarmgate/control/v1/ListIndexerMetricsRequest.js';
import type { ListIndexerMetricsResponse as _swarmgate_control_v1_ListIndexerMetricsResponse, ListIndexerMetricsResponse__Output as _swarmgate_control_v1_ListIndexerMetricsResponse__Output } from '../../../swarmgate/control/v1/ListIndexerMetricsResponse.js';
import type { ListIndexersRequest as _swarmgate_control_v1_ListIndexersRequest, ListIndexersRequest__Output as _swarmgate_control_v1_ListIndexersRequest__Output } from '../../../swarmgate/control/v1/ListIndexersRequest.js';
import type { ListIndexersResponse as _swarmgate_control_v1_ListIndexersResponse, ListIndexersResponse__Output as _swarmgate_control_v1_ListIndexersResponse__Output } from '../../../swarmgate/control/v1/ListIndexersResponse.js';
import type { ListSearchLogsRequest as _swarmgate_control_v1_ListSearchLogsRequest, ListSearchLogsRequest__Output as _swarmgate_control_v1_ListSearchLogsRequest__Output } from '../../../swarmgate/control/v1/ListSearchLogsRequest.js';
import type { ListSearchLogsResponse as _swarmgate_control_v1_ListSearchLogsResponse, ListSearchLogsResponse__Output as _swarmgate_control_v1_ListSearchLogsResponse__Output } from '../../../swarmgate/control/v1/ListSearchLogsResponse.js';
import type { ReportSearchesRequest as _swarmgate_control_v1_ReportSearchesRequest, ReportSearchesRequest__Output as _swarmgate_control_v1_ReportSearchesRequest__Output } from '../../../swarmgate/control/v1/ReportSearchesRequest.js';
import type { ReportSearchesResponse as _swarmgate_control_v1_ReportSearchesResponse, ReportSearchesResponse__Output as _swarmgate_control_v1_ReportSearchesResponse__Output } from '../../../swarmgate/control/v1/ReportSearchesResponse.js';
import type { SyncIndexersRequest as _swarmgate_control_v1_SyncIndexersRequest, SyncIndexersRequest__Output as _swarmgate_control_v1_SyncIndexersRequest__Output } from '../../../swarmgate/control/v1/SyncIndexersRequest.js';
import type { SyncIndexersResponse as _swarmgate_control_v1_SyncIndexersResponse, SyncIndexersResponse__Output as _swarmgate_control_v1_SyncIndexersResponse__Output } from '../../../swarmgate/control/v1/SyncIndexersResponse.js';
import type { UpdateIndexerRequest as _swarmgate_control_v1_UpdateIndexerRequest, UpdateIndexerRequest__Output as _swarmgate_control_v1_UpdateIndexerRequest__Output } from '../../../swarmgate/control/v1/UpdateIndexerRequest.js';

export interface IndexerServiceClient extends grpc.Client {
  DisableIndexer(argument: _swarmgate_control_v1_DisableIndexerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  DisableIndexer(argument: _swarmgate_control_v1_DisableIndexerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  DisableIndexer(argument: _swarmgate_control_v1_DisableIndexerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  DisableIndexer(argument: _swarmgate_control_v1_DisableIndexerRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  disableIndexer(argument: _swarmgate_control_v1_DisableIndexerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  disableIndexer(argument: _swarmgate_control_v1_DisableIndexerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  disableIndexer(argument: _swarmgate_control_v1_DisableIndexerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  disableIndexer(argument: _swarmgate_control_v1_DisableIndexerRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  
  EnableIndexer(argument: _swarmgate_control_v1_EnableIndexerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  EnableIndexer(argument: _swarmgate_control_v1_EnableIndexerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  EnableIndexer(argument: _swarmgate_control_v1_EnableIndexerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  EnableIndexer(argument: _swarmgate_control_v1_EnableIndexerRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  enableIndexer(argument: _swarmgate_control_v1_EnableIndexerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  enableIndexer(argument: _swarmgate_control_v1_EnableIndexerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  enableIndexer(argument: _swarmgate_control_v1_EnableIndexerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  enableIndexer(argument: _swarmgate_control_v1_EnableIndexerRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  
  GetGlobalIndexerStats(argument: _swarmgate_control_v1_GetGlobalIndexerStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_GlobalIndexerStats__Output>): grpc.ClientUnaryCall;
  GetGlobalIndexerStats(argument: _swarmgate_control_v1_GetGlobalIndexerStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_GlobalIndexerStats__Output>): grpc.ClientUnaryCall;
  GetGlobalIndexerStats(argument: _swarmgate_control_v1_GetGlobalIndexerStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_GlobalIndexerStats__Output>): grpc.ClientUnaryCall;
  GetGlobalIndexerStats(argument: _swarmgate_control_v1_GetGlobalIndexerStatsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_GlobalIndexerStats__Output>): grpc.ClientUnaryCall;
  getGlobalIndexerStats(argument: _swarmgate_control_v1_GetGlobalIndexerStatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_GlobalIndexerStats__Output>): grpc.ClientUnaryCall;
  getGlobalIndexerStats(argument: _swarmgate_control_v1_GetGlobalIndexerStatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_GlobalIndexerStats__Output>): grpc.ClientUnaryCall;
  getGlobalIndexerStats(argument: _swarmgate_control_v1_GetGlobalIndexerStatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_GlobalIndexerStats__Output>): grpc.ClientUnaryCall;
  getGlobalIndexerStats(argument: _swarmgate_control_v1_GetGlobalIndexerStatsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_GlobalIndexerStats__Output>): grpc.ClientUnaryCall;
  
  GetIndexer(argument: _swarmgate_control_v1_GetIndexerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  GetIndexer(argument: _swarmgate_control_v1_GetIndexerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  GetIndexer(argument: _swarmgate_control_v1_GetIndexerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  GetIndexer(argument: _swarmgate_control_v1_GetIndexerRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  getIndexer(argument: _swarmgate_control_v1_GetIndexerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  getIndexer(argument: _swarmgate_control_v1_GetIndexerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  getIndexer(argument: _swarmgate_control_v1_GetIndexerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  getIndexer(argument: _swarmgate_control_v1_GetIndexerRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  
  ListIndexerMetrics(argument: _swarmgate_control_v1_ListIndexerMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListIndexerMetricsResponse__Output>): grpc.ClientUnaryCall;
  ListIndexerMetrics(argument: _swarmgate_control_v1_ListIndexerMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListIndexerMetricsResponse__Output>): grpc.ClientUnaryCall;
  ListIndexerMetrics(argument: _swarmgate_control_v1_ListIndexerMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListIndexerMetricsResponse__Output>): grpc.ClientUnaryCall;
  ListIndexerMetrics(argument: _swarmgate_control_v1_ListIndexerMetricsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListIndexerMetricsResponse__Output>): grpc.ClientUnaryCall;
  listIndexerMetrics(argument: _swarmgate_control_v1_ListIndexerMetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListIndexerMetricsResponse__Output>): grpc.ClientUnaryCall;
  listIndexerMetrics(argument: _swarmgate_control_v1_ListIndexerMetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListIndexerMetricsResponse__Output>): grpc.ClientUnaryCall;
  listIndexerMetrics(argument: _swarmgate_control_v1_ListIndexerMetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListIndexerMetricsResponse__Output>): grpc.ClientUnaryCall;
  listIndexerMetrics(argument: _swarmgate_control_v1_ListIndexerMetricsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListIndexerMetricsResponse__Output>): grpc.ClientUnaryCall;
  
  ListIndexers(argument: _swarmgate_control_v1_ListIndexersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListIndexersResponse__Output>): grpc.ClientUnaryCall;
  ListIndexers(argument: _swarmgate_control_v1_ListIndexersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListIndexersResponse__Output>): grpc.ClientUnaryCall;
  ListIndexers(argument: _swarmgate_control_v1_ListIndexersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListIndexersResponse__Output>): grpc.ClientUnaryCall;
  ListIndexers(argument: _swarmgate_control_v1_ListIndexersRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListIndexersResponse__Output>): grpc.ClientUnaryCall;
  listIndexers(argument: _swarmgate_control_v1_ListIndexersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListIndexersResponse__Output>): grpc.ClientUnaryCall;
  listIndexers(argument: _swarmgate_control_v1_ListIndexersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListIndexersResponse__Output>): grpc.ClientUnaryCall;
  listIndexers(argument: _swarmgate_control_v1_ListIndexersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListIndexersResponse__Output>): grpc.ClientUnaryCall;
  listIndexers(argument: _swarmgate_control_v1_ListIndexersRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListIndexersResponse__Output>): grpc.ClientUnaryCall;
  
  ListSearchLogs(argument: _swarmgate_control_v1_ListSearchLogsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListSearchLogsResponse__Output>): grpc.ClientUnaryCall;
  ListSearchLogs(argument: _swarmgate_control_v1_ListSearchLogsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListSearchLogsResponse__Output>): grpc.ClientUnaryCall;
  ListSearchLogs(argument: _swarmgate_control_v1_ListSearchLogsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListSearchLogsResponse__Output>): grpc.ClientUnaryCall;
  ListSearchLogs(argument: _swarmgate_control_v1_ListSearchLogsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListSearchLogsResponse__Output>): grpc.ClientUnaryCall;
  listSearchLogs(argument: _swarmgate_control_v1_ListSearchLogsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListSearchLogsResponse__Output>): grpc.ClientUnaryCall;
  listSearchLogs(argument: _swarmgate_control_v1_ListSearchLogsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListSearchLogsResponse__Output>): grpc.ClientUnaryCall;
  listSearchLogs(argument: _swarmgate_control_v1_ListSearchLogsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListSearchLogsResponse__Output>): grpc.ClientUnaryCall;
  listSearchLogs(argument: _swarmgate_control_v1_ListSearchLogsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListSearchLogsResponse__Output>): grpc.ClientUnaryCall;
  
  ReportSearches(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ReportSearchesResponse__Output>): grpc.ClientWritableStream<_swarmgate_control_v1_ReportSearchesRequest>;
  ReportSearches(metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ReportSearchesResponse__Output>): grpc.ClientWritableStream<_swarmgate_control_v1_ReportSearchesRequest>;
  ReportSearches(options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ReportSearchesResponse__Output>): grpc.ClientWritableStream<_swarmgate_control_v1_ReportSearchesRequest>;
  ReportSearches(callback: grpc.requestCallback<_swarmgate_control_v1_ReportSearchesResponse__Output>): grpc.ClientWritableStream<_swarmgate_control_v1_ReportSearchesRequest>;
  reportSearches(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ReportSearchesResponse__Output>): grpc.ClientWritableStream<_swarmgate_control_v1_ReportSearchesRequest>;
  reportSearches(metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ReportSearchesResponse__Output>): grpc.ClientWritableStream<_swarmgate_control_v1_ReportSearchesRequest>;
  reportSearches(options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ReportSearchesResponse__Output>): grpc.ClientWritableStream<_swarmgate_control_v1_ReportSearchesRequest>;
  reportSearches(callback: grpc.requestCallback<_swarmgate_control_v1_ReportSearchesResponse__Output>): grpc.ClientWritableStream<_swarmgate_control_v1_ReportSearchesRequest>;
  
  SyncIndexers(argument: _swarmgate_control_v1_SyncIndexersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_SyncIndexersResponse__Output>): grpc.ClientUnaryCall;
  SyncIndexers(argument: _swarmgate_control_v1_SyncIndexersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_SyncIndexersResponse__Output>): grpc.ClientUnaryCall;
  SyncIndexers(argument: _swarmgate_control_v1_SyncIndexersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_SyncIndexersResponse__Output>): grpc.ClientUnaryCall;
  SyncIndexers(argument: _swarmgate_control_v1_SyncIndexersRequest, callback: grpc.requestCallback<_swarmgate_control_v1_SyncIndexersResponse__Output>): grpc.ClientUnaryCall;
  syncIndexers(argument: _swarmgate_control_v1_SyncIndexersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_SyncIndexersResponse__Output>): grpc.ClientUnaryCall;
  syncIndexers(argument: _swarmgate_control_v1_SyncIndexersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_SyncIndexersResponse__Output>): grpc.ClientUnaryCall;
  syncIndexers(argument: _swarmgate_control_v1_SyncIndexersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_SyncIndexersResponse__Output>): grpc.ClientUnaryCall;
  syncIndexers(argument: _swarmgate_control_v1_SyncIndexersRequest, callback: grpc.requestCallback<_swarmgate_control_v1_SyncIndexersResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateIndexer(argument: _swarmgate_control_v1_UpdateIndexerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  UpdateIndexer(argument: _swarmgate_control_v1_UpdateIndexerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  UpdateIndexer(argument: _swarmgate_control_v1_UpdateIndexerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  UpdateIndexer(argument: _swarmgate_control_v1_UpdateIndexerRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  updateIndexer(argument: _swarmgate_control_v1_UpdateIndexerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  updateIndexer(argument: _swarmgate_control_v1_UpdateIndexerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  updateIndexer(argument: _swarmgate_control_v1_UpdateIndexerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  updateIndexer(argument: _swarmgate_control_v1_UpdateIndexerRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Indexer__Output>): grpc.ClientUnaryCall;
  
}

export interface IndexerServiceHandlers extends grpc.UntypedServiceImplementation {
  DisableIndexer: grpc.handleUnaryCall<_swarmgate_control_v1_DisableIndexerRequest__Output, _swarmgate_control_v1_Indexer>;
  
  EnableIndexer: grpc.handleUnaryCall<_swarmgate_control_v1_EnableIndexerRequest__Output, _swarmgate_control_v1_Indexer>;
  
  GetGlobalIndexerStats: grpc.handleUnaryCall<_swarmgate_control_v1_GetGlobalIndexerStatsRequest__Output, _swarmgate_control_v1_GlobalIndexerStats>;
  
  GetIndexer: grpc.handleUnaryCall<_swarmgate_control_v1_GetIndexerRequest__Output, _swarmgate_control_v1_Indexer>;
  
  ListIndexerMetrics: grpc.handleUnaryCall<_swarmgate_control_v1_ListIndexerMetricsRequest__Output, _swarmgate_control_v1_ListIndexerMetricsResponse>;
  
  ListIndexers: grpc.handleUnaryCall<_swarmgate_control_v1_ListIndexersRequest__Output, _swarmgate_control_v1_ListIndexersResponse>;
  
  ListSearchLogs: grpc.handleUnaryCall<_swarmgate_control_v1_ListSearchLogsRequest__Output, _swarmgate_control_v1_ListSearchLogsResponse>;
  
  ReportSearches: grpc.handleClientStreamingCall<_swarmgate_control_v1_ReportSearchesRequest__Output, _swarmgate_control_v1_ReportSearchesResponse>;
  
  SyncIndexers: grpc.handleUnaryCall<_swarmgate_control_v1_SyncIndexersRequest__Output, _swarmgate_control_v1_SyncIndexersResponse>;
  
  UpdateIndexer: grpc.handleUnaryCall<_swarmgate_control_v1_UpdateIndexerRequest__Output, _swarmgate_control_v1_Indexer>;
  
}

export interface IndexerServiceDefinition extends grpc.ServiceDefinition {
  DisableIndexer: MethodDefinition<_swarmgate_control_v1_DisableIndexerRequest, _swarmgate_control_v1_Indexer, _swarmgate_control_v1_DisableIndexerRequest__Output, _swarmgate_control_v1_Indexer__Output>
  EnableIndexer: MethodDefinition<_swarmgate_control_v1_EnableIndexerRequest, _swarmgate_control_v1_Indexer, _swarmgate_control_v1_EnableIndexerRequest__Output, _swarmgate_control_v1_Indexer__Output>
  GetGlobalIndexerStats: MethodDefinition<_swarmgate_control_v1_GetGlobalIndexerStatsRequest, _swarmgate_control_v1_GlobalIndexerStats, _swarmgate_control_v1_GetGlobalIndexerStatsRequest__Output, _swarmgate_control_v1_GlobalIndexerStats__Output>
  GetIndexer: MethodDefinition<_swarmgate_control_v1_GetIndexerRequest, _swarmgate_control_v1_Indexer, _swarmgate_control_v1_GetIndexerRequest__Output, _swarmgate_control_v1_Indexer__Output>
  ListIndexerMetrics: MethodDefinition<_swarmgate_control_v1_ListIndexerMetricsRequest, _swarmgate_control_v1_ListIndexerMetricsResponse, _swarmgate_control_v1_ListIndexerMetricsRequest__Output, _swarmgate_control_v1_ListIndexerMetricsResponse__Output>
  ListIndexers: MethodDefinition<_swarmgate_control_v1_ListIndexersRequest, _swarmgate_control_v1_ListIndexersResponse, _swarmgate_control_v1_ListIndexersRequest__Output, _swarmgate_control_v1_ListIndexersResponse__Output>
  ListSearchLogs: MethodDefinition<_swarmgate_control_v1_ListSearchLogsRequest, _swarmgate_control_v1_ListSearchLogsResponse, _swarmgate_control_v1_ListSearchLogsRequest__Output, _swarmgate_control_v1_ListSearchLogsResponse__Output>
  ReportSearches: MethodDefinition<_swarmgate_control_v1_ReportSearchesRequest, _swarmgate_control_v1_ReportSearchesResponse, _swarmgate_control_v1_ReportSearchesRequest__Output, _swarmgate_control_v1_ReportSearchesResponse__Output>
  SyncIndexers: MethodDefinition<_swarmgate_control_v1_SyncIndexersRequest, _swarmgate_control_v1_SyncIndexersResponse, _swarmgate_control_v1_SyncIndexersRequest__Output, _swarmgate_control_v1_SyncIndexersResponse__Output>
  UpdateIndexer: MethodDefinition<_swarmgate_control_v1_UpdateIndexerRequest, _swarmgate_control_v1_Indexer, _swarmgate_control_v1_UpdateIndexerRequest__Output, _swarmgate_control_v1_Indexer__Output>
}
