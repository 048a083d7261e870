// Original file: proto/swarmgate/control/v1/moderation.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AcknowledgeWarningRequest as _swarmgate_control_v1_AcknowledgeWarningRequest, AcknowledgeWarningRequest__Output as _swarmgate_control_v1_AcknowledgeWarningRequest__Output } from '../../../swarmgate/control/v1/AcknowledgeWarningRequest.js';
import type { AppealBanRequest as _swarmgate_control_v1_AppealBanRequest, AppealBanRequest__Output as _swarmgate_control_v1_AppealBanRequest__Output } from '../../../swarmgate/control/v1/AppealBanRequest.js';
import type { AssignReportRequest as _swarmgate_control_v1_AssignReportRequest, AssignReportRequest__Output as _swarmgate_control_v1_AssignReportRequest__Output } from '../../../swarmgate/control/v1/AssignReportRequest.js';
import type { Ban as _swarmgate_control_v1_Ban, Ban__Output as _swarmgate_control_v1_Ban__Output } from '../../../swarmgate/control/v1/Ban.js';
import type { BlacklistedPort as _swarmgate_control_v1_BlacklistedPort, BlacklistedPort__Output as _swarmgate_control_v1_BlacklistedPort__Output } from '../../../swarmgate/control/v1/BlacklistedPort.js';
import type { ClaimQueueItemRequest as _swarmgate_control_v1_ClaimQueueItemRequest, ClaimQueueItemRequest__Output as _swarmgate_control_v1_ClaimQueueItemRequest__Output } from '../../../swarmgate/control/v1/ClaimQueueItemRequest.js';
import type { ClientBlacklistEntry as _swarmgate_control_v1_ClientBlacklistEntry, ClientBlacklistEntry__Output as _swarmgate_control_v1_ClientBlacklistEntry__Output } from '../../../swarmgate/control/v1/ClientBlacklistEntry.js';
import type { CreateBanRequest as _swarmgate_control_v1_CreateBanRequest, CreateBanRequest__Output as _swarmgate_control_v1_CreateBanRequest__Output } from '../../../swarmgate/control/v1/CreateBanRequest.js';
import type { CreateBlacklistedPortRequest as _swarmgate_control_v1_CreateBlacklistedPortRequest, CreateBlacklistedPortRequest__Output as _swarmgate_control_v1_CreateBlacklistedPortRequest__Output } from '../../../swarmgate/control/v1/CreateBlacklistedPortRequest.js';
import type { CreateClientBlacklistEntryRequest as _swarmgate_control_v1_CreateClientBlacklistEntryRequest, CreateClientBlacklistEntryRequest__Output as _swarmgate_control_v1_CreateClientBlacklistEntryRequest__Output } from '../../../swarmgate/control/v1/CreateClientBlacklistEntryRequest.js';
import type { CreateReportRequest as _swarmgate_control_v1_CreateReportRequest, CreateReportRequest__Output as _swarmgate_control_v1_CreateReportRequest__Output } from '../../../swarmgate/control/v1/CreateReportRequest.js';
import type { CreateStaffNoteRequest as _swarmgate_control_v1_CreateStaffNoteRequest, CreateStaffNoteRequest__Output as _swarmgate_control_v1_CreateStaffNoteRequest__Output } from '../../../swarmgate/control/v1/CreateStaffNoteRequest.js';
import type { CreateWarningRequest as _swarmgate_control_v1_CreateWarningRequest, CreateWarningRequest__Output as _swarmgate_control_v1_CreateWarningRequest__Output } from '../../../swarmgate/control/v1/CreateWarningRequest.js';
import type { DeleteBlacklistedPortRequest as _swarmgate_control_v1_DeleteBlacklistedPortRequest, DeleteBlacklistedPortRequest__Output as _swarmgate_control_v1_DeleteBlacklistedPortRequest__Output } from '../../../swarmgate/control/v1/DeleteBlacklistedPortRequest.js';
import type { DeleteClientBlacklistEntryRequest as _swarmgate_control_v1_DeleteClientBlacklistEntryRequest, DeleteClientBlacklistEntryRequest__Output as _swarmgate_control_v1_DeleteClientBlacklistEntryRequest__Output } from '../../../swarmgate/control/v1/DeleteClientBlacklistEntryRequest.js';
import type { DeleteStaffNoteRequest as _swarmgate_control_v1_DeleteStaffNoteRequest, DeleteStaffNoteRequest__Output as _swarmgate_control_v1_DeleteStaffNoteRequest__Output } from '../../../swarmgate/control/v1/DeleteStaffNoteRequest.js';
import type { Empty as _google_protobuf_Empty, Empty__Output as _google_protobuf_Empty__Output } from '../../../google/protobuf/Empty.js';
import type { EnqueueItemRequest as _swarmgate_control_v1_EnqueueItemRequest, EnqueueItemRequest__Output as _swarmgate_control_v1_EnqueueItemRequest__Output } from '../../../swarmgate/control/v1/EnqueueItemRequest.js';
import type { GetBanRequest as _swarmgate_control_v1_GetBanRequest, GetBanRequest__Output as _swarmgate_control_v1_GetBanRequest__Output } from '../../../swarmgate/control/v1/GetBanRequest.js';
import type { GetGroupRequest as _swarmgate_control_v1_GetGroupRequest, GetGroupRequest__Output as _swarmgate_control_v1_GetGroupRequest__Output } from '../../../swarmgate/control/v1/GetGroupRequest.js';
import type { GetReportRequest as _swarmgate_control_v1_GetReportRequest, GetReportRequest__Output as _swarmgate_control_v1_GetReportRequest__Output } from '../../../swarmgate/control/v1/GetReportRequest.js';
import type { GetSiteSettingsRequest as _swarmgate_control_v1_GetSiteSettingsRequest, GetSiteSettingsRequest__Output as _swarmgate_control_v1_GetSiteSettingsRequest__Output } from '../../../swarmgate/control/v1/GetSiteSettingsRequest.js';
import type { Group as _swarmgate_control_v1_Group, Group__Output as _swarmgate_control_v1_Group__Output } from '../../../swarmgate/control/v1/Group.js';
import type { LiftBanRequest as _swarmgate_control_v1_LiftBanRequest, LiftBanRequest__Output as _swarmgate_control_v1_LiftBanRequest__Output } from '../../../swarmgate/control/v1/LiftBanRequest.js';
import type { ListBansRequest as _swarmgate_control_v1_ListBansRequest, ListBansRequest__Output as _swarmgate_control_v1_ListBansRequest__Output } from '../../../swarmgate/control/v1/ListBansRequest.js';
import type { ListBansResponse as _swarmgate_control_v1_ListBansResponse, ListBansResponse__Output as _swarmgate_control_v1_ListBansResponse__Output } from '../../../swarmgate/control/v1/ListBansResponse.js';
import type { ListBlacklistedPortsRequest as _swarmgate_control_v1_ListBlacklistedPortsRequest, ListBlacklistedPortsRequest__Output as _swarmgate_control_v1_ListBlacklistedPortsRequest__Output } from '../../../swarmgate/control/v1/ListBlacklistedPortsRequest.js';
import type { ListBlacklistedPortsResponse as _swarmgate_control_v1_ListBlacklistedPortsResponse, ListBlacklistedPortsResponse__Output as _swarmgate_control_v1_ListBlacklistedPortsResponse__Output } from '../../../swarmgate/control/v1/ListBlacklistedPortsResponse.js';
import type { ListClientBlacklistRequest as _swarmgate_control_v1_ListClientBlacklistRequest, ListClientBlacklistRequest__Output as _swarmgate_control_v1_ListClientBlacklistRequest__Output } from '../../../swarmgate/control/v1/ListClientBlacklistRequest.js';
import type { ListClientBlacklistResponse as _swarmgate_control_v1_ListClientBlacklistResponse, ListClientBlacklistResponse__Output as _swarmgate_control_v1_ListClientBlacklistResponse__Output } from '../../../swarmgate/control/v1/ListClientBlacklistResponse.js';
import type { ListGroupsRequest as _swarmgate_control_v1_ListGroupsRequest, ListGroupsRequest__Output as _swarmgate_control_v1_ListGroupsRequest__Output } from '../../../swarmgate/control/v1/ListGroupsRequest.js';
import type { ListGroupsResponse as _swarmgate_control_v1_ListGroupsResponse, ListGroupsResponse__Output as _swarmgate_control_v1_ListGroupsResponse__Output } from '../../../swarmgate/control/v1/ListGroupsResponse.js';
import type { ListQueueItemsRequest as _swarmgate_control_v1_ListQueueItemsRequest, ListQueueItemsRequest__Output as _swarmgate_control_v1_ListQueueItemsRequest__Output } from '../../../swarmgate/control/v1/ListQueueItemsRequest.js';
import type { ListQueueItemsResponse as _swarmgate_control_v1_ListQueueItemsResponse, ListQueueItemsResponse__Output as _swarmgate_control_v1_ListQueueItemsResponse__Output } from '../../../swarmgate/control/v1/ListQueueItemsResponse.js';
import type { ListReportsRequest as _swarmgate_control_v1_ListReportsRequest, ListReportsRequest__Output as _swarmgate_control_v1_ListReportsRequest__Output } from '../../../swarmgate/control/v1/ListReportsRequest.js';
import type { ListReportsResponse as _swarmgate_control_v1_ListReportsResponse, ListReportsResponse__Output as _swarmgate_control_v1_ListReportsResponse__Output } from '../../../swarmgate/control/v1/ListReportsResponse.js';
import type { ListStaffNotesRequest as _swarmgate_control_v1_ListStaffNotesRequest, ListStaffNotesRequest__Output as _swarmgate_control_v1_ListStaffNotesRequest__Output } from '../../../swarmgate/control/v1/ListStaffNotesRequest.js';
import type { ListStaffNotesResponse as _swarmgate_control_v1_ListStaffNotesResponse, ListStaffNotesResponse__Output as _swarmgate_control_v1_ListStaffNotesResponse__Output } from '../../../swarmgate/control/v1/ListStaffNotesResponse.js';
import type { ListWarningsRequest as _swarmgate_control_v1_ListWarningsRequest, ListWarningsRequest__Output as _swarmgate_control_v1_ListWarningsRequest__Output } from '../../../swarmgate/control/v1/ListWarningsRequest.js';
import type { ListWarningsResponse as _swarmgate_control_v1_ListWarningsResponse, ListWarningsResponse__Output as _swarmgate_control_v1_ListWarningsResponse__Output } from '../../../swarmgate/control/v1/ListWarningsResponse.js';
import type { QueueItem as _swarmgate_control_v1_QueueItem, QueueItem__Output as _swarmgate_control_v1_QueueItem__Output } from '../../../swarmgate/control/v1/QueueItem.js';
import type { ReleaseQueueItemRequest as _swarmgate_control_v1_ReleaseQueueItemRequest, ReleaseQueueItemRequest__Output as _swarmgate_control_v1_ReleaseQueueItemRequest__Output } from '../../../swarmgate/control/v1/ReleaseQueueItemRequest.js';
import type { Report as _swarmgate_control_v1_Report, Report__Output as _swarmgate_control_v1_Report__Output } from '../../../swarmgate/control/v1/Report.js';
import type { ResolveQueueItemRequest as _swarmgate_control_v1_ResolveQueueItemRequest, ResolveQueueItemRequest__Output as _swarmgate_control_v1_ResolveQueueItemRequest__Output } from '../../../swarmgate/control/v1/ResolveQueueItemRequest.js';
import type { ResolveReportRequest as _swarmgate_control_v1_ResolveReportRequest, ResolveReportRequest__Output as _swarmgate_control_v1_ResolveReportRequest__Output } from '../../../swarmgate/control/v1/ResolveReportRequest.js';
import type { ReviewBanAppealRequest as _swarmgate_control_v1_ReviewBanAppealRequest, ReviewBanAppealRequest__Output as _swarmgate_control_v1_ReviewBanAppealRequest__Output } from '../../../swarmgate/control/v1/ReviewBanAppealRequest.js';
import type { RevokeWarningRequest as _swarmgate_control_v1_RevokeWarningRequest, RevokeWarningRequest__Output as _swarmgate_control_v1_RevokeWarningRequest__Output } from '../../../swarmgate/control/v1/RevokeWarningRequest.js';
import type { SiteSettings as _swarmgate_control_v1_SiteSettings, SiteSettings__Output as _swarmgate_control_v1_SiteSettings__Output } from '../../../swarmgate/control/v1/SiteSettings.js';
import type { StaffNote as _swarmgate_control_v1_StaffNote, StaffNote__Output as _swarmgate_control_v1_StaffNote__Output } from '../../../swarmgate/control/v1/StaffNote.js';
import type { UpdateGroupRequest as _swarmgate_control_v1_UpdateGroupRequest, UpdateGroupRequest__Output as _swarmgate_control_v1_UpdateGroupRequest__Output } from '../../../swarmgate/control/v1/UpdateGroupRequest.js';
import type { UpdateSiteSettingsRequest as _swarmgate_control_v1_UpdateSiteSettingsRequest, UpdateSiteSettingsRequest__Output as _swarmgate_control_v1_UpdateSiteSettingsRequest__Output } from '../../../swarmgate/control/v1/UpdateSiteSettingsRequest.js';
import type { Warning as _swarmgate_control_v1_Warning, Warning__Output as _swarmgate_control_v1_Warning__Output } from '../../../swarmgate/control/v1/Warning.js';

export interface ModerationServiceClient extends grpc.Client {
  AcknowledgeWarning(argument: _swarmgate_control_v1_AcknowledgeWarningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  AcknowledgeWarning(argument: _swarmgate_control_v1_AcknowledgeWarningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  AcknowledgeWarning(argument: _swarmgate_control_v1_AcknowledgeWarningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  AcknowledgeWarning(argument: _swarmgate_control_v1_AcknowledgeWarningRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  acknowledgeWarning(argument: _swarmgate_control_v1_AcknowledgeWarningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  acknowledgeWarning(argument: _swarmgate_control_v1_AcknowledgeWarningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  acknowledgeWarning(argument: _swarmgate_control_v1_AcknowledgeWarningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  acknowledgeWarning(argument: _swarmgate_control_v1_AcknowledgeWarningRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  
  AppealBan(argument: _swarmgate_control_v1_AppealBanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  AppealBan(argument: _swarmgate_control_v1_AppealBanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  AppealBan(argument: _swarmgate_control_v1_AppealBanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  AppealBan(argument: _swarmgate_control_v1_AppealBanRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  appealBan(argument: _swarmgate_control_v1_AppealBanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  appealBan(argument: _swarmgate_control_v1_AppealBanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  appealBan(argument: _swarmgate_control_v1_AppealBanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  appealBan(argument: _swarmgate_control_v1_AppealBanRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  
  AssignReport(argument: _swarmgate_control_v1_AssignReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  AssignReport(argument: _swarmgate_control_v1_AssignReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  AssignReport(argument: _swarmgate_control_v1_AssignReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  AssignReport(argument: _swarmgate_control_v1_AssignReportRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  assignReport(argument: _swarmgate_control_v1_AssignReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  assignReport(argument: _swarmgate_control_v1_AssignReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  assignReport(argument: _swarmgate_control_v1_AssignReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  assignReport(argument: _swarmgate_control_v1_AssignReportRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  
  ClaimQueueItem(argument: _swarmgate_control_v1_ClaimQueueItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  ClaimQueueItem(argument: _swarmgate_control_v1_ClaimQueueItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  ClaimQueueItem(argument: _swarmgate_control_v1_ClaimQueueItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  ClaimQueueItem(argument: _swarmgate_control_v1_ClaimQueueItemRequest, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  claimQueueItem(argument: _swarmgate_control_v1_ClaimQueueItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  claimQueueItem(argument: _swarmgate_control_v1_ClaimQueueItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  claimQueueItem(argument: _swarmgate_control_v1_ClaimQueueItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  claimQueueItem(argument: _swarmgate_control_v1_ClaimQueueItemRequest, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  
  CreateBan(argument: _swarmgate_control_v1_CreateBanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  CreateBan(argument: _swarmgate_control_v1_CreateBanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  CreateBan(argument: _swarmgate_control_v1_CreateBanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  CreateBan(argument: _swarmgate_control_v1_CreateBanRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  createBan(argument: _swarmgate_control_v1_CreateBanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  createBan(argument: _swarmgate_control_v1_CreateBanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  createBan(argument: _swarmgate_control_v1_CreateBanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  createBan(argument: _swarmgate_control_v1_CreateBanRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  
  CreateBlacklistedPort(argument: _swarmgate_control_v1_CreateBlacklistedPortRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_BlacklistedPort__Output>): grpc.ClientUnaryCall;
  CreateBlacklistedPort(argument: _swarmgate_control_v1_CreateBlacklistedPortRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_BlacklistedPort__Output>): grpc.ClientUnaryCall;
  CreateBlacklistedPort(argument: _swarmgate_control_v1_CreateBlacklistedPortRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_BlacklistedPort__Output>): grpc.ClientUnaryCall;
  CreateBlacklistedPort(argument: _swarmgate_control_v1_CreateBlacklistedPortRequest, callback: grpc.requestCallback<_swarmgate_control_v1_BlacklistedPort__Output>): grpc.ClientUnaryCall;
  createBlacklistedPort(argument: _swarmgate_control_v1_CreateBlacklistedPortRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_BlacklistedPort__Output>): grpc.ClientUnaryCall;
  createBlacklistedPort(argument: _swarmgate_control_v1_CreateBlacklistedPortRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_BlacklistedPort__Output>): grpc.ClientUnaryCall;
  createBlacklistedPort(argument: _swarmgate_control_v1_CreateBlacklistedPortRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_BlacklistedPort__Output>): grpc.ClientUnaryCall;
  createBlacklistedPort(argument: _swarmgate_control_v1_CreateBlacklistedPortRequest, callback: grpc.requestCallback<_swarmgate_control_v1_BlacklistedPort__Output>): grpc.ClientUnaryCall;
  
  CreateClientBlacklistEntry(argument: _swarmgate_control_v1_CreateClientBlacklistEntryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ClientBlacklistEntry__Output>): grpc.ClientUnaryCall;
  CreateClientBlacklistEntry(argument: _swarmgate_control_v1_CreateClientBlacklistEntryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ClientBlacklistEntry__Output>): grpc.ClientUnaryCall;
  CreateClientBlacklistEntry(argument: _swarmgate_control_v1_CreateClientBlacklistEntryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ClientBlacklistEntry__Output>): grpc.ClientUnaryCall;
  CreateClientBlacklistEntry(argument: _swarmgate_control_v1_CreateClientBlacklistEntryRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ClientBlacklistEntry__Output>): grpc.ClientUnaryCall;
  createClientBlacklistEntry(argument: _swarmgate_control_v1_CreateClientBlacklistEntryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ClientBlacklistEntry__Output>): grpc.ClientUnaryCall;
  createClientBlacklistEntry(argument: _swarmgate_control_v1_CreateClientBlacklistEntryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ClientBlacklistEntry__Output>): grpc.ClientUnaryCall;
  createClientBlacklistEntry(argument: _swarmgate_control_v1_CreateClientBlacklistEntryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ClientBlacklistEntry__Output>): grpc.ClientUnaryCall;
  createClientBlacklistEntry(argument: _swarmgate_control_v1_CreateClientBlacklistEntryRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ClientBlacklistEntry__Output>): grpc.ClientUnaryCall;
  
  CreateReport(argument: _swarmgate_control_v1_CreateReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  CreateReport(argument: _swarmgate_control_v1_CreateReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  CreateReport(argument: _swarmgate_control_v1_CreateReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  CreateReport(argument: _swarmgate_control_v1_CreateReportRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  createReport(argument: _swarmgate_control_v1_CreateReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  createReport(argument: _swarmgate_control_v1_CreateReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  createReport(argument: _swarmgate_control_v1_CreateReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  createReport(argument: _swarmgate_control_v1_CreateReportRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  
  CreateStaffNote(argument: _swarmgate_control_v1_CreateStaffNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_StaffNote__Output>): grpc.ClientUnaryCall;
  CreateStaffNote(argument: _swarmgate_control_v1_CreateStaffNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_StaffNote__Output>): grpc.ClientUnaryCall;
  CreateStaffNote(argument: _swarmgate_control_v1_CreateStaffNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_StaffNote__Output>): grpc.ClientUnaryCall;
  CreateStaffNote(argument: _swarmgate_control_v1_CreateStaffNoteRequest, callback: grpc.requestCallback<_swarmgate_control_v1_StaffNote__Output>): grpc.ClientUnaryCall;
  createStaffNote(argument: _swarmgate_control_v1_CreateStaffNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_StaffNote__Output>): grpc.ClientUnaryCall;
  createStaffNote(argument: _swarmgate_control_v1_CreateStaffNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_StaffNote__Output>): grpc.ClientUnaryCall;
  createStaffNote(argument: _swarmgate_control_v1_CreateStaffNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_StaffNote__Output>): grpc.ClientUnaryCall;
  createStaffNote(argument: _swarmgate_control_v1_CreateStaffNoteRequest, callback: grpc.requestCallback<_swarmgate_control_v1_StaffNote__Output>): grpc.ClientUnaryCall;
  
  CreateWarning(argument: _swarmgate_control_v1_CreateWarningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  CreateWarning(argument: _swarmgate_control_v1_CreateWarningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  CreateWarning(argument: _swarmgate_control_v1_CreateWarningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  CreateWarning(argument: _swarmgate_control_v1_CreateWarningRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  createWarning(argument: _swarmgate_control_v1_CreateWarningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  createWarning(argument: _swarmgate_control_v1_CreateWarningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  createWarning(argument: _swarmgate_control_v1_CreateWarningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  createWarning(argument: _swarmgate_control_v1_CreateWarningRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  
  DeleteBlacklistedPort(argument: _swarmgate_control_v1_DeleteBlacklistedPortRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  DeleteBlacklistedPort(argument: _swarmgate_control_v1_DeleteBlacklistedPortRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  DeleteBlacklistedPort(argument: _swarmgate_control_v1_DeleteBlacklistedPortRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  DeleteBlacklistedPort(argument: _swarmgate_control_v1_DeleteBlacklistedPortRequest, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  deleteBlacklistedPort(argument: _swarmgate_control_v1_DeleteBlacklistedPortRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  deleteBlacklistedPort(argument: _swarmgate_control_v1_DeleteBlacklistedPortRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  deleteBlacklistedPort(argument: _swarmgate_control_v1_DeleteBlacklistedPortRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  deleteBlacklistedPort(argument: _swarmgate_control_v1_DeleteBlacklistedPortRequest, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  
  DeleteClientBlacklistEntry(argument: _swarmgate_control_v1_DeleteClientBlacklistEntryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  DeleteClientBlacklistEntry(argument: _swarmgate_control_v1_DeleteClientBlacklistEntryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  DeleteClientBlacklistEntry(argument: _swarmgate_control_v1_DeleteClientBlacklistEntryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  DeleteClientBlacklistEntry(argument: _swarmgate_control_v1_DeleteClientBlacklistEntryRequest, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  deleteClientBlacklistEntry(argument: _swarmgate_control_v1_DeleteClientBlacklistEntryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  deleteClientBlacklistEntry(argument: _swarmgate_control_v1_DeleteClientBlacklistEntryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  deleteClientBlacklistEntry(argument: _swarmgate_control_v1_DeleteClientBlacklistEntryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  deleteClientBlacklistEntry(argument: _swarmgate_control_v1_DeleteClientBlacklistEntryRequest, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  
  DeleteStaffNote(argument: _swarmgate_control_v1_DeleteStaffNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  DeleteStaffNote(argument: _swarmgate_control_v1_DeleteStaffNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  DeleteStaffNote(argument: _swarmgate_control_v1_DeleteStaffNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  DeleteStaffNote(argument: _swarmgate_control_v1_DeleteStaffNoteRequest, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  deleteStaffNote(argument: _swarmgate_control_v1_DeleteStaffNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  deleteStaffNote(argument: _swarmgate_control_v1_DeleteStaffNoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  deleteStaffNote(argument: _swarmgate_control_v1_DeleteStaffNoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  deleteStaffNote(argument: _swarmgate_control_v1_DeleteStaffNoteRequest, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  
  EnqueueItem(argument: _swarmgate_control_v1_EnqueueItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  EnqueueItem(argument: _swarmgate_control_v1_EnqueueItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  EnqueueItem(argument: _swarmgate_control_v1_EnqueueItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  EnqueueItem(argument: _swarmgate_control_v1_EnqueueItemRequest, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  enqueueItem(argument: _swarmgate_control_v1_EnqueueItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  enqueueItem(argument: _swarmgate_control_v1_EnqueueItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  enqueueItem(argument: _swarmgate_control_v1_EnqueueItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  enqueueItem(argument: _swarmgate_control_v1_EnqueueItemRequest, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  
  GetBan(argument: _swarmgate_control_v1_GetBanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  GetBan(argument: _swarmgate_control_v1_GetBanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  GetBan(argument: _swarmgate_control_v1_GetBanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  GetBan(argument: _swarmgate_control_v1_GetBanRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  getBan(argument: _swarmgate_control_v1_GetBanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  getBan(argument: _swarmgate_control_v1_GetBanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  getBan(argument: _swarmgate_control_v1_GetBanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  getBan(argument: _swarmgate_control_v1_GetBanRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  
  GetGroup(argument: _swarmgate_control_v1_GetGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Group__Output>): grpc.ClientUnaryCall;
  GetGroup(argument: _swarmgate_control_v1_GetGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Group__Output>): grpc.ClientUnaryCall;
  GetGroup(argument: _swarmgate_control_v1_GetGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Group__Output>): grpc.ClientUnaryCall;
  GetGroup(argument: _swarmgate_control_v1_GetGroupRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Group__Output>): grpc.ClientUnaryCall;
  getGroup(argument: _swarmgate_control_v1_GetGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Group__Output>): grpc.ClientUnaryCall;
  getGroup(argument: _swarmgate_control_v1_GetGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Group__Output>): grpc.ClientUnaryCall;
  getGroup(argument: _swarmgate_control_v1_GetGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Group__Output>): grpc.ClientUnaryCall;
  getGroup(argument: _swarmgate_control_v1_GetGroupRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Group__Output>): grpc.ClientUnaryCall;
  
  GetReport(argument: _swarmgate_control_v1_GetReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  GetReport(argument: _swarmgate_control_v1_GetReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  GetReport(argument: _swarmgate_control_v1_GetReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  GetReport(argument: _swarmgate_control_v1_GetReportRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  getReport(argument: _swarmgate_control_v1_GetReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  getReport(argument: _swarmgate_control_v1_GetReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  getReport(argument: _swarmgate_control_v1_GetReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  getReport(argument: _swarmgate_control_v1_GetReportRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  
  GetSiteSettings(argument: _swarmgate_control_v1_GetSiteSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_SiteSettings__Output>): grpc.ClientUnaryCall;
  GetSiteSettings(argument: _swarmgate_control_v1_GetSiteSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_SiteSettings__Output>): grpc.ClientUnaryCall;
  GetSiteSettings(argument: _swarmgate_control_v1_GetSiteSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_SiteSettings__Output>): grpc.ClientUnaryCall;
  GetSiteSettings(argument: _swarmgate_control_v1_GetSiteSettingsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_SiteSettings__Output>): grpc.ClientUnaryCall;
  getSiteSettings(argument: _swarmgate_control_v1_GetSiteSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_SiteSettings__Output>): grpc.ClientUnaryCall;
  getSiteSettings(argument: _swarmgate_control_v1_GetSiteSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_SiteSettings__Output>): grpc.ClientUnaryCall;
  getSiteSettings(argument: _swarmgate_control_v1_GetSiteSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_SiteSettings__Output>): grpc.ClientUnaryCall;
  getSiteSettings(argument: _swarmgate_control_v1_GetSiteSettingsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_SiteSettings__Output>): grpc.ClientUnaryCall;
  
  LiftBan(argument: _swarmgate_control_v1_LiftBanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  LiftBan(argument: _swarmgate_control_v1_LiftBanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  LiftBan(argument: _swarmgate_control_v1_LiftBanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  LiftBan(argument: _swarmgate_control_v1_LiftBanRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  liftBan(argument: _swarmgate_control_v1_LiftBanRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  liftBan(argument: _swarmgate_control_v1_LiftBanRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  liftBan(argument: _swarmgate_control_v1_LiftBanRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  liftBan(argument: _swarmgate_control_v1_LiftBanRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  
  ListBans(argument: _swarmgate_control_v1_ListBansRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListBansResponse__Output>): grpc.ClientUnaryCall;
  ListBans(argument: _swarmgate_control_v1_ListBansRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListBansResponse__Output>): grpc.ClientUnaryCall;
  ListBans(argument: _swarmgate_control_v1_ListBansRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListBansResponse__Output>): grpc.ClientUnaryCall;
  ListBans(argument: _swarmgate_control_v1_ListBansRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListBansResponse__Output>): grpc.ClientUnaryCall;
  listBans(argument: _swarmgate_control_v1_ListBansRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListBansResponse__Output>): grpc.ClientUnaryCall;
  listBans(argument: _swarmgate_control_v1_ListBansRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListBansResponse__Output>): grpc.ClientUnaryCall;
  listBans(argument: _swarmgate_control_v1_ListBansRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListBansResponse__Output>): grpc.ClientUnaryCall;
  listBans(argument: _swarmgate_control_v1_ListBansRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListBansResponse__Output>): grpc.ClientUnaryCall;
  
  ListBlacklistedPorts(argument: _swarmgate_control_v1_ListBlacklistedPortsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListBlacklistedPortsResponse__Output>): grpc.ClientUnaryCall;
  ListBlacklistedPorts(argument: _swarmgate_control_v1_ListBlacklistedPortsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListBlacklistedPortsResponse__Output>): grpc.ClientUnaryCall;
  ListBlacklistedPorts(argument: _swarmgate_control_v1_ListBlacklistedPortsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListBlacklistedPortsResponse__Output>): grpc.ClientUnaryCall;
  ListBlacklistedPorts(argument: _swarmgate_control_v1_ListBlacklistedPortsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListBlacklistedPortsResponse__Output>): grpc.ClientUnaryCall;
  listBlacklistedPorts(argument: _swarmgate_control_v1_ListBlacklistedPortsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListBlacklistedPortsResponse__Output>): grpc.ClientUnaryCall;
  listBlacklistedPorts(argument: _swarmgate_control_v1_ListBlacklistedPortsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListBlacklistedPortsResponse__Output>): grpc.ClientUnaryCall;
  listBlacklistedPorts(argument: _swarmgate_control_v1_ListBlacklistedPortsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListBlacklistedPortsResponse__Output>): grpc.ClientUnaryCall;
  listBlacklistedPorts(argument: _swarmgate_control_v1_ListBlacklistedPortsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListBlacklistedPortsResponse__Output>): grpc.ClientUnaryCall;
  
  ListClientBlacklist(argument: _swarmgate_control_v1_ListClientBlacklistRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListClientBlacklistResponse__Output>): grpc.ClientUnaryCall;
  ListClientBlacklist(argument: _swarmgate_control_v1_ListClientBlacklistRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListClientBlacklistResponse__Output>): grpc.ClientUnaryCall;
  ListClientBlacklist(argument: _swarmgate_control_v1_ListClientBlacklistRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListClientBlacklistResponse__Output>): grpc.ClientUnaryCall;
  ListClientBlacklist(argument: _swarmgate_control_v1_ListClientBlacklistRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListClientBlacklistResponse__Output>): grpc.ClientUnaryCall;
  listClientBlacklist(argument: _swarmgate_control_v1_ListClientBlacklistRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListClientBlacklistResponse__Output>): grpc.ClientUnaryCall;
  listClientBlacklist(argument: _swarmgate_control_v1_ListClientBlacklistRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListClientBlacklistResponse__Output>): grpc.ClientUnaryCall;
  listClientBlacklist(argument: _swarmgate_control_v1_ListClientBlacklistRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListClientBlacklistResponse__Output>): grpc.ClientUnaryCall;
  listClientBlacklist(argument: _swarmgate_control_v1_ListClientBlacklistRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListClientBlacklistResponse__Output>): grpc.ClientUnaryCall;
  
  ListGroups(argument: _swarmgate_control_v1_ListGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListGroups(argument: _swarmgate_control_v1_ListGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListGroups(argument: _swarmgate_control_v1_ListGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  ListGroups(argument: _swarmgate_control_v1_ListGroupsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  listGroups(argument: _swarmgate_control_v1_ListGroupsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  listGroups(argument: _swarmgate_control_v1_ListGroupsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  listGroups(argument: _swarmgate_control_v1_ListGroupsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  listGroups(argument: _swarmgate_control_v1_ListGroupsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListGroupsResponse__Output>): grpc.ClientUnaryCall;
  
  ListQueueItems(argument: _swarmgate_control_v1_ListQueueItemsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListQueueItemsResponse__Output>): grpc.ClientUnaryCall;
  ListQueueItems(argument: _swarmgate_control_v1_ListQueueItemsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListQueueItemsResponse__Output>): grpc.ClientUnaryCall;
  ListQueueItems(argument: _swarmgate_control_v1_ListQueueItemsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListQueueItemsResponse__Output>): grpc.ClientUnaryCall;
  ListQueueItems(argument: _swarmgate_control_v1_ListQueueItemsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListQueueItemsResponse__Output>): grpc.ClientUnaryCall;
  listQueueItems(argument: _swarmgate_control_v1_ListQueueItemsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListQueueItemsResponse__Output>): grpc.ClientUnaryCall;
  listQueueItems(argument: _swarmgate_control_v1_ListQueueItemsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListQueueItemsResponse__Output>): grpc.ClientUnaryCall;
  listQueueItems(argument: _swarmgate_control_v1_ListQueueItemsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListQueueItemsResponse__Output>): grpc.ClientUnaryCall;
  listQueueItems(argument: _swarmgate_control_v1_ListQueueItemsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListQueueItemsResponse__Output>): grpc.ClientUnaryCall;
  
  ListReports(argument: _swarmgate_control_v1_ListReportsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListReportsResponse__Output>): grpc.ClientUnaryCall;
  ListReports(argument: _swarmgate_control_v1_ListReportsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListReportsResponse__Output>): grpc.ClientUnaryCall;
  ListReports(argument: _swarmgate_control_v1_ListReportsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListReportsResponse__Output>): grpc.ClientUnaryCall;
  ListReports(argument: _swarmgate_control_v1_ListReportsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListReportsResponse__Output>): grpc.ClientUnaryCall;
  listReports(argument: _swarmgate_control_v1_ListReportsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListReportsResponse__Output>): grpc.ClientUnaryCall;
  listReports(argument: _swarmgate_control_v1_ListReportsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListReportsResponse__Output>): grpc.ClientUnaryCall;
  listReports(argument: _swarmgate_control_v1_ListReportsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListReportsResponse__Output>): grpc.ClientUnaryCall;
  listReports(argument: _swarmgate_control_v1_ListReportsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListReportsResponse__Output>): grpc.ClientUnaryCall;
  
  ListStaffNotes(argument: _swarmgate_control_v1_ListStaffNotesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListStaffNotesResponse__Output>): grpc.ClientUnaryCall;
  ListStaffNotes(argument: _swarmgate_control_v1_ListStaffNotesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListStaffNotesResponse__Output>): grpc.ClientUnaryCall;
  ListStaffNotes(argument: _swarmgate_control_v1_ListStaffNotesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListStaffNotesResponse__Output>): grpc.ClientUnaryCall;
  ListStaffNotes(argument: _swarmgate_control_v1_ListStaffNotesRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListStaffNotesResponse__Output>): grpc.ClientUnaryCall;
  listStaffNotes(argument: _swarmgate_control_v1_ListStaffNotesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListStaffNotesResponse__Output>): grpc.ClientUnaryCall;
  listStaffNotes(argument: _swarmgate_control_v1_ListStaffNotesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListStaffNotesResponse__Output>): grpc.ClientUnaryCall;
  listStaffNotes(argument: _swarmgate_control_v1_ListStaffNotesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListStaffNotesResponse__Output>): grpc.ClientUnaryCall;
  listStaffNotes(argument: _swarmgate_control_v1_ListStaffNotesRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListStaffNotesResponse__Output>): grpc.ClientUnaryCall;
  
  ListWarnings(argument: _swarmgate_control_v1_ListWarningsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListWarningsResponse__Output>): grpc.ClientUnaryCall;
  ListWarnings(argument: _swarmgate_control_v1_ListWarningsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListWarningsResponse__Output>): grpc.ClientUnaryCall;
  ListWarnings(argument: _swarmgate_control_v1_ListWarningsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListWarningsResponse__Output>): grpc.ClientUnaryCall;
  ListWarnings(argument: _swarmgate_control_v1_ListWarningsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListWarningsResponse__Output>): grpc.ClientUnaryCall;
  listWarnings(argument: _swarmgate_control_v1_ListWarningsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListWarningsResponse__Output>): grpc.ClientUnaryCall;
  listWarnings(argument: _swarmgate_control_v1_ListWarningsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListWarningsResponse__Output>): grpc.ClientUnaryCall;
  listWarnings(argument: _swarmgate_control_v1_ListWarningsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListWarningsResponse__Output>): grpc.ClientUnaryCall;
  listWarnings(argument: _swarmgate_control_v1_ListWarningsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListWarningsResponse__Output>): grpc.ClientUnaryCall;
  
  ReleaseQueueItem(argument: _swarmgate_control_v1_ReleaseQueueItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  ReleaseQueueItem(argument: _swarmgate_control_v1_ReleaseQueueItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  ReleaseQueueItem(argument: _swarmgate_control_v1_ReleaseQueueItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  ReleaseQueueItem(argument: _swarmgate_control_v1_ReleaseQueueItemRequest, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  releaseQueueItem(argument: _swarmgate_control_v1_ReleaseQueueItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  releaseQueueItem(argument: _swarmgate_control_v1_ReleaseQueueItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  releaseQueueItem(argument: _swarmgate_control_v1_ReleaseQueueItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  releaseQueueItem(argument: _swarmgate_control_v1_ReleaseQueueItemRequest, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  
  ResolveQueueItem(argument: _swarmgate_control_v1_ResolveQueueItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  ResolveQueueItem(argument: _swarmgate_control_v1_ResolveQueueItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  ResolveQueueItem(argument: _swarmgate_control_v1_ResolveQueueItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  ResolveQueueItem(argument: _swarmgate_control_v1_ResolveQueueItemRequest, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  resolveQueueItem(argument: _swarmgate_control_v1_ResolveQueueItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  resolveQueueItem(argument: _swarmgate_control_v1_ResolveQueueItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  resolveQueueItem(argument: _swarmgate_control_v1_ResolveQueueItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  resolveQueueItem(argument: _swarmgate_control_v1_ResolveQueueItemRequest, callback: grpc.requestCallback<_swarmgate_control_v1_QueueItem__Output>): grpc.ClientUnaryCall;
  
  ResolveReport(argument: _swarmgate_control_v1_ResolveReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  ResolveReport(argument: _swarmgate_control_v1_ResolveReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  ResolveReport(argument: _swarmgate_control_v1_ResolveReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  ResolveReport(argument: _swarmgate_control_v1_ResolveReportRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  resolveReport(argument: _swarmgate_control_v1_ResolveReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  resolveReport(argument: _swarmgate_control_v1_ResolveReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  resolveReport(argument: _swarmgate_control_v1_ResolveReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  resolveReport(argument: _swarmgate_control_v1_ResolveReportRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Report__Output>): grpc.ClientUnaryCall;
  
  ReviewBanAppeal(argument: _swarmgate_control_v1_ReviewBanAppealRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  ReviewBanAppeal(argument: _swarmgate_control_v1_ReviewBanAppealRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  ReviewBanAppeal(argument: _swarmgate_control_v1_ReviewBanAppealRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  ReviewBanAppeal(argument: _swarmgate_control_v1_ReviewBanAppealRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  reviewBanAppeal(argument: _swarmgate_control_v1_ReviewBanAppealRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  reviewBanAppeal(argument: _swarmgate_control_v1_ReviewBanAppealRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  reviewBanAppeal(argument: _swarmgate_control_v1_ReviewBanAppealRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  reviewBanAppeal(argument: _swarmgate_control_v1_ReviewBanAppealRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Ban__Output>): grpc.ClientUnaryCall;
  
  RevokeWarning(argument: _swarmgate_control_v1_RevokeWarningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  RevokeWarning(argument: _swarmgate_control_v1_RevokeWarningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  RevokeWarning(argument: _swarmgate_control_v1_RevokeWarningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  RevokeWarning(argument: _swarmgate_control_v1_RevokeWarningRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  revokeWarning(argument: _swarmgate_control_v1_RevokeWarningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  revokeWarning(argument: _swarmgate_control_v1_RevokeWarningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  revokeWarning(argument: _swarmgate_control_v1_RevokeWarningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  revokeWarning(argument: _swarmgate_control_v1_RevokeWarningRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Warning__Output>): grpc.ClientUnaryCall;
  
  UpdateGroup(argument: _swarmgate_control_v1_UpdateGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Group__Output>): grpc.ClientUnaryCall;
  UpdateGroup(argument: _swarmgate_control_v1_UpdateGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Group__Output>): grpc.ClientUnaryCall;
  UpdateGroup(argument: _swarmgate_control_v1_UpdateGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Group__Output>): grpc.ClientUnaryCall;
  UpdateGroup(argument: _swarmgate_control_v1_UpdateGroupRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Group__Output>): grpc.ClientUnaryCall;
  updateGroup(argument: _swarmgate_control_v1_UpdateGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Group__Output>): grpc.ClientUnaryCall;
  updateGroup(argument: _swarmgate_control_v1_UpdateGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Group__Output>): grpc.ClientUnaryCall;
  updateGroup(argument: _swarmgate_control_v1_UpdateGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Group__Output>): grpc.ClientUnaryCall;
  updateGroup(argument: _swarmgate_control_v1_UpdateGroupRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Group__Output>): grpc.ClientUnaryCall;
  
  UpdateSiteSettings(argument: _swarmgate_control_v1_UpdateSiteSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_SiteSettings__Output>): grpc.ClientUnaryCall;
  UpdateSiteSettings(argument: _swarmgate_control_v1_UpdateSiteSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_SiteSettings__Output>): grpc.ClientUnaryCall;
  UpdateSiteSettings(argument: _swarmgate_control_v1_UpdateSiteSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_SiteSettings__Output>): grpc.ClientUnaryCall;
  UpdateSiteSettings(argument: _swarmgate_control_v1_UpdateSiteSettingsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_SiteSettings__Output>): grpc.ClientUnaryCall;
  updateSiteSettings(argument: _swarmgate_control_v1_UpdateSiteSettingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_SiteSettings__Output>): grpc.ClientUnaryCall;
  updateSiteSettings(argument: _swarmgate_control_v1_UpdateSiteSettingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_SiteSettings__Output>): grpc.ClientUnaryCall;
  updateSiteSettings(argument: _swarmgate_control_v1_UpdateSiteSettingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_SiteSettings__Output>): grpc.ClientUnaryCall;
  updateSiteSettings(argument: _swarmgate_control_v1_UpdateSiteSettingsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_SiteSettings__Output>): grpc.ClientUnaryCall;
  
}

export interface ModerationServiceHandlers extends grpc.UntypedServiceImplementation {
  AcknowledgeWarning: grpc.handleUnaryCall<_swarmgate_control_v1_AcknowledgeWarningRequest__Output, _swarmgate_control_v1_Warning>;
  
  AppealBan: grpc.handleUnaryCall<_swarmgate_control_v1_AppealBanRequest__Output, _swarmgate_control_v1_Ban>;
  
  AssignReport: grpc.handleUnaryCall<_swarmgate_control_v1_AssignReportRequest__Output, _swarmgate_control_v1_Report>;
  
  ClaimQueueItem: grpc.handleUnaryCall<_swarmgate_control_v1_ClaimQueueItemRequest__Output, _swarmgate_control_v1_QueueItem>;
  
  CreateBan: grpc.handleUnaryCall<_swarmgate_control_v1_CreateBanRequest__Output, _swarmgate_control_v1_Ban>;
  
  CreateBlacklistedPort: grpc.handleUnaryCall<_swarmgate_control_v1_CreateBlacklistedPortRequest__Output, _swarmgate_control_v1_BlacklistedPort>;
  
  CreateClientBlacklistEntry: grpc.handleUnaryCall<_swarmgate_control_v1_CreateClientBlacklistEntryRequest__Output, _swarmgate_control_v1_ClientBlacklistEntry>;
  
  CreateReport: grpc.handleUnaryCall<_swarmgate_control_v1_CreateReportRequest__Output, _swarmgate_control_v1_Report>;
  
  CreateStaffNote: grpc.handleUnaryCall<_swarmgate_control_v1_CreateStaffNoteRequest__Output, _swarmgate_control_v1_StaffNote>;
  
  CreateWarning: grpc.handleUnaryCall<_swarmgate_control_v1_CreateWarningRequest__Output, _swarmgate_control_v1_Warning>;
  
  DeleteBlacklistedPort: grpc.handleUnaryCall<_swarmgate_control_v1_DeleteBlacklistedPortRequest__Output, _google_protobuf_Empty>;
  
  DeleteClientBlacklistEntry: grpc.handleUnaryCall<_swarmgate_control_v1_DeleteClientBlacklistEntryRequest__Output, _google_protobuf_Empty>;
  
  DeleteStaffNote: grpc.handleUnaryCall<_swarmgate_control_v1_DeleteStaffNoteRequest__Output, _google_protobuf_Empty>;
  
  EnqueueItem: grpc.handleUnaryCall<_swarmgate_control_v1_EnqueueItemRequest__Output, _swarmgate_control_v1_QueueItem>;
  
  GetBan: grpc.handleUnaryCall<_swarmgate_control_v1_GetBanRequest__Output, _swarmgate_control_v1_Ban>;
  
  GetGroup: grpc.handleUnaryCall<_swarmgate_control_v1_GetGroupRequest__Output, _swarmgate_control_v1_Group>;
  
  GetReport: grpc.handleUnaryCall<_swarmgate_control_v1_GetReportRequest__Output, _swarmgate_control_v1_Report>;
  
  GetSiteSettings: grpc.handleUnaryCall<_swarmgate_control_v1_GetSiteSettingsRequest__Output, _swarmgate_control_v1_SiteSettings>;
  
  LiftBan: grpc.handleUnaryCall<_swarmgate_control_v1_LiftBanRequest__Output, _swarmgate_control_v1_Ban>;
  
  ListBans: grpc.handleUnaryCall<_swarmgate_control_v1_ListBansRequest__Output, _swarmgate_control_v1_ListBansResponse>;
  
  ListBlacklistedPorts: grpc.handleUnaryCall<_swarmgate_control_v1_ListBlacklistedPortsRequest__Output, _swarmgate_control_v1_ListBlacklistedPortsResponse>;
  
  ListClientBlacklist: grpc.handleUnaryCall<_swarmgate_control_v1_ListClientBlacklistRequest__Output, _swarmgate_control_v1_ListClientBlacklistResponse>;
  
  ListGroups: grpc.handleUnaryCall<_swarmgate_control_v1_ListGroupsRequest__Output, _swarmgate_control_v1_ListGroupsResponse>;
  
  ListQueueItems: grpc.handleUnaryCall<_swarmgate_control_v1_ListQueueItemsRequest__Output, _swarmgate_control_v1_ListQueueItemsResponse>;
  
  ListReports: grpc.handleUnaryCall<_swarmgate_control_v1_ListReportsRequest__Output, _swarmgate_control_v1_ListReportsResponse>;
  
  ListStaffNotes: grpc.handleUnaryCall<_swarmgate_control_v1_ListStaffNotesRequest__Output, _swarmgate_control_v1_ListStaffNotesResponse>;
  
  ListWarnings: grpc.handleUnaryCall<_swarmgate_control_v1_ListWarningsRequest__Output, _swarmgate_control_v1_ListWarningsResponse>;
  
  ReleaseQueueItem: grpc.handleUnaryCall<_swarmgate_control_v1_ReleaseQueueItemRequest__Output, _swarmgate_control_v1_QueueItem>;
  
  ResolveQueueItem: grpc.handleUnaryCall<_swarmgate_control_v1_ResolveQueueItemRequest__Output, _swarmgate_control_v1_QueueItem>;
  
  ResolveReport: grpc.handleUnaryCall<_swarmgate_control_v1_ResolveReportRequest__Output, _swarmgate_control_v1_Report>;
  
  ReviewBanAppeal: grpc.handleUnaryCall<_swarmgate_control_v1_ReviewBanAppealRequest__Output, _swarmgate_control_v1_Ban>;
  
  RevokeWarning: grpc.handleUnaryCall<_swarmgate_control_v1_RevokeWarningRequest__Output, _swarmgate_control_v1_Warning>;
  
  UpdateGroup: grpc.handleUnaryCall<_swarmgate_control_v1_UpdateGroupRequest__Output, _swarmgate_control_v1_Group>;
  
  UpdateSiteSettings: grpc.handleUnaryCall<_swarmgate_control_v1_UpdateSiteSettingsRequest__Output, _swarmgate_control_v1_SiteSettings>;
  
}

export interface ModerationServiceDefinition extends grpc.ServiceDefinition {
  AcknowledgeWarning: MethodDefinition<_swarmgate_control_v1_AcknowledgeWarningRequest, _swarmgate_control_v1_Warning, _swarmgate_control_v1_AcknowledgeWarningRequest__Output, _swarmgate_control_v1_Warning__Output>
  AppealBan: MethodDefinition<_swarmgate_control_v1_AppealBanRequest, _swarmgate_control_v1_Ban, _swarmgate_control_v1_AppealBanRequest__Output, _swarmgate_control_v1_Ban__Output>
  AssignReport: MethodDefinition<_swarmgate_control_v1_AssignReportRequest, _swarmgate_control_v1_Report, _swarmgate_control_v1_AssignReportRequest__Output, _swarmgate_control_v1_Report__Output>
  ClaimQueueItem: MethodDefinition<_swarmgate_control_v1_ClaimQueueItemRequest, _swarmgate_control_v1_QueueItem, _swarmgate_control_v1_ClaimQueueItemRequest__Output, _swarmgate_control_v1_QueueItem__Output>
  CreateBan: MethodDefinition<_swarmgate_control_v1_CreateBanRequest, _swarmgate_control_v1_Ban, _swarmgate_control_v1_CreateBanRequest__Output, _swarmgate_control_v1_Ban__Output>
  CreateBlacklistedPort: MethodDefinition<_swarmgate_control_v1_CreateBlacklistedPortRequest, _swarmgate_control_v1_BlacklistedPort, _swarmgate_control_v1_CreateBlacklistedPortRequest__Output, _swarmgate_control_v1_BlacklistedPort__Output>
  CreateClientBlacklistEntry: MethodDefinition<_swarmgate_control_v1_CreateClientBlacklistEntryRequest, _swarmgate_control_v1_ClientBlacklistEntry, _swarmgate_control_v1_CreateClientBlacklistEntryRequest__Output, _swarmgate_control_v1_ClientBlacklistEntry__Output>
  CreateReport: MethodDefinition<_swarmgate_control_v1_CreateReportRequest, _swarmgate_control_v1_Report, _swarmgate_control_v1_CreateReportRequest__Output, _swarmgate_control_v1_Report__Output>
  CreateStaffNote: MethodDefinition<_swarmgate_control_v1_CreateStaffNoteRequest, _swarmgate_control_v1_StaffNote, _swarmgate_control_v1_CreateStaffNoteRequest__Output, _swarmgate_control_v1_StaffNote__Output>
  CreateWarning: MethodDefinition<_swarmgate_control_v1_CreateWarningRequest, _swarmgate_control_v1_Warning, _swarmgate_control_v1_CreateWarningRequest__Output, _swarmgate_control_v1_Warning__Output>
  DeleteBlacklistedPort: MethodDefinition<_swarmgate_control_v1_DeleteBlacklistedPortRequest, _google_protobuf_Empty, _swarmgate_control_v1_DeleteBlacklistedPortRequest__Output, _google_protobuf_Empty__Output>
  DeleteClientBlacklistEntry: MethodDefinition<_swarmgate_control_v1_DeleteClientBlacklistEntryRequest, _google_protobuf_Empty, _swarmgate_control_v1_DeleteClientBlacklistEntryRequest__Output, _google_protobuf_Empty__Output>
  DeleteStaffNote: MethodDefinition<_swarmgate_control_v1_DeleteStaffNoteRequest, _google_protobuf_Empty, _swarmgate_control_v1_DeleteStaffNoteRequest__Output, _google_protobuf_Empty__Output>
  EnqueueItem: MethodDefinition<_swarmgate_control_v1_EnqueueItemRequest, _swarmgate_control_v1_QueueItem, _swarmgate_control_v1_EnqueueItemRequest__Output, _swarmgate_control_v1_QueueItem__Output>
  GetBan: MethodDefinition<_swarmgate_control_v1_GetBanRequest, _swarmgate_control_v1_Ban, _swarmgate_control_v1_GetBanRequest__Output, _swarmgate_control_v1_Ban__Output>
  GetGroup: MethodDefinition<_swarmgate_control_v1_GetGroupRequest, _swarmgate_control_v1_Group, _swarmgate_control_v1_GetGroupRequest__Output, _swarmgate_control_v1_Group__Output>
  GetReport: MethodDefinition<_swarmgate_control_v1_GetReportRequest, _swarmgate_control_v1_Report, _swarmgate_control_v1_GetReportRequest__Output, _swarmgate_control_v1_Report__Output>
  GetSiteSettings: MethodDefinition<_swarmgate_control_v1_GetSiteSettingsRequest, _swarmgate_control_v1_SiteSettings, _swarmgate_control_v1_GetSiteSettingsRequest__Output, _swarmgate_control_v1_SiteSettings__Output>
  LiftBan: MethodDefinition<_swarmgate_control_v1_LiftBanRequest, _swarmgate_control_v1_Ban, _swarmgate_control_v1_LiftBanRequest__Output, _swarmgate_control_v1_Ban__Output>
  ListBans: MethodDefinition<_swarmgate_control_v1_ListBansRequest, _swarmgate_control_v1_ListBansResponse, _swarmgate_control_v1_ListBansRequest__Output, _swarmgate_control_v1_ListBansResponse__Output>
  ListBlacklistedPorts: MethodDefinition<_swarmgate_control_v1_ListBlacklistedPortsRequest, _swarmgate_control_v1_ListBlacklistedPortsResponse, _swarmgate_control_v1_ListBlacklistedPortsRequest__Output, _swarmgate_control_v1_ListBlacklistedPortsResponse__Output>
  ListClientBlacklist: MethodDefinition<_swarmgate_control_v1_ListClientBlacklistRequest, _swarmgate_control_v1_ListClientBlacklistResponse, _swarmgate_control_v1_ListClientBlacklistRequest__Output, _swarmgate_control_v1_ListClientBlacklistResponse__Output>
  ListGroups: MethodDefinition<_swarmgate_control_v1_ListGroupsRequest, _swarmgate_control_v1_ListGroupsResponse, _swarmgate_control_v1_ListGroupsRequest__Output, _swarmgate_control_v1_ListGroupsResponse__Output>
  ListQueueItems: MethodDefinition<_swarmgate_control_v1_ListQueueItemsRequest, _swarmgate_control_v1_ListQueueItemsResponse, _swarmgate_control_v1_ListQueueItemsRequest__Output, _swarmgate_control_v1_ListQueueItemsResponse__Output>
  ListReports: MethodDefinition<_swarmgate_control_v1_ListReportsRequest, _swarmgate_control_v1_ListReportsResponse, _swarmgate_control_v1_ListReportsRequest__Output, _swarmgate_control_v1_ListReportsResponse__Output>
  ListStaffNotes: MethodDefinition<_swarmgate_control_v1_ListStaffNotesRequest, _swarmgate_control_v1_ListStaffNotesResponse, _swarmgate_control_v1_ListStaffNotesRequest__Output, _swarmgate_control_v1_ListStaffNotesResponse__Output>
  ListWarnings: MethodDefinition<_swarmgate_control_v1_ListWarningsRequest, _swarmgate_control_v1_ListWarningsResponse, _swarmgate_control_v1_ListWarningsRequest__Output, _swarmgate_control_v1_ListWarningsResponse__Output>
  ReleaseQueueItem: MethodDefinition<_swarmgate_control_v1_ReleaseQueueItemRequest, _swarmgate_control_v1_QueueItem, _swarmgate_control_v1_ReleaseQueueItemRequest__Output, _swarmgate_control_v1_QueueItem__Output>
  ResolveQueueItem: MethodDefinition<_swarmgate_control_v1_ResolveQueueItemRequest, _swarmgate_control_v1_QueueItem, _swarmgate_control_v1_ResolveQueueItemRequest__Output, _swarmgate_control_v1_QueueItem__Output>
  ResolveReport: MethodDefinition<_swarmgate_control_v1_ResolveReportRequest, _swarmgate_control_v1_Report, _swarmgate_control_v1_ResolveReportRequest__Output, _swarmgate_control_v1_Report__Output>
  ReviewBanAppeal: MethodDefinition<_swarmgate_control_v1_ReviewBanAppealRequest, _swarmgate_control_v1_Ban, _swarmgate_control_v1_ReviewBanAppealRequest__Output, _swarmgate_control_v1_Ban__Output>
  RevokeWarning: MethodDefinition<_swarmgate_control_v1_RevokeWarningRequest, _swarmgate_control_v1_Warning, _swarmgate_control_v1_RevokeWarningRequest__Output, _swarmgate_control_v1_Warning__Output>
  UpdateGroup: MethodDefinition<_swarmgate_control_v1_UpdateGroupRequest, _swarmgate_control_v1_Group, _swarmgate_control_v1_UpdateGroupRequest__Output, _swarmgate_control_v1_Group__Output>
  UpdateSiteSettings: MethodDefinition<_swarmgate_control_v1_UpdateSiteSettingsRequest, _swarmgate_control_v1_SiteSettings, _swarmgate_control_v1_UpdateSiteSettingsRequest__Output, _swarmgate_control_v1_SiteSettings__Output>
}
