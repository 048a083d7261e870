import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { DescriptorProto as _google_protobuf_DescriptorProto, DescriptorProto__Output as _google_protobuf_DescriptorProto__Output } from './google/protobuf/DescriptorProto.js';
import type { Empty as _google_protobuf_Empty, Empty__Output as _google_protobuf_Empty__Output } from './google/protobuf/Empty.js';
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
import type { AssignSlotRequest as _swarmgate_control_v1_AssignSlotRequest, AssignSlotRequest__Output as _swarmgate_control_v1_AssignSlotRequest__Output } from './swarmgate/control/v1/AssignSlotRequest.js';
import type { CreatePoolKeyRequest as _swarmgate_control_v1_CreatePoolKeyRequest, CreatePoolKeyRequest__Output as _swarmgate_control_v1_CreatePoolKeyRequest__Output } from './swarmgate/control/v1/CreatePoolKeyRequest.js';
import type { DeletePoolKeyRequest as _swarmgate_control_v1_DeletePoolKeyRequest, DeletePoolKeyRequest__Output as _swarmgate_control_v1_DeletePoolKeyRequest__Output } from './swarmgate/control/v1/DeletePoolKeyRequest.js';
import type { DisablePoolKeyRequest as _swarmgate_control_v1_DisablePoolKeyRequest, DisablePoolKeyRequest__Output as _swarmgate_control_v1_DisablePoolKeyRequest__Output } from './swarmgate/control/v1/DisablePoolKeyRequest.js';
import type { EnablePoolKeyRequest as _swarmgate_control_v1_EnablePoolKeyRequest, EnablePoolKeyRequest__Output as _swarmgate_control_v1_EnablePoolKeyRequest__Output } from './swarmgate/control/v1/EnablePoolKeyRequest.js';
import type { EndStreamRequest as _swarmgate_control_v1_EndStreamRequest, EndStreamRequest__Output as _swarmgate_control_v1_EndStreamRequest__Output } from './swarmgate/control/v1/EndStreamRequest.js';
import type { GetPoolKeyRequest as _swarmgate_control_v1_GetPoolKeyRequest, GetPoolKeyRequest__Output as _swarmgate_control_v1_GetPoolKeyRequest__Output } from './swarmgate/control/v1/GetPoolKeyRequest.js';
import type { GetPoolStatusRequest as _swarmgate_control_v1_GetPoolStatusRequest, GetPoolStatusRequest__Output as _swarmgate_control_v1_GetPoolStatusRequest__Output } from './swarmgate/control/v1/GetPoolStatusRequest.js';
import type { ListHealthChecksRequest as _swarmgate_control_v1_ListHealthChecksRequest, ListHealthChecksRequest__Output as _swarmgate_control_v1_ListHealthChecksRequest__Output } from './swarmgate/control/v1/ListHealthChecksRequest.js';
import type { ListHealthChecksResponse as _swarmgate_control_v1_ListHealthChecksResponse, ListHealthChecksResponse__Output as _swarmgate_control_v1_ListHealthChecksResponse__Output } from './swarmgate/control/v1/ListHealthChecksResponse.js';
import type { ListLiveStreamsRequest as _swarmgate_control_v1_ListLiveStreamsRequest, ListLiveStreamsRequest__Output as _swarmgate_control_v1_ListLiveStreamsRequest__Output } from './swarmgate/control/v1/ListLiveStreamsRequest.js';
import type { ListLiveStreamsResponse as _swarmgate_control_v1_ListLiveStreamsResponse, ListLiveStreamsResponse__Output as _swarmgate_control_v1_ListLiveStreamsResponse__Output } from './swarmgate/control/v1/ListLiveStreamsResponse.js';
import type { ListPoolKeysRequest as _swarmgate_control_v1_ListPoolKeysRequest, ListPoolKeysRequest__Output as _swarmgate_control_v1_ListPoolKeysRequest__Output } from './swarmgate/control/v1/ListPoolKeysRequest.js';
import type { ListPoolKeysResponse as _swarmgate_control_v1_ListPoolKeysResponse, ListPoolKeysResponse__Output as _swarmgate_control_v1_ListPoolKeysResponse__Output } from './swarmgate/control/v1/ListPoolKeysResponse.js';
import type { ListPoolStatusRequest as _swarmgate_control_v1_ListPoolStatusRequest, ListPoolStatusRequest__Output as _swarmgate_control_v1_ListPoolStatusRequest__Output } from './swarmgate/control/v1/ListPoolStatusRequest.js';
import type { ListPoolStatusResponse as _swarmgate_control_v1_ListPoolStatusResponse, ListPoolStatusResponse__Output as _swarmgate_control_v1_ListPoolStatusResponse__Output } from './swarmgate/control/v1/ListPoolStatusResponse.js';
import type { ListSlotsRequest as _swarmgate_control_v1_ListSlotsRequest, ListSlotsRequest__Output as _swarmgate_control_v1_ListSlotsRequest__Output } from './swarmgate/control/v1/ListSlotsRequest.js';
import type { ListSlotsResponse as _swarmgate_control_v1_ListSlotsResponse, ListSlotsResponse__Output as _swarmgate_control_v1_ListSlotsResponse__Output } from './swarmgate/control/v1/ListSlotsResponse.js';
import type { ListUsageLogsRequest as _swarmgate_control_v1_ListUsageLogsRequest, ListUsageLogsRequest__Output as _swarmgate_control_v1_ListUsageLogsRequest__Output } from './swarmgate/control/v1/ListUsageLogsRequest.js';
import type { ListUsageLogsResponse as _swarmgate_control_v1_ListUsageLogsResponse, ListUsageLogsResponse__Output as _swarmgate_control_v1_ListUsageLogsResponse__Output } from './swarmgate/control/v1/ListUsageLogsResponse.js';
import type { PoolHealthCheck as _swarmgate_control_v1_PoolHealthCheck, PoolHealthCheck__Output as _swarmgate_control_v1_PoolHealthCheck__Output } from './swarmgate/control/v1/PoolHealthCheck.js';
import type { PoolKey as _swarmgate_control_v1_PoolKey, PoolKey__Output as _swarmgate_control_v1_PoolKey__Output } from './swarmgate/control/v1/PoolKey.js';
import type { PoolServiceClient as _swarmgate_control_v1_PoolServiceClient, PoolServiceDefinition as _swarmgate_control_v1_PoolServiceDefinition } from './swarmgate/control/v1/PoolService.js';
import type { PoolSlot as _swarmgate_control_v1_PoolSlot, PoolSlot__Output as _swarmgate_control_v1_PoolSlot__Output } from './swarmgate/control/v1/PoolSlot.js';
import type { PoolStatus as _swarmgate_control_v1_PoolStatus, PoolStatus__Output as _swarmgate_control_v1_PoolStatus__Output } from './swarmgate/control/v1/PoolStatus.js';
import type { PoolStream as _swarmgate_control_v1_PoolStream, PoolStream__Output as _swarmgate_control_v1_PoolStream__Output } from './swarmgate/control/v1/PoolStream.js';
import type { PoolUsageLog as _swarmgate_control_v1_PoolUsageLog, PoolUsageLog__Output as _swarmgate_control_v1_PoolUsageLog__Output } from './swarmgate/control/v1/PoolUsageLog.js';
import type { ReclaimIdleSlotsRequest as _swarmgate_control_v1_ReclaimIdleSlotsRequest, ReclaimIdleSlotsRequest__Output as _swarmgate_control_v1_ReclaimIdleSlotsRequest__Output } from './swarmgate/control/v1/ReclaimIdleSlotsRequest.js';
import type { ReclaimIdleSlotsResponse as _swarmgate_control_v1_ReclaimIdleSlotsResponse, ReclaimIdleSlotsResponse__Output as _swarmgate_control_v1_ReclaimIdleSlotsResponse__Output } from './swarmgate/control/v1/ReclaimIdleSlotsResponse.js';
import type { ReleaseSlotRequest as _swarmgate_control_v1_ReleaseSlotRequest, ReleaseSlotRequest__Output as _swarmgate_control_v1_ReleaseSlotRequest__Output } from './swarmgate/control/v1/ReleaseSlotRequest.js';
import type { ReplacePoolKeySecretRequest as _swarmgate_control_v1_ReplacePoolKeySecretRequest, ReplacePoolKeySecretRequest__Output as _swarmgate_control_v1_ReplacePoolKeySecretRequest__Output } from './swarmgate/control/v1/ReplacePoolKeySecretRequest.js';
import type { UpdatePoolKeyRequest as _swarmgate_control_v1_UpdatePoolKeyRequest, UpdatePoolKeyRequest__Output as _swarmgate_control_v1_UpdatePoolKeyRequest__Output } from './swarmgate/control/v1/UpdatePoolKeyRequest.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      DescriptorProto: MessageTypeDefinition<_google_protobuf_DescriptorProto, _google_protobuf_DescriptorProto__Output>
      Edition: EnumTypeDefinition
      Empty: MessageTypeDefinition<_google_protobuf_Empty, _google_protobuf_Empty__Output>
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
        AssignSlotRequest: MessageTypeDefinition<_swarmgate_control_v1_AssignSlotRequest, _swarmgate_control_v1_AssignSlotRequest__Output>
        CapacityLevel: EnumTypeDefinition
        CreatePoolKeyRequest: MessageTypeDefinition<_swarmgate_control_v1_CreatePoolKeyRequest, _swarmgate_control_v1_CreatePoolKeyRequest__Output>
        DeletePoolKeyRequest: MessageTypeDefinition<_swarmgate_control_v1_DeletePoolKeyRequest, _swarmgate_control_v1_DeletePoolKeyRequest__Output>
        DisablePoolKeyRequest: MessageTypeDefinition<_swarmgate_control_v1_DisablePoolKeyRequest, _swarmgate_control_v1_DisablePoolKeyRequest__Output>
        EnablePoolKeyRequest: MessageTypeDefinition<_swarmgate_control_v1_EnablePoolKeyRequest, _swarmgate_control_v1_EnablePoolKeyRequest__Output>
        EndStreamRequest: MessageTypeDefinition<_swarmgate_control_v1_EndStreamRequest, _swarmgate_control_v1_EndStreamRequest__Output>
        GetPoolKeyRequest: MessageTypeDefinition<_swarmgate_control_v1_GetPoolKeyRequest, _swarmgate_control_v1_GetPoolKeyRequest__Output>
        GetPoolStatusRequest: MessageTypeDefinition<_swarmgate_control_v1_GetPoolStatusRequest, _swarmgate_control_v1_GetPoolStatusRequest__Output>
        ListHealthChecksRequest: MessageTypeDefinition<_swarmgate_control_v1_ListHealthChecksRequest, _swarmgate_control_v1_ListHealthChecksRequest__Output>
        ListHealthChecksResponse: MessageTypeDefinition<_swarmgate_control_v1_ListHealthChecksResponse, _swarmgate_control_v1_ListHealthChecksResponse__Output>
        ListLiveStreamsRequest: MessageTypeDefinition<_swarmgate_control_v1_ListLiveStreamsRequest, _swarmgate_control_v1_ListLiveStreamsRequest__Output>
        ListLiveStreamsResponse: MessageTypeDefinition<_swarmgate_control_v1_ListLiveStreamsResponse, _swarmgate_control_v1_ListLiveStreamsResponse__Output>
        ListPoolKeysRequest: MessageTypeDefinition<_swarmgate_control_v1_ListPoolKeysRequest, _swarmgate_control_v1_ListPoolKeysRequest__Output>
        ListPoolKeysResponse: MessageTypeDefinition<_swarmgate_control_v1_ListPoolKeysResponse, _swarmgate_control_v1_ListPoolKeysResponse__Output>
        ListPoolStatusRequest: MessageTypeDefinition<_swarmgate_control_v1_ListPoolStatusRequest, _swarmgate_control_v1_ListPoolStatusRequest__Output>
        ListPoolStatusResponse: MessageTypeDefinition<_swarmgate_control_v1_ListPoolStatusResponse, _swarmgate_control_v1_ListPoolStatusResponse__Output>
        ListSlotsRequest: MessageTypeDefinition<_swarmgate_control_v1_ListSlotsRequest, _swarmgate_control_v1_ListSlotsRequest__Output>
        ListSlotsResponse: MessageTypeDefinition<_swarmgate_control_v1_ListSlotsResponse, _swarmgate_control_v1_ListSlotsResponse__Output>
        ListUsageLogsRequest: MessageTypeDefinition<_swarmgate_control_v1_ListUsageLogsRequest, _swarmgate_control_v1_ListUsageLogsRequest__Output>
        ListUsageLogsResponse: MessageTypeDefinition<_swarmgate_control_v1_ListUsageLogsResponse, _swarmgate_control_v1_ListUsageLogsResponse__Output>
        Permission: EnumTypeDefinition
        PoolHealthCheck: MessageTypeDefinition<_swarmgate_control_v1_PoolHealthCheck, _swarmgate_control_v1_PoolHealthCheck__Output>
        PoolKey: MessageTypeDefinition<_swarmgate_control_v1_PoolKey, _swarmgate_control_v1_PoolKey__Output>
        PoolKeyHealth: EnumTypeDefinition
        PoolService: SubtypeConstructor<typeof grpc.Client, _swarmgate_control_v1_PoolServiceClient> & { service: _swarmgate_control_v1_PoolServiceDefinition }
        PoolSlot: MessageTypeDefinition<_swarmgate_control_v1_PoolSlot, _swarmgate_control_v1_PoolSlot__Output>
        PoolStatus: MessageTypeDefinition<_swarmgate_control_v1_PoolStatus, _swarmgate_control_v1_PoolStatus__Output>
        PoolStream: MessageTypeDefinition<_swarmgate_control_v1_PoolStream, _swarmgate_control_v1_PoolStream__Output>
        PoolUsageLog: MessageTypeDefinition<_swarmgate_control_v1_PoolUsageLog, _swarmgate_control_v1_PoolUsageLog__Output>
        ReclaimIdleSlotsRequest: MessageTypeDefinition<_swarmgate_control_v1_ReclaimIdleSlotsRequest, _swarmgate_control_v1_ReclaimIdleSlotsRequest__Output>
        ReclaimIdleSlotsResponse: MessageTypeDefinition<_swarmgate_control_v1_ReclaimIdleSlotsResponse, _swarmgate_control_v1_ReclaimIdleSlotsResponse__Output>
        ReleaseSlotRequest: MessageTypeDefinition<_swarmgate_control_v1_ReleaseSlotRequest, _swarmgate_control_v1_ReleaseSlotRequest__Output>
        ReplacePoolKeySecretRequest: MessageTypeDefinition<_swarmgate_control_v1_ReplacePoolKeySecretRequest, _swarmgate_control_v1_ReplacePoolKeySecretRequest__Output>
        UpdatePoolKeyRequest: MessageTypeDefinition<_swarmgate_control_v1_UpdatePoolKeyRequest, _swarmgate_control_v1_UpdatePoolKeyRequest__Output>
      }
    }
  }
}

