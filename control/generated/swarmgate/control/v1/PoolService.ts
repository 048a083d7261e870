// Original file: proto/swarmgate/control/v1/pool.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AssignSlotRequest as _swarmgate_control_v1_AssignSlotRequest, AssignSlotRequest__Output as _swarmgate_control_v1_AssignSlotRequest__Output } from '../../../swarmgate/control/v1/AssignSlotRequest.js';
import type { CreatePoolKeyRequest as _swarmgate_control_v1_CreatePoolKeyRequest, CreatePoolKeyRequest__Output as _swarmgate_control_v1_CreatePoolKeyRequest__Output } from '../../../swarmgate/control/v1/CreatePoolKeyRequest.js';
import type { DeletePoolKeyRequest as _swarmgate_control_v1_DeletePoolKeyRequest, DeletePoolKeyRequest__Output as _swarmgate_control_v1_DeletePoolKeyRequest__Output } from '../../../swarmgate/control/v1/DeletePoolKeyRequest.js';
import type { DisablePoolKeyRequest as _swarmgate_control_v1_DisablePoolKeyRequest, DisablePoolKeyRequest__Output as _swarmgate_control_v1_DisablePoolKeyRequest__Output } from '../../../swarmgate/control/v1/DisablePoolKeyRequest.js';
import type { Empty as _google_protobuf_Empty, Empty__Output as _google_protobuf_Empty__Output } from '../../../google/protobuf/Empty.js';
import type { EnablePoolKeyRequest as _swarmgate_control_v1_EnablePoolKeyRequest, EnablePoolKeyRequest__Output as _swarmgate_control_v1_EnablePoolKeyRequest__Output } from '../../../swarmgate/control/v1/EnablePoolKeyRequest.js';
import type { EndStreamRequest as _swarmgate_control_v1_EndStreamRequest, EndStreamRequest__Output as _swarmgate_control_v1_EndStreamRequest__Output } from '../../../swarmgate/control/v1/EndStreamRequest.js';
import type { GetPoolKeyRequest as _swarmgate_control_v1_GetPoolKeyRequest, GetPoolKeyRequest__Output as _swarmgate_control_v1_GetPoolKeyRequest__Output } from '../../../swarmgate/control/v1/GetPoolKeyRequest.js';
import type { GetPoolStatusRequest as _swarmgate_control_v1_GetPoolStatusRequest, GetPoolStatusRequest__Output as _swarmgate_control_v1_GetPoolStatusRequest__Output } from '../../../swarmgate/control/v1/GetPoolStatusRequest.js';
import type { ListHealthChecksRequest as _swarmgate_control_v1_ListHealthChecksRequest, ListHealthChecksRequest__Output as _swarmgate_control_v1_ListHealthChecksRequest__Output } from '../../../swarmgate/control/v1/ListHealthChecksRequest.js';
import type { ListHealthChecksResponse as _swarmgate_control_v1_ListHealthChecksResponse, ListHealthChecksResponse__Output as _swarmgate_control_v1_ListHealthChecksResponse__Output } from '../../../swarmgate/control/v1/ListHealthChecksResponse.js';
import type { ListLiveStreamsRequest as _swarmgate_control_v1_ListLiveStreamsRequest, ListLiveStreamsRequest__Output as _swarmgate_control_v1_ListLiveStreamsRequest__Output } from '../../../swarmgate/control/v1/ListLiveStreamsRequest.js';
import type { ListLiveStreamsResponse as _swarmgate_control_v1_ListLiveStreamsResponse, ListLiveStreamsResponse__Output as _swarmgate_control_v1_ListLiveStreamsResponse__Output } from '../../../swarmgate/control/v1/ListLiveStreamsResponse.js';
import type { ListPoolKeysRequest as _swarmgate_control_v1_ListPoolKeysRequest, ListPoolKeysRequest__Output as _swarmgate_control_v1_ListPoolKeysRequest__Output } from '../../../swarmgate/control/v1/ListPoolKeysRequest.js';
import type { ListPoolKeysResponse as _swarmgate_control_v1_ListPoolKeysResponse, ListPoolKeysResponse__Output as _swarmgate_control_v1_ListPoolKeysResponse__Output } from '../../../swarmgate/control/v1/ListPoolKeysResponse.js';
import type { ListPoolStatusRequest as _swarmgate_control_v1_ListPoolStatusRequest, ListPoolStatusRequest__Output as _swarmgate_control_v1_ListPoolStatusRequest__Output } from '../../../swarmgate/control/v1/ListPoolStatusRequest.js';
import type { ListPoolStatusResponse as _swarmgate_control_v1_ListPoolStatusResponse, ListPoolStatusResponse__Output as _swarmgate_control_v1_ListPoolStatusResponse__Output } from '../../../swarmgate/control/v1/ListPoolStatusResponse.js';
import type { ListSlotsRequest as _swarmgate_control_v1_ListSlotsRequest, ListSlotsRequest__Output as _swarmgate_control_v1_ListSlotsRequest__Output } from '../../../swarmgate/control/v1/ListSlotsRequest.js';
import type { ListSlotsResponse as _swarmgate_control_v1_ListSlotsResponse, ListSlotsResponse__Output as _swarmgate_control_v1_ListSlotsResponse__Output } from '../../../swarmgate/control/v1/ListSlotsResponse.js';
import type { ListUsageLogsRequest as _swarmgate_control_v1_ListUsageLogsRequest, ListUsageLogsRequest__Output as _swarmgate_control_v1_ListUsageLogsRequest__Output } from '../../../swarmgate/control/v1/ListUsageLogsRequest.js';
import type { ListUsageLogsResponse as _swarmgate_control_v1_ListUsageLogsResponse, ListUsageLogsResponse__Output as _swarmgate_control_v1_ListUsageLogsResponse__Output } from '../../../swarmgate/control/v1/ListUsageLogsResponse.js';
import type { PoolKey as _swarmgate_control_v1_PoolKey, PoolKey__Output as _swarmgate_control_v1_PoolKey__Output } from '../../../swarmgate/control/v1/PoolKey.js';
import type { PoolSlot as _swarmgate_control_v1_PoolSlot, PoolSlot__Output as _swarmgate_control_v1_PoolSlot__Output } from '../../../swarmgate/control/v1/PoolSlot.js';
import type { PoolStatus as _swarmgate_control_v1_PoolStatus, PoolStatus__Output as _swarmgate_control_v1_PoolStatus__Output } from '../../../swarmgate/control/v1/PoolStatus.js';
import type { PoolStream as _swarmgate_control_v1_PoolStream, PoolStream__Output as _swarmgate_control_v1_PoolStream__Output } from '../../../swarmgate/control/v1/PoolStream.js';
import type { ReclaimIdleSlotsRequest as _swarmgate_control_v1_ReclaimIdleSlotsRequest, ReclaimIdleSlotsRequest__Output as _swarmgate_control_v1_ReclaimIdleSlotsRequest__Output } from '../../../swarmgate/control/v1/ReclaimIdleSlotsRequest.js';
import type { ReclaimIdleSlotsResponse as _swarmgate_control_v1_ReclaimIdleSlotsResponse, ReclaimIdleSlotsResponse__Output as _swarmgate_control_v1_ReclaimIdleSlotsResponse__Output } from '../../../swarmgate/control/v1/ReclaimIdleSlotsResponse.js';
import type { ReleaseSlotRequest as _swarmgate_control_v1_ReleaseSlotRequest, ReleaseSlotRequest__Output as _swarmgate_control_v1_ReleaseSlotRequest__Output } from '../../../swarmgate/control/v1/ReleaseSlotRequest.js';
import type { ReplacePoolKeySecretRequest as _swarmgate_control_v1_ReplacePoolKeySecretRequest, ReplacePoolKeySecretRequest__Output as _swarmgate_control_v1_ReplacePoolKeySecretRequest__Output } from '../../../swarmgate/control/v1/ReplacePoolKeySecretRequest.js';
import type { UpdatePoolKeyRequest as _swarmgate_control_v1_UpdatePoolKeyRequest, UpdatePoolKeyRequest__Output as _swarmgate_control_v1_UpdatePoolKeyRequest__Output } from '../../../swarmgate/control/v1/UpdatePoolKeyRequest.js';

export interface PoolServiceClient extends grpc.Client {
  AssignSlot(argument: _swarmgate_control_v1_AssignSlotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolSlot__Output>): grpc.ClientUnaryCall;
  AssignSlot(argument: _swarmgate_control_v1_AssignSlotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_PoolSlot__Output>): grpc.ClientUnaryCall;
  AssignSlot(argument: _swarmgate_control_v1_AssignSlotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolSlot__Output>): grpc.ClientUnaryCall;
  AssignSlot(argument: _swarmgate_control_v1_AssignSlotRequest, callback: grpc.requestCallback<_swarmgate_control_v1_PoolSlot__Output>): grpc.ClientUnaryCall;
  assignSlot(argument: _swarmgate_control_v1_AssignSlotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolSlot__Output>): grpc.ClientUnaryCall;
  assignSlot(argument: _swarmgate_control_v1_AssignSlotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_PoolSlot__Output>): grpc.ClientUnaryCall;
  assignSlot(argument: _swarmgate_control_v1_AssignSlotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolSlot__Output>): grpc.ClientUnaryCall;
  assignSlot(argument: _swarmgate_control_v1_AssignSlotRequest, callback: grpc.requestCallback<_swarmgate_control_v1_PoolSlot__Output>): grpc.ClientUnaryCall;
  
  CreatePoolKey(argument: _swarmgate_control_v1_CreatePoolKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  CreatePoolKey(argument: _swarmgate_control_v1_CreatePoolKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  CreatePoolKey(argument: _swarmgate_control_v1_CreatePoolKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  CreatePoolKey(argument: _swarmgate_control_v1_CreatePoolKeyRequest, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  createPoolKey(argument: _swarmgate_control_v1_CreatePoolKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  createPoolKey(argument: _swarmgate_control_v1_CreatePoolKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  createPoolKey(argument: _swarmgate_control_v1_CreatePoolKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  createPoolKey(argument: _swarmgate_control_v1_CreatePoolKeyRequest, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  
  DeletePoolKey(argument: _swarmgate_control_v1_DeletePoolKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  DeletePoolKey(argument: _swarmgate_control_v1_DeletePoolKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  DeletePoolKey(argument: _swarmgate_control_v1_DeletePoolKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  DeletePoolKey(argument: _swarmgate_control_v1_DeletePoolKeyRequest, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  deletePoolKey(argument: _swarmgate_control_v1_DeletePoolKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  deletePoolKey(argument: _swarmgate_control_v1_DeletePoolKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  deletePoolKey(argument: _swarmgate_control_v1_DeletePoolKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  deletePoolKey(argument: _swarmgate_control_v1_DeletePoolKeyRequest, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  
  DisablePoolKey(argument: _swarmgate_control_v1_DisablePoolKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  DisablePoolKey(argument: _swarmgate_control_v1_DisablePoolKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  DisablePoolKey(argument: _swarmgate_control_v1_DisablePoolKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  DisablePoolKey(argument: _swarmgate_control_v1_DisablePoolKeyRequest, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  disablePoolKey(argument: _swarmgate_control_v1_DisablePoolKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  disablePoolKey(argument: _swarmgate_control_v1_DisablePoolKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  disablePoolKey(argument: _swarmgate_control_v1_DisablePoolKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  disablePoolKey(argument: _swarmgate_control_v1_DisablePoolKeyRequest, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  
  EnablePoolKey(argument: _swarmgate_control_v1_EnablePoolKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  EnablePoolKey(argument: _swarmgate_control_v1_EnablePoolKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  EnablePoolKey(argument: _swarmgate_control_v1_EnablePoolKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  EnablePoolKey(argument: _swarmgate_control_v1_EnablePoolKeyRequest, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  enablePoolKey(argument: _swarmgate_control_v1_EnablePoolKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  enablePoolKey(argument: _swarmgate_control_v1_EnablePoolKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  enablePoolKey(argument: _swarmgate_control_v1_EnablePoolKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  enablePoolKey(argument: _swarmgate_control_v1_EnablePoolKeyRequest, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  
  EndStream(argument: _swarmgate_control_v1_EndStreamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolStream__Output>): grpc.ClientUnaryCall;
  EndStream(argument: _swarmgate_control_v1_EndStreamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_PoolStream__Output>): grpc.ClientUnaryCall;
  EndStream(argument: _swarmgate_control_v1_EndStreamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolStream__Output>): grpc.ClientUnaryCall;
  EndStream(argument: _swarmgate_control_v1_EndStreamRequest, callback: grpc.requestCallback<_swarmgate_control_v1_PoolStream__Output>): grpc.ClientUnaryCall;
  endStream(argument: _swarmgate_control_v1_EndStreamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolStream__Output>): grpc.ClientUnaryCall;
  endStream(argument: _swarmgate_control_v1_EndStreamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_PoolStream__Output>): grpc.ClientUnaryCall;
  endStream(argument: _swarmgate_control_v1_EndStreamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolStream__Output>): grpc.ClientUnaryCall;
  endStream(argument: _swarmgate_control_v1_EndStreamRequest, callback: grpc.requestCallback<_swarmgate_control_v1_PoolStream__Output>): grpc.ClientUnaryCall;
  
  GetPoolKey(argument: _swarmgate_control_v1_GetPoolKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  GetPoolKey(argument: _swarmgate_control_v1_GetPoolKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  GetPoolKey(argument: _swarmgate_control_v1_GetPoolKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  GetPoolKey(argument: _swarmgate_control_v1_GetPoolKeyRequest, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  getPoolKey(argument: _swarmgate_control_v1_GetPoolKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  getPoolKey(argument: _swarmgate_control_v1_GetPoolKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  getPoolKey(argument: _swarmgate_control_v1_GetPoolKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  getPoolKey(argument: _swarmgate_control_v1_GetPoolKeyRequest, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  
  GetPoolStatus(argument: _swarmgate_control_v1_GetPoolStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolStatus__Output>): grpc.ClientUnaryCall;
  GetPoolStatus(argument: _swarmgate_control_v1_GetPoolStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_PoolStatus__Output>): grpc.ClientUnaryCall;
  GetPoolStatus(argument: _swarmgate_control_v1_GetPoolStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolStatus__Output>): grpc.ClientUnaryCall;
  GetPoolStatus(argument: _swarmgate_control_v1_GetPoolStatusRequest, callback: grpc.requestCallback<_swarmgate_control_v1_PoolStatus__Output>): grpc.ClientUnaryCall;
  getPoolStatus(argument: _swarmgate_control_v1_GetPoolStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolStatus__Output>): grpc.ClientUnaryCall;
  getPoolStatus(argument: _swarmgate_control_v1_GetPoolStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_PoolStatus__Output>): grpc.ClientUnaryCall;
  getPoolStatus(argument: _swarmgate_control_v1_GetPoolStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolStatus__Output>): grpc.ClientUnaryCall;
  getPoolStatus(argument: _swarmgate_control_v1_GetPoolStatusRequest, callback: grpc.requestCallback<_swarmgate_control_v1_PoolStatus__Output>): grpc.ClientUnaryCall;
  
  ListHealthChecks(argument: _swarmgate_control_v1_ListHealthChecksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListHealthChecksResponse__Output>): grpc.ClientUnaryCall;
  ListHealthChecks(argument: _swarmgate_control_v1_ListHealthChecksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListHealthChecksResponse__Output>): grpc.ClientUnaryCall;
  ListHealthChecks(argument: _swarmgate_control_v1_ListHealthChecksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListHealthChecksResponse__Output>): grpc.ClientUnaryCall;
  ListHealthChecks(argument: _swarmgate_control_v1_ListHealthChecksRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListHealthChecksResponse__Output>): grpc.ClientUnaryCall;
  listHealthChecks(argument: _swarmgate_control_v1_ListHealthChecksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListHealthChecksResponse__Output>): grpc.ClientUnaryCall;
  listHealthChecks(argument: _swarmgate_control_v1_ListHealthChecksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListHealthChecksResponse__Output>): grpc.ClientUnaryCall;
  listHealthChecks(argument: _swarmgate_control_v1_ListHealthChecksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListHealthChecksResponse__Output>): grpc.ClientUnaryCall;
  listHealthChecks(argument: _swarmgate_control_v1_ListHealthChecksRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListHealthChecksResponse__Output>): grpc.ClientUnaryCall;
  
  ListLiveStreams(argument: _swarmgate_control_v1_ListLiveStreamsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListLiveStreamsResponse__Output>): grpc.ClientUnaryCall;
  ListLiveStreams(argument: _swarmgate_control_v1_ListLiveStreamsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListLiveStreamsResponse__Output>): grpc.ClientUnaryCall;
  ListLiveStreams(argument: _swarmgate_control_v1_ListLiveStreamsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListLiveStreamsResponse__Output>): grpc.ClientUnaryCall;
  ListLiveStreams(argument: _swarmgate_control_v1_ListLiveStreamsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListLiveStreamsResponse__Output>): grpc.ClientUnaryCall;
  listLiveStreams(argument: _swarmgate_control_v1_ListLiveStreamsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListLiveStreamsResponse__Output>): grpc.ClientUnaryCall;
  listLiveStreams(argument: _swarmgate_control_v1_ListLiveStreamsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListLiveStreamsResponse__Output>): grpc.ClientUnaryCall;
  listLiveStreams(argument: _swarmgate_control_v1_ListLiveStreamsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListLiveStreamsResponse__Output>): grpc.ClientUnaryCall;
  listLiveStreams(argument: _swarmgate_control_v1_ListLiveStreamsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListLiveStreamsResponse__Output>): grpc.ClientUnaryCall;
  
  ListPoolKeys(argument: _swarmgate_control_v1_ListPoolKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListPoolKeysResponse__Output>): grpc.ClientUnaryCall;
  ListPoolKeys(argument: _swarmgate_control_v1_ListPoolKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListPoolKeysResponse__Output>): grpc.ClientUnaryCall;
  ListPoolKeys(argument: _swarmgate_control_v1_ListPoolKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListPoolKeysResponse__Output>): grpc.ClientUnaryCall;
  ListPoolKeys(argument: _swarmgate_control_v1_ListPoolKeysRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListPoolKeysResponse__Output>): grpc.ClientUnaryCall;
  listPoolKeys(argument: _swarmgate_control_v1_ListPoolKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListPoolKeysResponse__Output>): grpc.ClientUnaryCall;
  listPoolKeys(argument: _swarmgate_control_v1_ListPoolKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListPoolKeysResponse__Output>): grpc.ClientUnaryCall;
  listPoolKeys(argument: _swarmgate_control_v1_ListPoolKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListPoolKeysResponse__Output>): grpc.ClientUnaryCall;
  listPoolKeys(argument: _swarmgate_control_v1_ListPoolKeysRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListPoolKeysResponse__Output>): grpc.ClientUnaryCall;
  
  ListPoolStatus(argument: _swarmgate_control_v1_ListPoolStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListPoolStatusResponse__Output>): grpc.ClientUnaryCall;
  ListPoolStatus(argument: _swarmgate_control_v1_ListPoolStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListPoolStatusResponse__Output>): grpc.ClientUnaryCall;
  ListPoolStatus(argument: _swarmgate_control_v1_ListPoolStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListPoolStatusResponse__Output>): grpc.ClientUnaryCall;
  ListPoolStatus(argument: _swarmgate_control_v1_ListPoolStatusRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListPoolStatusResponse__Output>): grpc.ClientUnaryCall;
  listPoolStatus(argument: _swarmgate_control_v1_ListPoolStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListPoolStatusResponse__Output>): grpc.ClientUnaryCall;
  listPoolStatus(argument: _swarmgate_control_v1_ListPoolStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListPoolStatusResponse__Output>): grpc.ClientUnaryCall;
  listPoolStatus(argument: _swarmgate_control_v1_ListPoolStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListPoolStatusResponse__Output>): grpc.ClientUnaryCall;
  listPoolStatus(argument: _swarmgate_control_v1_ListPoolStatusRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListPoolStatusResponse__Output>): grpc.ClientUnaryCall;
  
  ListSlots(argument: _swarmgate_control_v1_ListSlotsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListSlotsResponse__Output>): grpc.ClientUnaryCall;
  ListSlots(argument: _swarmgate_control_v1_ListSlotsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListSlotsResponse__Output>): grpc.ClientUnaryCall;
  ListSlots(argument: _swarmgate_control_v1_ListSlotsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListSlotsResponse__Output>): grpc.ClientUnaryCall;
  ListSlots(argument: _swarmgate_control_v1_ListSlotsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListSlotsResponse__Output>): grpc.ClientUnaryCall;
  listSlots(argument: _swarmgate_control_v1_ListSlotsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListSlotsResponse__Output>): grpc.ClientUnaryCall;
  listSlots(argument: _swarmgate_control_v1_ListSlotsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListSlotsResponse__Output>): grpc.ClientUnaryCall;
  listSlots(argument: _swarmgate_control_v1_ListSlotsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListSlotsResponse__Output>): grpc.ClientUnaryCall;
  listSlots(argument: _swarmgate_control_v1_ListSlotsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListSlotsResponse__Output>): grpc.ClientUnaryCall;
  
  ListUsageLogs(argument: _swarmgate_control_v1_ListUsageLogsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListUsageLogsResponse__Output>): grpc.ClientUnaryCall;
  ListUsageLogs(argument: _swarmgate_control_v1_ListUsageLogsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListUsageLogsResponse__Output>): grpc.ClientUnaryCall;
  ListUsageLogs(argument: _swarmgate_control_v1_ListUsageLogsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListUsageLogsResponse__Output>): grpc.ClientUnaryCall;
  ListUsageLogs(argument: _swarmgate_control_v1_ListUsageLogsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListUsageLogsResponse__Output>): grpc.ClientUnaryCall;
  listUsageLogs(argument: _swarmgate_control_v1_ListUsageLogsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListUsageLogsResponse__Output>): grpc.ClientUnaryCall;
  listUsageLogs(argument: _swarmgate_control_v1_ListUsageLogsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListUsageLogsResponse__Output>): grpc.ClientUnaryCall;
  listUsageLogs(argument: _swarmgate_control_v1_ListUsageLogsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListUsageLogsResponse__Output>): grpc.ClientUnaryCall;
  listUsageLogs(argument: _swarmgate_control_v1_ListUsageLogsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListUsageLogsResponse__Output>): grpc.ClientUnaryCall;
  
  ReclaimIdleSlots(argument: _swarmgate_control_v1_ReclaimIdleSlotsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ReclaimIdleSlotsResponse__Output>): grpc.ClientUnaryCall;
  ReclaimIdleSlots(argument: _swarmgate_control_v1_ReclaimIdleSlotsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ReclaimIdleSlotsResponse__Output>): grpc.ClientUnaryCall;
  ReclaimIdleSlots(argument: _swarmgate_control_v1_ReclaimIdleSlotsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ReclaimIdleSlotsResponse__Output>): grpc.ClientUnaryCall;
  ReclaimIdleSlots(argument: _swarmgate_control_v1_ReclaimIdleSlotsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ReclaimIdleSlotsResponse__Output>): grpc.ClientUnaryCall;
  reclaimIdleSlots(argument: _swarmgate_control_v1_ReclaimIdleSlotsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ReclaimIdleSlotsResponse__Output>): grpc.ClientUnaryCall;
  reclaimIdleSlots(argument: _swarmgate_control_v1_ReclaimIdleSlotsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ReclaimIdleSlotsResponse__Output>): grpc.ClientUnaryCall;
  reclaimIdleSlots(argument: _swarmgate_control_v1_ReclaimIdleSlotsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ReclaimIdleSlotsResponse__Output>): grpc.ClientUnaryCall;
  reclaimIdleSlots(argument: _swarmgate_control_v1_ReclaimIdleSlotsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ReclaimIdleSlotsResponse__Output>): grpc.ClientUnaryCall;
  
  ReleaseSlot(argument: _swarmgate_control_v1_ReleaseSlotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolSlot__Output>): grpc.ClientUnaryCall;
  ReleaseSlot(argument: _swarmgate_control_v1_ReleaseSlotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_PoolSlot__Output>): grpc.ClientUnaryCall;
  ReleaseSlot(argument: _swarmgate_control_v1_ReleaseSlotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolSlot__Output>): grpc.ClientUnaryCall;
  ReleaseSlot(argument: _swarmgate_control_v1_ReleaseSlotRequest, callback: grpc.requestCallback<_swarmgate_control_v1_PoolSlot__Output>): grpc.ClientUnaryCall;
  releaseSlot(argument: _swarmgate_control_v1_ReleaseSlotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolSlot__Output>): grpc.ClientUnaryCall;
  releaseSlot(argument: _swarmgate_control_v1_ReleaseSlotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_PoolSlot__Output>): grpc.ClientUnaryCall;
  releaseSlot(argument: _swarmgate_control_v1_ReleaseSlotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolSlot__Output>): grpc.ClientUnaryCall;
  releaseSlot(argument: _swarmgate_control_v1_ReleaseSlotRequest, callback: grpc.requestCallback<_swarmgate_control_v1_PoolSlot__Output>): grpc.ClientUnaryCall;
  
  ReplacePoolKeySecret(argument: _swarmgate_control_v1_ReplacePoolKeySecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  ReplacePoolKeySecret(argument: _swarmgate_control_v1_ReplacePoolKeySecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  ReplacePoolKeySecret(argument: _swarmgate_control_v1_ReplacePoolKeySecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  ReplacePoolKeySecret(argument: _swarmgate_control_v1_ReplacePoolKeySecretRequest, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  replacePoolKeySecret(argument: _swarmgate_control_v1_ReplacePoolKeySecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  replacePoolKeySecret(argument: _swarmgate_control_v1_ReplacePoolKeySecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  replacePoolKeySecret(argument: _swarmgate_control_v1_ReplacePoolKeySecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  replacePoolKeySecret(argument: _swarmgate_control_v1_ReplacePoolKeySecretRequest, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  
  UpdatePoolKey(argument: _swarmgate_control_v1_UpdatePoolKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  UpdatePoolKey(argument: _swarmgate_control_v1_UpdatePoolKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  UpdatePoolKey(argument: _swarmgate_control_v1_UpdatePoolKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  UpdatePoolKey(argument: _swarmgate_control_v1_UpdatePoolKeyRequest, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  updatePoolKey(argument: _swarmgate_control_v1_UpdatePoolKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  updatePoolKey(argument: _swarmgate_control_v1_UpdatePoolKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  updatePoolKey(argument: _swarmgate_control_v1_UpdatePoolKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  updatePoolKey(argument: _swarmgate_control_v1_UpdatePoolKeyRequest, callback: grpc.requestCallback<_swarmgate_control_v1_PoolKey__Output>): grpc.ClientUnaryCall;
  
}

export interface PoolServiceHandlers extends grpc.UntypedServiceImplementation {
  AssignSlot: grpc.handleUnaryCall<_swarmgate_control_v1_AssignSlotRequest__Output, _swarmgate_control_v1_PoolSlot>;
  
  CreatePoolKey: grpc.handleUnaryCall<_swarmgate_control_v1_CreatePoolKeyRequest__Output, _swarmgate_control_v1_PoolKey>;
  
  DeletePoolKey: grpc.handleUnaryCall<_swarmgate_control_v1_DeletePoolKeyRequest__Output, _google_protobuf_Empty>;
  
  DisablePoolKey: grpc.handleUnaryCall<_swarmgate_control_v1_DisablePoolKeyRequest__Output, _swarmgate_control_v1_PoolKey>;
  
  EnablePoolKey: grpc.handleUnaryCall<_swarmgate_control_v1_EnablePoolKeyRequest__Output, _swarmgate_control_v1_PoolKey>;
  
  EndStream: grpc.handleUnaryCall<_swarmgate_control_v1_EndStreamRequest__Output, _swarmgate_control_v1_PoolStream>;
  
  GetPoolKey: grpc.handleUnaryCall<_swarmgate_control_v1_GetPoolKeyRequest__Output, _swarmgate_control_v1_PoolKey>;
  
  GetPoolStatus: grpc.handleUnaryCall<_swarmgate_control_v1_GetPoolStatusRequest__Output, _swarmgate_control_v1_PoolStatus>;
  
  ListHealthChecks: grpc.handleUnaryCall<_swarmgate_control_v1_ListHealthChecksRequest__Output, _swarmgate_control_v1_ListHealthChecksResponse>;
  
  ListLiveStreams: grpc.handleUnaryCall<_swarmgate_control_v1_ListLiveStreamsRequest__Output, _swarmgate_control_v1_ListLiveStreamsResponse>;
  
  ListPoolKeys: grpc.handleUnaryCall<_swarmgate_control_v1_ListPoolKeysRequest__Output, _swarmgate_control_v1_ListPoolKeysResponse>;
  
  ListPoolStatus: grpc.handleUnaryCall<_swarmgate_control_v1_ListPoolStatusRequest__Output, _swarmgate_control_v1_ListPoolStatusResponse>;
  
  ListSlots: grpc.handleUnaryCall<_swarmgate_control_v1_ListSlotsRequest__Output, _swarmgate_control_v1_ListSlotsResponse>;
  
  ListUsageLogs: grpc.handleUnaryCall<_swarmgate_control_v1_ListUsageLogsRequest__Output, _swarmgate_control_v1_ListUsageLogsResponse>;
  
  ReclaimIdleSlots: grpc.handleUnaryCall<_swarmgate_control_v1_ReclaimIdleSlotsRequest__Output, _swarmgate_control_v1_ReclaimIdleSlotsResponse>;
  
  ReleaseSlot: grpc.handleUnaryCall<_swarmgate_control_v1_ReleaseSlotRequest__Output, _swarmgate_control_v1_PoolSlot>;
  
  ReplacePoolKeySecret: grpc.handleUnaryCall<_swarmgate_control_v1_ReplacePoolKeySecretRequest__Output, _swarmgate_control_v1_PoolKey>;
  
  UpdatePoolKey: grpc.handleUnaryCall<_swarmgate_control_v1_UpdatePoolKeyRequest__Output, _swarmgate_control_v1_PoolKey>;
  
}

export interface PoolServiceDefinition extends grpc.ServiceDefinition {
  AssignSlot: MethodDefinition<_swarmgate_control_v1_AssignSlotRequest, _swarmgate_control_v1_PoolSlot, _swarmgate_control_v1_AssignSlotRequest__Output, _swarmgate_control_v1_PoolSlot__Output>
  CreatePoolKey: MethodDefinition<_swarmgate_control_v1_CreatePoolKeyRequest, _swarmgate_control_v1_PoolKey, _swarmgate_control_v1_CreatePoolKeyRequest__Output, _swarmgate_control_v1_PoolKey__Output>
  DeletePoolKey: MethodDefinition<_swarmgate_control_v1_DeletePoolKeyRequest, _google_protobuf_Empty, _swarmgate_control_v1_DeletePoolKeyRequest__Output, _google_protobuf_Empty__Output>
  DisablePoolKey: MethodDefinition<_swarmgate_control_v1_DisablePoolKeyRequest, _swarmgate_control_v1_PoolKey, _swarmgate_control_v1_DisablePoolKeyRequest__Output, _swarmgate_control_v1_PoolKey__Output>
  EnablePoolKey: MethodDefinition<_swarmgate_control_v1_EnablePoolKeyRequest, _swarmgate_control_v1_PoolKey, _swarmgate_control_v1_EnablePoolKeyRequest__Output, _swarmgate_control_v1_PoolKey__Output>
  EndStream: MethodDefinition<_swarmgate_control_v1_EndStreamRequest, _swarmgate_control_v1_PoolStream, _swarmgate_control_v1_EndStreamRequest__Output, _swarmgate_control_v1_PoolStream__Output>
  GetPoolKey: MethodDefinition<_swarmgate_control_v1_GetPoolKeyRequest, _swarmgate_control_v1_PoolKey, _swarmgate_control_v1_GetPoolKeyRequest__Output, _swarmgate_control_v1_PoolKey__Output>
  GetPoolStatus: MethodDefinition<_swarmgate_control_v1_GetPoolStatusRequest, _swarmgate_control_v1_PoolStatus, _swarmgate_control_v1_GetPoolStatusRequest__Output, _swarmgate_control_v1_PoolStatus__Output>
  ListHealthChecks: MethodDefinition<_swarmgate_control_v1_ListHealthChecksRequest, _swarmgate_control_v1_ListHealthChecksResponse, _swarmgate_control_v1_ListHealthChecksRequest__Output, _swarmgate_control_v1_ListHealthChecksResponse__Output>
  ListLiveStreams: MethodDefinition<_swarmgate_control_v1_ListLiveStreamsRequest, _swarmgate_control_v1_ListLiveStreamsResponse, _swarmgate_control_v1_ListLiveStreamsRequest__Output, _swarmgate_control_v1_ListLiveStreamsResponse__Output>
  ListPoolKeys: MethodDefinition<_swarmgate_control_v1_ListPoolKeysRequest, _swarmgate_control_v1_ListPoolKeysResponse, _swarmgate_control_v1_ListPoolKeysRequest__Output, _swarmgate_control_v1_ListPoolKeysResponse__Output>
  ListPoolStatus: MethodDefinition<_swarmgate_control_v1_ListPoolStatusRequest, _swarmgate_control_v1_ListPoolStatusResponse, _swarmgate_control_v1_ListPoolStatusRequest__Output, _swarmgate_control_v1_ListPoolStatusResponse__Output>
  ListSlots: MethodDefinition<_swarmgate_control_v1_ListSlotsRequest, _swarmgate_control_v1_ListSlotsResponse, _swarmgate_control_v1_ListSlotsRequest__Output, _swarmgate_control_v1_ListSlotsResponse__Output>
  ListUsageLogs: MethodDefinition<_swarmgate_control_v1_ListUsageLogsRequest, _swarmgate_control_v1_ListUsageLogsResponse, _swarmgate_control_v1_ListUsageLogsRequest__Output, _swarmgate_control_v1_ListUsageLogsResponse__Output>
  ReclaimIdleSlots: MethodDefinition<_swarmgate_control_v1_ReclaimIdleSlotsRequest, _swarmgate_control_v1_ReclaimIdleSlotsResponse, _swarmgate_control_v1_ReclaimIdleSlotsRequest__Output, _swarmgate_control_v1_ReclaimIdleSlotsResponse__Output>
  ReleaseSlot: MethodDefinition<_swarmgate_control_v1_ReleaseSlotRequest, _swarmgate_control_v1_PoolSlot, _swarmgate_control_v1_ReleaseSlotRequest__Output, _swarmgate_control_v1_PoolSlot__Output>
  ReplacePoolKeySecret: MethodDefinition<_swarmgate_control_v1_ReplacePoolKeySecretRequest, _swarmgate_control_v1_PoolKey, _swarmgate_control_v1_ReplacePoolKeySecretRequest__Output, _swarmgate_control_v1_PoolKey__Output>
  UpdatePoolKey: MethodDefinition<_swarmgate_control_v1_UpdatePoolKeyRequest, _swarmgate_control_v1_PoolKey, _swarmgate_control_v1_UpdatePoolKeyRequest__Output, _swarmgate_control_v1_PoolKey__Output>
}
