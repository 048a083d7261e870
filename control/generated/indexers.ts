import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { DescriptorProto as _google_protobuf_DescriptorProto, DescriptorProto__Output as _google_protobuf_DescriptorProto__Output } from './google/protobuf/DescriptorProto.js';
import type { EnumDescriptorProto as _google_protobuf_EnumDescriptorProto, EnumDescriptorProto__Output as _google_protobuf_EnumDescriptorProto__Output } from './google/protobuf/EnumDescriptorProto.js';
import type { EnumOptions as _google_protobuf_EnumOptions, EnumOptions__Output as _google_protobuf_EnumOptions__Output } from './google/protobuf/EnumOptions.js';
import type { EnumValueDescriptorProto as _google_protobuf_EnumValueDescriptorProto, EnumValueDescriptorProto__Output as _google_protobuf_EnumValueDescriptorProto__Output } from './google/protobuf/EnumValueDescriptorProto.js';
import type { EnumValueOptions as _google_protobuf_EnumValueOptions, EnumValueOptions__Output as _google_protobuf_EnumValueOptions__Output } from './google/protobuf/EnumValueOptions.js';
import type { ExtensionRangeOptions as _google_protobuf_ExtensionRangeOptions, ExtensionRangeOptions__Output as _google_protobuf_ExtensionRangeOptions__Output } from './google/protobuf/ExtensionRangeOptions.js';
import type { FeatureSet as _google_protobuf_FeatureSet, FeatureSet__Output as _google_protobuf_FeatureSet__Output } from './google/protobuf/FeatureSet.js';
import type { FeatureSetDefaults as _google_protobuf_FeatureSetDefaults, FeatureSetDefaults__Output as _google_protobuf_FeatureSetDefaults__Output } from './google/protobuf/FeatureSetDefaults.js';
import type { FieldDescriptorProto as _google_protobuf_FieldDescriptorProto, FieldDescriptorProto__Output as _google_protobuf_FieldDescriptorProto__Output } from './google/protobuf/FieldDescriptorProto.js';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from './google/protobuf/FieldMask.js';
import type { FieldOptions as _google_protobuf_FieldOptions, FieldOptions__Output as _google_protobuf_FieldOptions__Output } from './google/protobuf/FieldOptions.js';
import type { FileDescriptorProto as _google_protobuf_FileDescriptorProto, FileDescriptorProto__Output as _google_protobuf_FileDescriptorProto__Output } from './google/protobuf/FileDescriptorProto.js';
import type { FileDescriptorSet as _google_protobuf_FileDescriptorSet, FileDescriptorSet__Output as _google_protobuf_FileDescriptorSet__Output } from './google/protobuf/FileDescriptorSet.js';
import type { FileOptions as _google_protobuf_FileOptions, FileOptions__Output as _google_protobuf_FileOptions__Output } from './google/protobuf/FileOptions.js';
import type { GeneratedCodeInfo as _google_protobuf_GeneratedCodeInfo, GeneratedCodeInfo__Output as _google_protobuf_GeneratedCodeInfo__Output } from './google/protobuf/GeneratedCodeInfo.js';
import type { MessageOptions as _google_protobuf_MessageOptions, MessageOptions__Output as _google_protobuf_MessageOptions__Output } from './google/protobuf/MessageOptions.js';
import type { MethodDescriptorProto as _google_protobuf_MethodDescriptorProto, MethodDescriptorProto__Output as _google_protobuf_MethodDescriptorProto__Output } from './google/protobuf/MethodDescriptorProto.js';
import type { MethodOptions as _google_protobuf_MethodOptions, MethodOptions__Output as _google_protobuf_MethodOptions__Output } from './google/protobuf/MethodOptions.js';
import type { OneofDescriptorProto as _google_protobuf_OneofDescriptorProto, OneofDescriptorProto__Output as _google_protobuf_OneofDescriptorProto__Output } from './google/protobuf/OneofDescriptorProto.js';
import type { OneofOptions as _google_protobuf_OneofOptions, OneofOptions__Output as _google_protobuf_OneofOptions__Output } from './google/protobuf/OneofOptions.js';
import type { ServiceDescriptorProto as _google_protobuf_ServiceDescriptorProto, ServiceDescriptorProto__Output as _google_protobuf_ServiceDescriptorProto__Output } from './google/protobuf/ServiceDescriptorProto.js';
import type { ServiceOptions as _google_protobuf_ServiceOptions, ServiceOptions__Output as _google_protobuf_ServiceOptions__Output } from './google/protobuf/ServiceOptions.js';
import type { SourceCodeInfo as _google_protobuf_SourceCodeInfo, SourceCodeInfo__Output as _google_protobuf_SourceCodeInfo__Output } from './google/protobuf/SourceCodeInfo.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp.js';
import type { UninterpretedOption as _google_protobuf_UninterpretedOption, UninterpretedOption__Output as _google_protobuf_UninterpretedOption__Output } from './google/protobuf/UninterpretedOption.js';
import type { DisableIndexerRequest as _swarmgate_control_v1_DisableIndexerRequest, DisableIndexerRequest__Output as _swarmgate_control_v1_DisableIndexerRequest__Output } from './swarmgate/control/v1/DisableIndexerRequest.js';
import type { EnableIndexerRequest as _swarmgate_control_v1_EnableIndexerRequest, EnableIndexerRequest__Output as _swarmgate_control_v1_EnableIndexerRequest__Output } from './swarmgate/control/v1/EnableIndexerRequest.js';
import type { GetGlobalIndexerStatsRequest as _swarmgate_control_v1_GetGlobalIndexerStatsRequest, GetGlobalIndexerStatsRequest__Output as _swarmgate_control_v1_GetGlobalIndexerStatsRequest__Output } from './swarmgate/control/v1/GetGlobalIndexerStatsRequest.js';
import type { GetIndexerRequest as _swarmgate_control_v1_GetIndexerRequest, GetIndexerRequest__Output as _swarmgate_control_v1_GetIndexerRequest__Output } from './swarmgate/control/v1/GetIndexerRequest.js';
import type { GlobalIndexerStats as _swarmgate_control_v1_GlobalIndexerStats, GlobalIndexerStats__Output as _swarmgate_control_v1_GlobalIndexerStats__Output } from './swarmgate/control/v1/GlobalIndexerStats.js';
import type { Indexer as _swarmgate_control_v1_Indexer, Indexer__Output as _swarmgate_control_v1_Indexer__Output } from './swarmgate/control/v1/Indexer.js';
import type { IndexerHourlyMetrics as _swarmgate_control_v1_IndexerHourlyMetrics, IndexerHourlyMetrics__Output as _swarmgate_control_v1_IndexerHourlyMetrics__Output } from './swarmgate/control/v1/IndexerHourlyMetrics.js';
import type { IndexerServiceClient as _swarmgate_control_v1_IndexerServiceClient, IndexerServiceDefinition as _swarmgate_control_v1_IndexerServiceDefinition } from './swarmgate/control/v1/IndexerService.js';
import type { ListIndexerMetricsRequest as _swarmgate_control_v1_ListIndexerMetricsRequest, ListIndexerMetricsRequest__Output as _swarmgate_control_v1_ListIndexerMetricsRequest__Output } from './swarmgate/control/v1/ListIndexerMetricsRequest.js';
import type { ListIndexerMetricsResponse as _swarmgate_control_v1_ListIndexerMetricsResponse, ListIndexerMetricsResponse__Output as _swarmgate_control_v1_ListIndexerMetricsResponse__Output } from './swarmgate/control/v1/ListIndexerMetricsResponse.js';
import type { ListIndexersRequest as _swarmgate_control_v1_ListIndexersRequest, ListIndexersRequest__Output as _swarmgate_control_v1_ListIndexersRequest__Output } from './swarmgate/control/v1/ListIndexersRequest.js';
import type { ListIndexersResponse as _swarmgate_control_v1_ListIndexersResponse, ListIndexersResponse__Output as _swarmgate_control_v1_ListIndexersResponse__Output } from './swarmgate/control/v1/ListIndexersResponse.js';
import type { ListSearchLogsRequest as _swarmgate_control_v1_ListSearchLogsRequest, ListSearchLogsRequest__Output as _swarmgate_control_v1_ListSearchLogsRequest__Output } from './swarmgate/control/v1/ListSearchLogsRequest.js';
import type { ListSearchLogsResponse as _swarmgate_control_v1_ListSearchLogsResponse, ListSearchLogsResponse__Output as _swarmgate_control_v1_ListSearchLogsResponse__Output } from './swarmgate/control/v1/ListSearchLogsResponse.js';
import type { ReportSearchesRequest as _swarmgate_control_v1_ReportSearchesRequest, ReportSearchesRequest__Output as _swarmgate_control_v1_ReportSearchesRequest__Output } from './swarmgate/control/v1/ReportSearchesRequest.js';
import type { ReportSearchesResponse as _swarmgate_control_v1_ReportSearchesResponse, ReportSearchesResponse__Output as _swarmgate_control_v1_ReportSearchesResponse__Output } from './swarmgate/control/v1/ReportSearchesResponse.js';
import type { ReportedSearch as _swarmgate_control_v1_ReportedSearch, ReportedSearch__Output as _swarmgate_control_v1_ReportedSearch__Output } from './swarmgate/control/v1/ReportedSearch.js';
import type { SearchLog as _swarmgate_control_v1_SearchLog, SearchLog__Output as _swarmgate_control_v1_SearchLog__Output } from './swarmgate/control/v1/SearchLog.js';
import type { SyncIndexersRequest as _swarmgate_control_v1_SyncIndexersRequest, SyncIndexersRequest__Output as _swarmgate_control_v1_SyncIndexersRequest__Output } from './swarmgate/control/v1/SyncIndexersRequest.js';
import type { SyncIndexersResponse as _swarmgate_control_v1_SyncIndexersResponse, SyncIndexersResponse__Output as _swarmgate_control_v1_SyncIndexersResponse__Output } from './swarmgate/control/v1/SyncIndexersResponse.js';
import type { UpdateIndexerRequest as _swarmgate_control_v1_UpdateIndexerRequest, UpdateIndexerRequest__Output as _swarmgate_control_v1_UpdateIndexerRequest__Output } from './swarmgate/control/v1/UpdateIndexerRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      DescriptorProto: MessageTypeDefinition<_google_protobuf_DescriptorProto, _google_protobuf_DescriptorProto__Output>
      Edition: EnumTypeDefinition
      EnumDescriptorProto: MessageTypeDefinition<_google_protobuf_EnumDescriptorProto, _google_protobuf_EnumDescriptorProto__Output>
      EnumOptions: MessageTypeDefinition<_google_protobuf_EnumOptions, _google_protobuf_EnumOptions__Output>
      EnumValueDescriptorProto: MessageTypeDefinition<_google_protobuf_EnumValueDescriptorProto, _google_protobuf_EnumValueDescriptorProto__Output>
      EnumValueOptions: MessageTypeDefinition<_google_protobuf_EnumValueOptions, _google_protobuf_EnumValueOptions__Output>
      ExtensionRangeOptions: MessageTypeDefinition<_google_protobuf_ExtensionRangeOptions, _google_protobuf_ExtensionRangeOptions__Output>
      FeatureSet: MessageTypeDefinition<_google_protobuf_FeatureSet, _google_protobuf_FeatureSet__Output>
      FeatureSetDefaults: MessageTypeDefinition<_google_protobuf_FeatureSetDefaults, _google_protobuf_FeatureSetDefaults__Output>
      FieldDescriptorProto: MessageTypeDefinition<_google_protobuf_FieldDescriptorProto, _google_protobuf_FieldDescriptorProto__Output>
      FieldMask: MessageTypeDefinition<_google_protobuf_FieldMask, _google_protobuf_FieldMask__Output>
      FieldOptions: MessageTypeDefinition<_google_protobuf_FieldOptions, _google_protobuf_FieldOptions__Output>
      FileDescriptorProto: MessageTypeDefinition<_google_protobuf_FileDescriptorProto, _google_protobuf_FileDescriptorProto__Output>
      FileDescriptorSet: MessageTypeDefinition<_google_protobuf_FileDescriptorSet, _google_protobuf_FileDescriptorSet__Output>
      FileOptions: MessageTypeDefinition<_google_protobuf_FileOptions, _google_protobuf_FileOptions__Output>
      GeneratedCodeInfo: MessageTypeDefinition<_google_protobuf_GeneratedCodeInfo, _google_protobuf_GeneratedCodeInfo__Output>
      MessageOptions: MessageTypeDefinition<_google_protobuf_MessageOptions, _google_protobuf_MessageOptions__Output>
      MethodDescriptorProto: MessageTypeDefinition<_google_protobuf_MethodDescriptorProto, _google_protobuf_MethodDescriptorProto__Output>
      MethodOptions: MessageTypeDefinition<_google_protobuf_MethodOptions, _google_protobuf_MethodOptions__Output>
      OneofDescriptorProto: MessageTypeDefinition<_google_protobuf_OneofDescriptorProto, _google_protobuf_OneofDescriptorProto__Output>
      OneofOptions: MessageTypeDefinition<_google_protobuf_OneofOptions, _google_protobuf_OneofOptions__Output>
      ServiceDescriptorProto: MessageTypeDefinition<_google_protobuf_ServiceDescriptorProto, _google_protobuf_ServiceDescriptorProto__Output>
      ServiceOptions: MessageTypeDefinition<_google_protobuf_ServiceOptions, _google_protobuf_ServiceOptions__Output>
      SourceCodeInfo: MessageTypeDefinition<_google_protobuf_SourceCodeInfo, _google_protobuf_SourceCodeInfo__Output>
      SymbolVisibility: EnumTypeDefinition
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
      UninterpretedOption: MessageTypeDefinition<_google_protobuf_UninterpretedOption, _google_protobuf_UninterpretedOption__Output>
    }
  }
  swarmgate: {
    control: {
      v1: {
        DisableIndexerRequest: MessageTypeDefinition<_swarmgate_control_v1_DisableIndexerRequest, _swarmgate_control_v1_DisableIndexerRequest__Output>
        EnableIndexerRequest: MessageTypeDefinition<_swarmgate_control_v1_EnableIndexerRequest, _swarmgate_control_v1_EnableIndexerRequest__Output>
        GetGlobalIndexerStatsRequest: MessageTypeDefinition<_swarmgate_control_v1_GetGlobalIndexerStatsRequest, _swarmgate_control_v1_GetGlobalIndexerStatsRequest__Output>
        GetIndexerRequest: MessageTypeDefinition<_swarmgate_control_v1_GetIndexerRequest, _swarmgate_control_v1_GetIndexerRequest__Output>
        GlobalIndexerStats: MessageTypeDefinition<_swarmgate_control_v1_GlobalIndexerStats, _swarmgate_control_v1_GlobalIndexerStats__Output>
        Indexer: MessageTypeDefinition<_swarmgate_control_v1_Indexer, _swarmgate_control_v1_Indexer__Output>
        IndexerDisabledBy: EnumTypeDefinition
        IndexerHourlyMetrics: MessageTypeDefinition<_swarmgate_control_v1_IndexerHourlyMetrics, _swarmgate_control_v1_IndexerHourlyMetrics__Output>
        IndexerService: SubtypeConstructor<typeof grpc.Client, _swarmgate_control_v1_IndexerServiceClient> & { service: _swarmgate_control_v1_IndexerServiceDefinition }
        IndexerStatus: EnumTypeDefinition
        ListIndexerMetricsRequest: MessageTypeDefinition<_swarmgate_control_v1_ListIndexerMetricsRequest, _swarmgate_control_v1_ListIndexerMetricsRequest__Output>
        ListIndexerMetricsResponse: MessageTypeDefinition<_swarmgate_control_v1_ListIndexerMetricsResponse, _swarmgate_control_v1_ListIndexerMetricsResponse__Output>
        ListIndexersRequest: MessageTypeDefinition<_swarmgate_control_v1_ListIndexersRequest, _swarmgate_control_v1_ListIndexersRequest__Output>
        ListIndexersResponse: MessageTypeDefinition<_swarmgate_control_v1_ListIndexersResponse, _swarmgate_control_v1_ListIndexersResponse__Output>
        ListSearchLogsRequest: MessageTypeDefinition<_swarmgate_control_v1_ListSearchLogsRequest, _swarmgate_control_v1_ListSearchLogsRequest__Output>
        ListSearchLogsResponse: MessageTypeDefinition<_swarmgate_control_v1_ListSearchLogsResponse, _swarmgate_control_v1_ListSearchLogsResponse__Output>
        Permission: EnumTypeDefinition
        ReportSearchesRequest: MessageTypeDefinition<_swarmgate_control_v1_ReportSearchesRequest, _swarmgate_control_v1_ReportSearchesRequest__Output>
        ReportSearchesResponse: MessageTypeDefinition<_swarmgate_control_v1_ReportSearchesResponse, _swarmgate_control_v1_ReportSearchesResponse__Output>
        ReportedSearch: MessageTypeDefinition<_swarmgate_control_v1_ReportedSearch, _swarmgate_control_v1_ReportedSearch__Output>
        SearchLog: MessageTypeDefinition<_swarmgate_control_v1_SearchLog, _swarmgate_control_v1_SearchLog__Output>
        SearchType: EnumTypeDefinition
        SyncIndexersRequest: MessageTypeDefinition<_swarmgate_control_v1_SyncIndexersRequest, _swarmgate_control_v1_SyncIndexersRequest__Output>
        SyncIndexersResponse: MessageTypeDefinition<_swarmgate_control_v1_SyncIndexersResponse, _swarmgate_control_v1_SyncIndexersResponse__Output>
        UpdateIndexerRequest: MessageTypeDefinition<_swarmgate_control_v1_UpdateIndexerRequest, _swarmgate_control_v1_UpdateIndexerRequest__Output>
      }
    }
  }
}

