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
import type { AcknowledgeWarningRequest as _swarmgate_control_v1_AcknowledgeWarningRequest, AcknowledgeWarningRequest__Output as _swarmgate_control_v1_AcknowledgeWarningRequest__Output } from './swarmgate/control/v1/AcknowledgeWarningRequest.js';
import type { AppealBanRequest as _swarmgate_control_v1_AppealBanRequest, AppealBanRequest__Output as _swarmgate_control_v1_AppealBanRequest__Output } from './swarmgate/control/v1/AppealBanRequest.js';
import type { AssignReportRequest as _swarmgate_control_v1_AssignReportRequest, AssignReportRequest__Output as _swarmgate_control_v1_AssignReportRequest__Output } from './swarmgate/control/v1/AssignReportRequest.js';
import type { Ban as _swarmgate_control_v1_Ban, Ban__Output as _swarmgate_control_v1_Ban__Output } from './swarmgate/control/v1/Ban.js';
import type { BlacklistedPort as _swarmgate_control_v1_BlacklistedPort, BlacklistedPort__Output as _swarmgate_control_v1_BlacklistedPort__Output } from './swarmgate/control/v1/BlacklistedPort.js';
import type { ClaimQueueItemRequest as _swarmgate_control_v1_ClaimQueueItemRequest, ClaimQueueItemRequest__Output as _swarmgate_control_v1_ClaimQueueItemRequest__Output } from './swarmgate/control/v1/ClaimQueueItemRequest.js';
import type { ClientBlacklistEntry as _swarmgate_control_v1_ClientBlacklistEntry, ClientBlacklistEntry__Output as _swarmgate_control_v1_ClientBlacklistEntry__Output } from './swarmgate/control/v1/ClientBlacklistEntry.js';
import type { CreateBanRequest as _swarmgate_control_v1_CreateBanRequest, CreateBanRequest__Output as _swarmgate_control_v1_CreateBanRequest__Output } from './swarmgate/control/v1/CreateBanRequest.js';
import type { CreateBlacklistedPortRequest as _swarmgate_control_v1_CreateBlacklistedPortRequest, CreateBlacklistedPortRequest__Output as _swarmgate_control_v1_CreateBlacklistedPortRequest__Output } from './swarmgate/control/v1/CreateBlacklistedPortRequest.js';
import type { CreateClientBlacklistEntryRequest as _swarmgate_control_v1_CreateClientBlacklistEntryRequest, CreateClientBlacklistEntryRequest__Output as _swarmgate_control_v1_CreateClientBlacklistEntryRequest__Output } from './swarmgate/control/v1/CreateClientBlacklistEntryRequest.js';
import type { CreateReportRequest as _swarmgate_control_v1_CreateReportRequest, CreateReportRequest__Output as _swarmgate_control_v1_CreateReportRequest__Output } from './swarmgate/control/v1/CreateReportRequest.js';
import type { CreateStaffNoteRequest as _swarmgate_control_v1_CreateStaffNoteRequest, CreateStaffNoteRequest__Output as _swarmgate_control_v1_CreateStaffNoteRequest__Output } from './swarmgate/control/v1/CreateStaffNoteRequest.js';
import type { CreateWarningRequest as _swarmgate_control_v1_CreateWarningRequest, CreateWarningRequest__Output as _swarmgate_control_v1_CreateWarningRequest__Output } from './swarmgate/control/v1/CreateWarningRequest.js';
import type { DeleteBlacklistedPortRequest as _swarmgate_control_v1_DeleteBlacklistedPortRequest, DeleteBlacklistedPortRequest__Output as _swarmgate_control_v1_DeleteBlacklistedPortRequest__Output } from './swarmgate/control/v1/DeleteBlacklistedPortRequest.js';
import type { DeleteClientBlacklistEntryRequest as _swarmgate_control_v1_DeleteClientBlacklistEntryRequest, DeleteClientBlacklistEntryRequest__Output as _swarmgate_control_v1_DeleteClientBlacklistEntryRequest__Output } from './swarmgate/control/v1/DeleteClientBlacklistEntryRequest.js';
import type { DeleteStaffNoteRequest as _swarmgate_control_v1_DeleteStaffNoteRequest, DeleteStaffNoteRequest__Output as _swarmgate_control_v1_DeleteStaffNoteRequest__Output } from './swarmgate/control/v1/DeleteStaffNoteRequest.js';
import type { EnqueueItemRequest as _swarmgate_control_v1_EnqueueItemRequest, EnqueueItemRequest__Output as _swarmgate_control_v1_EnqueueItemRequest__Output } from './swarmgate/control/v1/EnqueueItemRequest.js';
import type { GetBanRequest as _swarmgate_control_v1_GetBanRequest, GetBanRequest__Output as _swarmgate_control_v1_GetBanRequest__Output } from './swarmgate/control/v1/GetBanRequest.js';
import type { GetGroupRequest as _swarmgate_control_v1_GetGroupRequest, GetGroupRequest__Output as _swarmgate_control_v1_GetGroupRequest__Output } from './swarmgate/control/v1/GetGroupRequest.js';
import type { GetReportRequest as _swarmgate_control_v1_GetReportRequest, GetReportRequest__Output as _swarmgate_control_v1_GetReportRequest__Output } from './swarmgate/control/v1/GetReportRequest.js';
import type { GetSiteSettingsRequest as _swarmgate_control_v1_GetSiteSettingsRequest, GetSiteSettingsRequest__Output as _swarmgate_control_v1_GetSiteSettingsRequest__Output } from './swarmgate/control/v1/GetSiteSettingsRequest.js';
import type { Group as _swarmgate_control_v1_Group, Group__Output as _swarmgate_control_v1_Group__Output } from './swarmgate/control/v1/Group.js';
import type { LiftBanRequest as _swarmgate_control_v1_LiftBanRequest, LiftBanRequest__Output as _swarmgate_control_v1_LiftBanRequest__Output } from './swarmgate/control/v1/LiftBanRequest.js';
import type { ListBansRequest as _swarmgate_control_v1_ListBansRequest, ListBansRequest__Output as _swarmgate_control_v1_ListBansRequest__Output } from './swarmgate/control/v1/ListBansRequest.js';
import type { ListBansResponse as _swarmgate_control_v1_ListBansResponse, ListBansResponse__Output as _swarmgate_control_v1_ListBansResponse__Output } from './swarmgate/control/v1/ListBansResponse.js';
import type { ListBlacklistedPortsRequest as _swarmgate_control_v1_ListBlacklistedPortsRequest, ListBlacklistedPortsRequest__Output as _swarmgate_control_v1_ListBlacklistedPortsRequest__Output } from './swarmgate/control/v1/ListBlacklistedPortsRequest.js';
import type { ListBlacklistedPortsResponse as _swarmgate_control_v1_ListBlacklistedPortsResponse, ListBlacklistedPortsResponse__Output as _swarmgate_control_v1_ListBlacklistedPortsResponse__Output } from './swarmgate/control/v1/ListBlacklistedPortsResponse.js';
import type { ListClientBlacklistRequest as _swarmgate_control_v1_ListClientBlacklistRequest, ListClientBlacklistRequest__Output as _swarmgate_control_v1_ListClientBlacklistRequest__Output } from './swarmgate/control/v1/ListClientBlacklistRequest.js';
import type { ListClientBlacklistResponse as _swarmgate_control_v1_ListClientBlacklistResponse, ListClientBlacklistResponse__Output as _swarmgate_control_v1_ListClientBlacklistResponse__Output } from './swarmgate/control/v1/ListClientBlacklistResponse.js';
import type { ListGroupsRequest as _swarmgate_control_v1_ListGroupsRequest, ListGroupsRequest__Output as _swarmgate_control_v1_ListGroupsRequest__Output } from './swarmgate/control/v1/ListGroupsRequest.js';
import type { ListGroupsResponse as _swarmgate_control_v1_ListGroupsResponse, ListGroupsResponse__Output as _swarmgate_control_v1_ListGroupsResponse__Output } from './swarmgate/control/v1/ListGroupsResponse.js';
import type { ListQueueItemsRequest as _swarmgate_control_v1_ListQueueItemsRequest, ListQueueItemsRequest__Output as _swarmgate_control_v1_ListQueueItemsRequest__Output } from './swarmgate/control/v1/ListQueueItemsRequest.js';
import type { ListQueueItemsResponse as _swarmgate_control_v1_ListQueueItemsResponse, ListQueueItemsResponse__Output as _swarmgate_control_v1_ListQueueItemsResponse__Output } from './swarmgate/control/v1/ListQueueItemsResponse.js';
import type { ListReportsRequest as _swarmgate_control_v1_ListReportsRequest, ListReportsRequest__Output as _swarmgate_control_v1_ListReportsRequest__Output } from './swarmgate/control/v1/ListReportsRequest.js';
import type { ListReportsResponse as _swarmgate_control_v1_ListReportsResponse, ListReportsResponse__Output as _swarmgate_control_v1_ListReportsResponse__Output } from './swarmgate/control/v1/ListReportsResponse.js';
import type { ListStaffNotesRequest as _swarmgate_control_v1_ListStaffNotesRequest, ListStaffNotesRequest__Output as _swarmgate_control_v1_ListStaffNotesRequest__Output } from './swarmgate/control/v1/ListStaffNotesRequest.js';
import type { ListStaffNotesResponse as _swarmgate_control_v1_ListStaffNotesResponse, ListStaffNotesResponse__Output as _swarmgate_control_v1_ListStaffNotesResponse__Output } from './swarmgate/control/v1/ListStaffNotesResponse.js';
import type { ListWarningsRequest as _swarmgate_control_v1_ListWarningsRequest, ListWarningsRequest__Output as _swarmgate_control_v1_ListWarningsRequest__Output } from './swarmgate/control/v1/ListWarningsRequest.js';
import type { ListWarningsResponse as _swarmgate_control_v1_ListWarningsResponse, ListWarningsResponse__Output as _swarmgate_control_v1_ListWarningsResponse__Output } from './swarmgate/control/v1/ListWarningsResponse.js';
import type { ModerationServiceClient as _swarmgate_control_v1_ModerationServiceClient, ModerationServiceDefinition as _swarmgate_control_v1_ModerationServiceDefinition } from './swarmgate/control/v1/ModerationService.js';
import type { QueueItem as _swarmgate_control_v1_QueueItem, QueueItem__Output as _swarmgate_control_v1_QueueItem__Output } from './swarmgate/control/v1/QueueItem.js';
import type { ReleaseQueueItemRequest as _swarmgate_control_v1_ReleaseQueueItemRequest, ReleaseQueueItemRequest__Output as _swarmgate_control_v1_ReleaseQueueItemRequest__Output } from './swarmgate/control/v1/ReleaseQueueItemRequest.js';
import type { Report as _swarmgate_control_v1_Report, Report__Output as _swarmgate_control_v1_Report__Output } from './swarmgate/control/v1/Report.js';
import type { RequiredRatio as _swarmgate_control_v1_RequiredRatio, RequiredRatio__Output as _swarmgate_control_v1_RequiredRatio__Output } from './swarmgate/control/v1/RequiredRatio.js';
import type { ResolveQueueItemRequest as _swarmgate_control_v1_ResolveQueueItemRequest, ResolveQueueItemRequest__Output as _swarmgate_control_v1_ResolveQueueItemRequest__Output } from './swarmgate/control/v1/ResolveQueueItemRequest.js';
import type { ResolveReportRequest as _swarmgate_control_v1_ResolveReportRequest, ResolveReportRequest__Output as _swarmgate_control_v1_ResolveReportRequest__Output } from './swarmgate/control/v1/ResolveReportRequest.js';
import type { ReviewBanAppealRequest as _swarmgate_control_v1_ReviewBanAppealRequest, ReviewBanAppealRequest__Output as _swarmgate_control_v1_ReviewBanAppealRequest__Output } from './swarmgate/control/v1/ReviewBanAppealRequest.js';
import type { RevokeWarningRequest as _swarmgate_control_v1_RevokeWarningRequest, RevokeWarningRequest__Output as _swarmgate_control_v1_RevokeWarningRequest__Output } from './swarmgate/control/v1/RevokeWarningRequest.js';
import type { SiteSettings as _swarmgate_control_v1_SiteSettings, SiteSettings__Output as _swarmgate_control_v1_SiteSettings__Output } from './swarmgate/control/v1/SiteSettings.js';
import type { StaffNote as _swarmgate_control_v1_StaffNote, StaffNote__Output as _swarmgate_control_v1_StaffNote__Output } from './swarmgate/control/v1/StaffNote.js';
import type { UpdateGroupRequest as _swarmgate_control_v1_UpdateGroupRequest, UpdateGroupRequest__Output as _swarmgate_control_v1_UpdateGroupRequest__Output } from './swarmgate/control/v1/UpdateGroupRequest.js';
import type { UpdateSiteSettingsRequest as _swarmgate_control_v1_UpdateSiteSettingsRequest, UpdateSiteSettingsRequest__Output as _swarmgate_control_v1_UpdateSiteSettingsRequest__Output } from './swarmgate/control/v1/UpdateSiteSettingsRequest.js';
import type { Warning as _swarmgate_control_v1_Warning, Warning__Output as _swarmgate_control_v1_Warning__Output } from './swarmgate/control/v1/Warning.js';

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
        AcknowledgeWarningRequest: MessageTypeDefinition<_swarmgate_control_v1_AcknowledgeWarningRequest, _swarmgate_control_v1_AcknowledgeWarningRequest__Output>
        AppealBanRequest: MessageTypeDefinition<_swarmgate_control_v1_AppealBanRequest, _swarmgate_control_v1_AppealBanRequest__Output>
        AppealStatus: EnumTypeDefinition
        AssignReportRequest: MessageTypeDefinition<_swarmgate_control_v1_AssignReportRequest, _swarmgate_control_v1_AssignReportRequest__Output>
        Ban: MessageTypeDefinition<_swarmgate_control_v1_Ban, _swarmgate_control_v1_Ban__Output>
        BanSource: EnumTypeDefinition
        BanType: EnumTypeDefinition
        BlacklistedPort: MessageTypeDefinition<_swarmgate_control_v1_BlacklistedPort, _swarmgate_control_v1_BlacklistedPort__Output>
        ClaimQueueItemRequest: MessageTypeDefinition<_swarmgate_control_v1_ClaimQueueItemRequest, _swarmgate_control_v1_ClaimQueueItemRequest__Output>
        ClientBlacklistEntry: MessageTypeDefinition<_swarmgate_control_v1_ClientBlacklistEntry, _swarmgate_control_v1_ClientBlacklistEntry__Output>
        CreateBanRequest: MessageTypeDefinition<_swarmgate_control_v1_CreateBanRequest, _swarmgate_control_v1_CreateBanRequest__Output>
        CreateBlacklistedPortRequest: MessageTypeDefinition<_swarmgate_control_v1_CreateBlacklistedPortRequest, _swarmgate_control_v1_CreateBlacklistedPortRequest__Output>
        CreateClientBlacklistEntryRequest: MessageTypeDefinition<_swarmgate_control_v1_CreateClientBlacklistEntryRequest, _swarmgate_control_v1_CreateClientBlacklistEntryRequest__Output>
        CreateReportRequest: MessageTypeDefinition<_swarmgate_control_v1_CreateReportRequest, _swarmgate_control_v1_CreateReportRequest__Output>
        CreateStaffNoteRequest: MessageTypeDefinition<_swarmgate_control_v1_CreateStaffNoteRequest, _swarmgate_control_v1_CreateStaffNoteRequest__Output>
        CreateWarningRequest: MessageTypeDefinition<_swarmgate_control_v1_CreateWarningRequest, _swarmgate_control_v1_CreateWarningRequest__Output>
        DeleteBlacklistedPortRequest: MessageTypeDefinition<_swarmgate_control_v1_DeleteBlacklistedPortRequest, _swarmgate_control_v1_DeleteBlacklistedPortRequest__Output>
        DeleteClientBlacklistEntryRequest: MessageTypeDefinition<_swarmgate_control_v1_DeleteClientBlacklistEntryRequest, _swarmgate_control_v1_DeleteClientBlacklistEntryRequest__Output>
        DeleteStaffNoteRequest: MessageTypeDefinition<_swarmgate_control_v1_DeleteStaffNoteRequest, _swarmgate_control_v1_DeleteStaffNoteRequest__Output>
        EnqueueItemRequest: MessageTypeDefinition<_swarmgate_control_v1_EnqueueItemRequest, _swarmgate_control_v1_EnqueueItemRequest__Output>
        EntityType: EnumTypeDefinition
        GetBanRequest: MessageTypeDefinition<_swarmgate_control_v1_GetBanRequest, _swarmgate_control_v1_GetBanRequest__Output>
        GetGroupRequest: MessageTypeDefinition<_swarmgate_control_v1_GetGroupRequest, _swarmgate_control_v1_GetGroupRequest__Output>
        GetReportRequest: MessageTypeDefinition<_swarmgate_control_v1_GetReportRequest, _swarmgate_control_v1_GetReportRequest__Output>
        GetSiteSettingsRequest: MessageTypeDefinition<_swarmgate_control_v1_GetSiteSettingsRequest, _swarmgate_control_v1_GetSiteSettingsRequest__Output>
        Group: MessageTypeDefinition<_swarmgate_control_v1_Group, _swarmgate_control_v1_Group__Output>
        LiftBanRequest: MessageTypeDefinition<_swarmgate_control_v1_LiftBanRequest, _swarmgate_control_v1_LiftBanRequest__Output>
        ListBansRequest: MessageTypeDefinition<_swarmgate_control_v1_ListBansRequest, _swarmgate_control_v1_ListBansRequest__Output>
        ListBansResponse: MessageTypeDefinition<_swarmgate_control_v1_ListBansResponse, _swarmgate_control_v1_ListBansResponse__Output>
        ListBlacklistedPortsRequest: MessageTypeDefinition<_swarmgate_control_v1_ListBlacklistedPortsRequest, _swarmgate_control_v1_ListBlacklistedPortsRequest__Output>
        ListBlacklistedPortsResponse: MessageTypeDefinition<_swarmgate_control_v1_ListBlacklistedPortsResponse, _swarmgate_control_v1_ListBlacklistedPortsResponse__Output>
        ListClientBlacklistRequest: MessageTypeDefinition<_swarmgate_control_v1_ListClientBlacklistRequest, _swarmgate_control_v1_ListClientBlacklistRequest__Output>
        ListClientBlacklistResponse: MessageTypeDefinition<_swarmgate_control_v1_ListClientBlacklistResponse, _swarmgate_control_v1_ListClientBlacklistResponse__Output>
        ListGroupsRequest: MessageTypeDefinition<_swarmgate_control_v1_ListGroupsRequest, _swarmgate_control_v1_ListGroupsRequest__Output>
        ListGroupsResponse: MessageTypeDefinition<_swarmgate_control_v1_ListGroupsResponse, _swarmgate_control_v1_ListGroupsResponse__Output>
        ListQueueItemsRequest: MessageTypeDefinition<_swarmgate_control_v1_ListQueueItemsRequest, _swarmgate_control_v1_ListQueueItemsRequest__Output>
        ListQueueItemsResponse: MessageTypeDefinition<_swarmgate_control_v1_ListQueueItemsResponse, _swarmgate_control_v1_ListQueueItemsResponse__Output>
        ListReportsRequest: MessageTypeDefinition<_swarmgate_control_v1_ListReportsRequest, _swarmgate_control_v1_ListReportsRequest__Output>
        ListReportsResponse: MessageTypeDefinition<_swarmgate_control_v1_ListReportsResponse, _swarmgate_control_v1_ListReportsResponse__Output>
        ListStaffNotesRequest: MessageTypeDefinition<_swarmgate_control_v1_ListStaffNotesRequest, _swarmgate_control_v1_ListStaffNotesRequest__Output>
        ListStaffNotesResponse: MessageTypeDefinition<_swarmgate_control_v1_ListStaffNotesResponse, _swarmgate_control_v1_ListStaffNotesResponse__Output>
        ListWarningsRequest: MessageTypeDefinition<_swarmgate_control_v1_ListWarningsRequest, _swarmgate_control_v1_ListWarningsRequest__Output>
        ListWarningsResponse: MessageTypeDefinition<_swarmgate_control_v1_ListWarningsResponse, _swarmgate_control_v1_ListWarningsResponse__Output>
        ModerationService: SubtypeConstructor<typeof grpc.Client, _swarmgate_control_v1_ModerationServiceClient> & { service: _swarmgate_control_v1_ModerationServiceDefinition }
        Permission: EnumTypeDefinition
        Priority: EnumTypeDefinition
        QueueItem: MessageTypeDefinition<_swarmgate_control_v1_QueueItem, _swarmgate_control_v1_QueueItem__Output>
        QueueStatus: EnumTypeDefinition
        ReleaseQueueItemRequest: MessageTypeDefinition<_swarmgate_control_v1_ReleaseQueueItemRequest, _swarmgate_control_v1_ReleaseQueueItemRequest__Output>
        Report: MessageTypeDefinition<_swarmgate_control_v1_Report, _swarmgate_control_v1_Report__Output>
        ReportStatus: EnumTypeDefinition
        RequiredRatio: MessageTypeDefinition<_swarmgate_control_v1_RequiredRatio, _swarmgate_control_v1_RequiredRatio__Output>
        ResolveQueueItemRequest: MessageTypeDefinition<_swarmgate_control_v1_ResolveQueueItemRequest, _swarmgate_control_v1_ResolveQueueItemRequest__Output>
        ResolveReportRequest: MessageTypeDefinition<_swarmgate_control_v1_ResolveReportRequest, _swarmgate_control_v1_ResolveReportRequest__Output>
        ReviewBanAppealRequest: MessageTypeDefinition<_swarmgate_control_v1_ReviewBanAppealRequest, _swarmgate_control_v1_ReviewBanAppealRequest__Output>
        RevokeWarningRequest: MessageTypeDefinition<_swarmgate_control_v1_RevokeWarningRequest, _swarmgate_control_v1_RevokeWarningRequest__Output>
        SiteSettings: MessageTypeDefinition<_swarmgate_control_v1_SiteSettings, _swarmgate_control_v1_SiteSettings__Output>
        StaffNote: MessageTypeDefinition<_swarmgate_control_v1_StaffNote, _swarmgate_control_v1_StaffNote__Output>
        UpdateGroupRequest: MessageTypeDefinition<_swarmgate_control_v1_UpdateGroupRequest, _swarmgate_control_v1_UpdateGroupRequest__Output>
        UpdateSiteSettingsRequest: MessageTypeDefinition<_swarmgate_control_v1_UpdateSiteSettingsRequest, _swarmgate_control_v1_UpdateSiteSettingsRequest__Output>
        Warning: MessageTypeDefinition<_swarmgate_control_v1_Warning, _swarmgate_control_v1_Warning__Output>
        WarningKind: EnumTypeDefinition
        WarningSeverity: EnumTypeDefinition
      }
    }
  }
}

