// Original file: proto/swarmgate/control/v1/torrents.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ApproveTorrentRequest as _swarmgate_control_v1_ApproveTorrentRequest, ApproveTorrentRequest__Output as _swarmgate_control_v1_ApproveTorrentRequest__Output } from '../../../swarmgate/control/v1/ApproveTorrentRequest.js';
import type { DeleteTorrentRequest as _swarmgate_control_v1_DeleteTorrentRequest, DeleteTorrentRequest__Output as _swarmgate_control_v1_DeleteTorrentRequest__Output } from '../../../swarmgate/control/v1/DeleteTorrentRequest.js';
import type { DownloadTorrentFileRequest as _swarmgate_control_v1_DownloadTorrentFileRequest, DownloadTorrentFileRequest__Output as _swarmgate_control_v1_DownloadTorrentFileRequest__Output } from '../../../swarmgate/control/v1/DownloadTorrentFileRequest.js';
import type { DownloadTorrentFileResponse as _swarmgate_control_v1_DownloadTorrentFileResponse, DownloadTorrentFileResponse__Output as _swarmgate_control_v1_DownloadTorrentFileResponse__Output } from '../../../swarmgate/control/v1/DownloadTorrentFileResponse.js';
import type { GetTorrentRequest as _swarmgate_control_v1_GetTorrentRequest, GetTorrentRequest__Output as _swarmgate_control_v1_GetTorrentRequest__Output } from '../../../swarmgate/control/v1/GetTorrentRequest.js';
import type { ListCategoriesRequest as _swarmgate_control_v1_ListCategoriesRequest, ListCategoriesRequest__Output as _swarmgate_control_v1_ListCategoriesRequest__Output } from '../../../swarmgate/control/v1/ListCategoriesRequest.js';
import type { ListCategoriesResponse as _swarmgate_control_v1_ListCategoriesResponse, ListCategoriesResponse__Output as _swarmgate_control_v1_ListCategoriesResponse__Output } from '../../../swarmgate/control/v1/ListCategoriesResponse.js';
import type { ListTorrentsRequest as _swarmgate_control_v1_ListTorrentsRequest, ListTorrentsRequest__Output as _swarmgate_control_v1_ListTorrentsRequest__Output } from '../../../swarmgate/control/v1/ListTorrentsRequest.js';
import type { ListTorrentsResponse as _swarmgate_control_v1_ListTorrentsResponse, ListTorrentsResponse__Output as _swarmgate_control_v1_ListTorrentsResponse__Output } from '../../../swarmgate/control/v1/ListTorrentsResponse.js';
import type { PostponeTorrentRequest as _swarmgate_control_v1_PostponeTorrentRequest, PostponeTorrentRequest__Output as _swarmgate_control_v1_PostponeTorrentRequest__Output } from '../../../swarmgate/control/v1/PostponeTorrentRequest.js';
import type { RegisterTorrentRequest as _swarmgate_control_v1_RegisterTorrentRequest, RegisterTorrentRequest__Output as _swarmgate_control_v1_RegisterTorrentRequest__Output } from '../../../swarmgate/control/v1/RegisterTorrentRequest.js';
import type { RejectTorrentRequest as _swarmgate_control_v1_RejectTorrentRequest, RejectTorrentRequest__Output as _swarmgate_control_v1_RejectTorrentRequest__Output } from '../../../swarmgate/control/v1/RejectTorrentRequest.js';
import type { Torrent as _swarmgate_control_v1_Torrent, Torrent__Output as _swarmgate_control_v1_Torrent__Output } from '../../../swarmgate/control/v1/Torrent.js';
import type { UpdateTorrentRequest as _swarmgate_control_v1_UpdateTorrentRequest, UpdateTorrentRequest__Output as _swarmgate_control_v1_UpdateTorrentRequest__Output } from '../../../swarmgate/control/v1/UpdateTorrentRequest.js';

export interface TorrentServiceClient extends grpc.Client {
  ApproveTorrent(argument: _swarmgate_control_v1_ApproveTorrentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  ApproveTorrent(argument: _swarmgate_control_v1_ApproveTorrentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  ApproveTorrent(argument: _swarmgate_control_v1_ApproveTorrentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  ApproveTorrent(argument: _swarmgate_control_v1_ApproveTorrentRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  approveTorrent(argument: _swarmgate_control_v1_ApproveTorrentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  approveTorrent(argument: _swarmgate_control_v1_ApproveTorrentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  approveTorrent(argument: _swarmgate_control_v1_ApproveTorrentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  approveTorrent(argument: _swarmgate_control_v1_ApproveTorrentRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  
  DeleteTorrent(argument: _swarmgate_control_v1_DeleteTorrentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  DeleteTorrent(argument: _swarmgate_control_v1_DeleteTorrentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  DeleteTorrent(argument: _swarmgate_control_v1_DeleteTorrentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  DeleteTorrent(argument: _swarmgate_control_v1_DeleteTorrentRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  deleteTorrent(argument: _swarmgate_control_v1_DeleteTorrentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  deleteTorrent(argument: _swarmgate_control_v1_DeleteTorrentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  deleteTorrent(argument: _swarmgate_control_v1_DeleteTorrentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  deleteTorrent(argument: _swarmgate_control_v1_DeleteTorrentRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  
  DownloadTorrentFile(argument: _swarmgate_control_v1_DownloadTorrentFileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_DownloadTorrentFileResponse__Output>): grpc.ClientUnaryCall;
  DownloadTorrentFile(argument: _swarmgate_control_v1_DownloadTorrentFileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_DownloadTorrentFileResponse__Output>): grpc.ClientUnaryCall;
  DownloadTorrentFile(argument: _swarmgate_control_v1_DownloadTorrentFileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_DownloadTorrentFileResponse__Output>): grpc.ClientUnaryCall;
  DownloadTorrentFile(argument: _swarmgate_control_v1_DownloadTorrentFileRequest, callback: grpc.requestCallback<_swarmgate_control_v1_DownloadTorrentFileResponse__Output>): grpc.ClientUnaryCall;
  downloadTorrentFile(argument: _swarmgate_control_v1_DownloadTorrentFileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_DownloadTorrentFileResponse__Output>): grpc.ClientUnaryCall;
  downloadTorrentFile(argument: _swarmgate_control_v1_DownloadTorrentFileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_DownloadTorrentFileResponse__Output>): grpc.ClientUnaryCall;
  downloadTorrentFile(argument: _swarmgate_control_v1_DownloadTorrentFileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_DownloadTorrentFileResponse__Output>): grpc.ClientUnaryCall;
  downloadTorrentFile(argument: _swarmgate_control_v1_DownloadTorrentFileRequest, callback: grpc.requestCallback<_swarmgate_control_v1_DownloadTorrentFileResponse__Output>): grpc.ClientUnaryCall;
  
  GetTorrent(argument: _swarmgate_control_v1_GetTorrentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  GetTorrent(argument: _swarmgate_control_v1_GetTorrentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  GetTorrent(argument: _swarmgate_control_v1_GetTorrentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  GetTorrent(argument: _swarmgate_control_v1_GetTorrentRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  getTorrent(argument: _swarmgate_control_v1_GetTorrentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  getTorrent(argument: _swarmgate_control_v1_GetTorrentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  getTorrent(argument: _swarmgate_control_v1_GetTorrentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  getTorrent(argument: _swarmgate_control_v1_GetTorrentRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  
  ListCategories(argument: _swarmgate_control_v1_ListCategoriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListCategoriesResponse__Output>): grpc.ClientUnaryCall;
  ListCategories(argument: _swarmgate_control_v1_ListCategoriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListCategoriesResponse__Output>): grpc.ClientUnaryCall;
  ListCategories(argument: _swarmgate_control_v1_ListCategoriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListCategoriesResponse__Output>): grpc.ClientUnaryCall;
  ListCategories(argument: _swarmgate_control_v1_ListCategoriesRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListCategoriesResponse__Output>): grpc.ClientUnaryCall;
  listCategories(argument: _swarmgate_control_v1_ListCategoriesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListCategoriesResponse__Output>): grpc.ClientUnaryCall;
  listCategories(argument: _swarmgate_control_v1_ListCategoriesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListCategoriesResponse__Output>): grpc.ClientUnaryCall;
  listCategories(argument: _swarmgate_control_v1_ListCategoriesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListCategoriesResponse__Output>): grpc.ClientUnaryCall;
  listCategories(argument: _swarmgate_control_v1_ListCategoriesRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListCategoriesResponse__Output>): grpc.ClientUnaryCall;
  
  ListTorrents(argument: _swarmgate_control_v1_ListTorrentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListTorrentsResponse__Output>): grpc.ClientUnaryCall;
  ListTorrents(argument: _swarmgate_control_v1_ListTorrentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListTorrentsResponse__Output>): grpc.ClientUnaryCall;
  ListTorrents(argument: _swarmgate_control_v1_ListTorrentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListTorrentsResponse__Output>): grpc.ClientUnaryCall;
  ListTorrents(argument: _swarmgate_control_v1_ListTorrentsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListTorrentsResponse__Output>): grpc.ClientUnaryCall;
  listTorrents(argument: _swarmgate_control_v1_ListTorrentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListTorrentsResponse__Output>): grpc.ClientUnaryCall;
  listTorrents(argument: _swarmgate_control_v1_ListTorrentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListTorrentsResponse__Output>): grpc.ClientUnaryCall;
  listTorrents(argument: _swarmgate_control_v1_ListTorrentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListTorrentsResponse__Output>): grpc.ClientUnaryCall;
  listTorrents(argument: _swarmgate_control_v1_ListTorrentsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListTorrentsResponse__Output>): grpc.ClientUnaryCall;
  
  PostponeTorrent(argument: _swarmgate_control_v1_PostponeTorrentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  PostponeTorrent(argument: _swarmgate_control_v1_PostponeTorrentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  PostponeTorrent(argument: _swarmgate_control_v1_PostponeTorrentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  PostponeTorrent(argument: _swarmgate_control_v1_PostponeTorrentRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  postponeTorrent(argument: _swarmgate_control_v1_PostponeTorrentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  postponeTorrent(argument: _swarmgate_control_v1_PostponeTorrentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  postponeTorrent(argument: _swarmgate_control_v1_PostponeTorrentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  postponeTorrent(argument: _swarmgate_control_v1_PostponeTorrentRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  
  RegisterTorrent(argument: _swarmgate_control_v1_RegisterTorrentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  RegisterTorrent(argument: _swarmgate_control_v1_RegisterTorrentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  RegisterTorrent(argument: _swarmgate_control_v1_RegisterTorrentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  RegisterTorrent(argument: _swarmgate_control_v1_RegisterTorrentRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  registerTorrent(argument: _swarmgate_control_v1_RegisterTorrentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  registerTorrent(argument: _swarmgate_control_v1_RegisterTorrentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  registerTorrent(argument: _swarmgate_control_v1_RegisterTorrentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  registerTorrent(argument: _swarmgate_control_v1_RegisterTorrentRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  
  RejectTorrent(argument: _swarmgate_control_v1_RejectTorrentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  RejectTorrent(argument: _swarmgate_control_v1_RejectTorrentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  RejectTorrent(argument: _swarmgate_control_v1_RejectTorrentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  RejectTorrent(argument: _swarmgate_control_v1_RejectTorrentRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  rejectTorrent(argument: _swarmgate_control_v1_RejectTorrentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  rejectTorrent(argument: _swarmgate_control_v1_RejectTorrentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  rejectTorrent(argument: _swarmgate_control_v1_RejectTorrentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  rejectTorrent(argument: _swarmgate_control_v1_RejectTorrentRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  
  UpdateTorrent(argument: _swarmgate_control_v1_UpdateTorrentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  UpdateTorrent(argument: _swarmgate_control_v1_UpdateTorrentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  UpdateTorrent(argument: _swarmgate_control_v1_UpdateTorrentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  UpdateTorrent(argument: _swarmgate_control_v1_UpdateTorrentRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  updateTorrent(argument: _swarmgate_control_v1_UpdateTorrentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  updateTorrent(argument: _swarmgate_control_v1_UpdateTorrentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  updateTorrent(argument: _swarmgate_control_v1_UpdateTorrentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  updateTorrent(argument: _swarmgate_control_v1_UpdateTorrentRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Torrent__Output>): grpc.ClientUnaryCall;
  
}

export interface TorrentServiceHandlers extends grpc.UntypedServiceImplementation {
  ApproveTorrent: grpc.handleUnaryCall<_swarmgate_control_v1_ApproveTorrentRequest__Output, _swarmgate_control_v1_Torrent>;
  
  DeleteTorrent: grpc.handleUnaryCall<_swarmgate_control_v1_DeleteTorrentRequest__Output, _swarmgate_control_v1_Torrent>;
  
  DownloadTorrentFile: grpc.handleUnaryCall<_swarmgate_control_v1_DownloadTorrentFileRequest__Output, _swarmgate_control_v1_DownloadTorrentFileResponse>;
  
  GetTorrent: grpc.handleUnaryCall<_swarmgate_control_v1_GetTorrentRequest__Output, _swarmgate_control_v1_Torrent>;
  
  ListCategories: grpc.handleUnaryCall<_swarmgate_control_v1_ListCategoriesRequest__Output, _swarmgate_control_v1_ListCategoriesResponse>;
  
  ListTorrents: grpc.handleUnaryCall<_swarmgate_control_v1_ListTorrentsRequest__Output, _swarmgate_control_v1_ListTorrentsResponse>;
  
  PostponeTorrent: grpc.handleUnaryCall<_swarmgate_control_v1_PostponeTorrentRequest__Output, _swarmgate_control_v1_Torrent>;
  
  RegisterTorrent: grpc.handleUnaryCall<_swarmgate_control_v1_RegisterTorrentRequest__Output, _swarmgate_control_v1_Torrent>;
  
  RejectTorrent: grpc.handleUnaryCall<_swarmgate_control_v1_RejectTorrentRequest__Output, _swarmgate_control_v1_Torrent>;
  
  UpdateTorrent: grpc.handleUnaryCall<_swarmgate_control_v1_UpdateTorrentRequest__Output, _swarmgate_control_v1_Torrent>;
  
}

export interface TorrentServiceDefinition extends grpc.ServiceDefinition {
  ApproveTorrent: MethodDefinition<_swarmgate_control_v1_ApproveTorrentRequest, _swarmgate_control_v1_Torrent, _swarmgate_control_v1_ApproveTorrentRequest__Output, _swarmgate_control_v1_Torrent__Output>
  DeleteTorrent: MethodDefinition<_swarmgate_control_v1_DeleteTorrentRequest, _swarmgate_control_v1_Torrent, _swarmgate_control_v1_DeleteTorrentRequest__Output, _swarmgate_control_v1_Torrent__Output>
  DownloadTorrentFile: MethodDefinition<_swarmgate_control_v1_DownloadTorrentFileRequest, _swarmgate_control_v1_DownloadTorrentFileResponse, _swarmgate_control_v1_DownloadTorrentFileRequest__Output, _swarmgate_control_v1_DownloadTorrentFileResponse__Output>
  GetTorrent: MethodDefinition<_swarmgate_control_v1_GetTorrentRequest, _swarmgate_control_v1_Torrent, _swarmgate_control_v1_GetTorrentRequest__Output, _swarmgate_control_v1_Torrent__Output>
  ListCategories: MethodDefinition<_swarmgate_control_v1_ListCategoriesRequest, _swarmgate_control_v1_ListCategoriesResponse, _swarmgate_control_v1_ListCategoriesRequest__Output, _swarmgate_control_v1_ListCategoriesResponse__Output>
  ListTorrents: MethodDefinition<_swarmgate_control_v1_ListTorrentsRequest, _swarmgate_control_v1_ListTorrentsResponse, _swarmgate_control_v1_ListTorrentsRequest__Output, _swarmgate_control_v1_ListTorrentsResponse__Output>
  PostponeTorrent: MethodDefinition<_swarmgate_control_v1_PostponeTorrentRequest, _swarmgate_control_v1_Torrent, _swarmgate_control_v1_PostponeTorrentRequest__Output, _swarmgate_control_v1_Torrent__Output>
  RegisterTorrent: MethodDefinition<_swarmgate_control_v1_RegisterTorrentRequest, _swarmgate_control_v1_Torrent, _swarmgate_control_v1_RegisterTorrentRequest__Output, _swarmgate_control_v1_Torrent__Output>
  RejectTorrent: MethodDefinition<_swarmgate_control_v1_RejectTorrentRequest, _swarmgate_control_v1_Torrent, _swarmgate_control_v1_RejectTorrentRequest__Output, _swarmgate_control_v1_Torrent__Output>
  UpdateTorrent: MethodDefinition<_swarmgate_control_v1_UpdateTorrentRequest, _swarmgate_control_v1_Torrent, _swarmgate_control_v1_UpdateTorrentRequest__Output, _swarmgate_control_v1_Torrent__Output>
}
