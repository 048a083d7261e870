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
import type { ApproveTorrentRequest as _swarmgate_control_v1_ApproveTorrentRequest, ApproveTorrentRequest__Output as _swarmgate_control_v1_ApproveTorrentRequest__Output } from './swarmgate/control/v1/ApproveTorrentRequest.js';
import type { Category as _swarmgate_control_v1_Category, Category__Output as _swarmgate_control_v1_Category__Output } from './swarmgate/control/v1/Category.js';
import type { DeleteTorrentRequest as _swarmgate_control_v1_DeleteTorrentRequest, DeleteTorrentRequest__Output as _swarmgate_control_v1_DeleteTorrentRequest__Output } from './swarmgate/control/v1/DeleteTorrentRequest.js';
import type { DownloadTorrentFileRequest as _swarmgate_control_v1_DownloadTorrentFileRequest, DownloadTorrentFileRequest__Output as _swarmgate_control_v1_DownloadTorrentFileRequest__Output } from './swarmgate/control/v1/DownloadTorrentFileRequest.js';
import type { DownloadTorrentFileResponse as _swarmgate_control_v1_DownloadTorrentFileResponse, DownloadTorrentFileResponse__Output as _swarmgate_control_v1_DownloadTorrentFileResponse__Output } from './swarmgate/control/v1/DownloadTorrentFileResponse.js';
import type { GetTorrentRequest as _swarmgate_control_v1_GetTorrentRequest, GetTorrentRequest__Output as _swarmgate_control_v1_GetTorrentRequest__Output } from './swarmgate/control/v1/GetTorrentRequest.js';
import type { ListCategoriesRequest as _swarmgate_control_v1_ListCategoriesRequest, ListCategoriesRequest__Output as _swarmgate_control_v1_ListCategoriesRequest__Output } from './swarmgate/control/v1/ListCategoriesRequest.js';
import type { ListCategoriesResponse as _swarmgate_control_v1_ListCategoriesResponse, ListCategoriesResponse__Output as _swarmgate_control_v1_ListCategoriesResponse__Output } from './swarmgate/control/v1/ListCategoriesResponse.js';
import type { ListTorrentsRequest as _swarmgate_control_v1_ListTorrentsRequest, ListTorrentsRequest__Output as _swarmgate_control_v1_ListTorrentsRequest__Output } from './swarmgate/control/v1/ListTorrentsRequest.js';
import type { ListTorrentsResponse as _swarmgate_control_v1_ListTorrentsResponse, ListTorrentsResponse__Output as _swarmgate_control_v1_ListTorrentsResponse__Output } from './swarmgate/control/v1/ListTorrentsResponse.js';
import type { PostponeTorrentRequest as _swarmgate_control_v1_PostponeTorrentRequest, PostponeTorrentRequest__Output as _swarmgate_control_v1_PostponeTorrentRequest__Output } from './swarmgate/control/v1/PostponeTorrentRequest.js';
import type { RegisterTorrentRequest as _swarmgate_control_v1_RegisterTorrentRequest, RegisterTorrentRequest__Output as _swarmgate_control_v1_RegisterTorrentRequest__Output } from './swarmgate/control/v1/RegisterTorrentRequest.js';
import type { RejectTorrentRequest as _swarmgate_control_v1_RejectTorrentRequest, RejectTorrentRequest__Output as _swarmgate_control_v1_RejectTorrentRequest__Output } from './swarmgate/control/v1/RejectTorrentRequest.js';
import type { Torrent as _swarmgate_control_v1_Torrent, Torrent__Output as _swarmgate_control_v1_Torrent__Output } from './swarmgate/control/v1/Torrent.js';
import type { TorrentFile as _swarmgate_control_v1_TorrentFile, TorrentFile__Output as _swarmgate_control_v1_TorrentFile__Output } from './swarmgate/control/v1/TorrentFile.js';
import type { TorrentServiceClient as _swarmgate_control_v1_TorrentServiceClient, TorrentServiceDefinition as _swarmgate_control_v1_TorrentServiceDefinition } from './swarmgate/control/v1/TorrentService.js';
import type { UpdateTorrentRequest as _swarmgate_control_v1_UpdateTorrentRequest, UpdateTorrentRequest__Output as _swarmgate_control_v1_UpdateTorrentRequest__Output } from './swarmgate/control/v1/UpdateTorrentRequest.js';

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
        ApproveTorrentRequest: MessageTypeDefinition<_swarmgate_control_v1_ApproveTorrentRequest, _swarmgate_control_v1_ApproveTorrentRequest__Output>
        Category: MessageTypeDefinition<_swarmgate_control_v1_Category, _swarmgate_control_v1_Category__Output>
        DeleteTorrentRequest: MessageTypeDefinition<_swarmgate_control_v1_DeleteTorrentRequest, _swarmgate_control_v1_DeleteTorrentRequest__Output>
        DownloadTorrentFileRequest: MessageTypeDefinition<_swarmgate_control_v1_DownloadTorrentFileRequest, _swarmgate_control_v1_DownloadTorrentFileRequest__Output>
        DownloadTorrentFileResponse: MessageTypeDefinition<_swarmgate_control_v1_DownloadTorrentFileResponse, _swarmgate_control_v1_DownloadTorrentFileResponse__Output>
        GetTorrentRequest: MessageTypeDefinition<_swarmgate_control_v1_GetTorrentRequest, _swarmgate_control_v1_GetTorrentRequest__Output>
        ListCategoriesRequest: MessageTypeDefinition<_swarmgate_control_v1_ListCategoriesRequest, _swarmgate_control_v1_ListCategoriesRequest__Output>
        ListCategoriesResponse: MessageTypeDefinition<_swarmgate_control_v1_ListCategoriesResponse, _swarmgate_control_v1_ListCategoriesResponse__Output>
        ListTorrentsRequest: MessageTypeDefinition<_swarmgate_control_v1_ListTorrentsRequest, _swarmgate_control_v1_ListTorrentsRequest__Output>
        ListTorrentsResponse: MessageTypeDefinition<_swarmgate_control_v1_ListTorrentsResponse, _swarmgate_control_v1_ListTorrentsResponse__Output>
        ModerationStatus: EnumTypeDefinition
        Permission: EnumTypeDefinition
        PostponeTorrentRequest: MessageTypeDefinition<_swarmgate_control_v1_PostponeTorrentRequest, _swarmgate_control_v1_PostponeTorrentRequest__Output>
        RegisterTorrentRequest: MessageTypeDefinition<_swarmgate_control_v1_RegisterTorrentRequest, _swarmgate_control_v1_RegisterTorrentRequest__Output>
        RejectTorrentRequest: MessageTypeDefinition<_swarmgate_control_v1_RejectTorrentRequest, _swarmgate_control_v1_RejectTorrentRequest__Output>
        Torrent: MessageTypeDefinition<_swarmgate_control_v1_Torrent, _swarmgate_control_v1_Torrent__Output>
        TorrentFile: MessageTypeDefinition<_swarmgate_control_v1_TorrentFile, _swarmgate_control_v1_TorrentFile__Output>
        TorrentService: SubtypeConstructor<typeof grpc.Client, _swarmgate_control_v1_TorrentServiceClient> & { service: _swarmgate_control_v1_TorrentServiceDefinition }
        UpdateTorrentRequest: MessageTypeDefinition<_swarmgate_control_v1_UpdateTorrentRequest, _swarmgate_control_v1_UpdateTorrentRequest__Output>
      }
    }
  }
}

