// Original file: proto/swarmgate/control/v1/auth.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ApiToken as _swarmgate_control_v1_ApiToken, ApiToken__Output as _swarmgate_control_v1_ApiToken__Output } from '../../../swarmgate/control/v1/ApiToken.js';
import type { Caller as _swarmgate_control_v1_Caller, Caller__Output as _swarmgate_control_v1_Caller__Output } from '../../../swarmgate/control/v1/Caller.js';
import type { CreateApiTokenRequest as _swarmgate_control_v1_CreateApiTokenRequest, CreateApiTokenRequest__Output as _swarmgate_control_v1_CreateApiTokenRequest__Output } from '../../../swarmgate/control/v1/CreateApiTokenRequest.js';
import type { CreateApiTokenResponse as _swarmgate_control_v1_CreateApiTokenResponse, CreateApiTokenResponse__Output as _swarmgate_control_v1_CreateApiTokenResponse__Output } from '../../../swarmgate/control/v1/CreateApiTokenResponse.js';
import type { Empty as _google_protobuf_Empty, Empty__Output as _google_protobuf_Empty__Output } from '../../../google/protobuf/Empty.js';
import type { GetCallerRequest as _swarmgate_control_v1_GetCallerRequest, GetCallerRequest__Output as _swarmgate_control_v1_GetCallerRequest__Output } from '../../../swarmgate/control/v1/GetCallerRequest.js';
import type { ListApiTokensRequest as _swarmgate_control_v1_ListApiTokensRequest, ListApiTokensRequest__Output as _swarmgate_control_v1_ListApiTokensRequest__Output } from '../../../swarmgate/control/v1/ListApiTokensRequest.js';
import type { ListApiTokensResponse as _swarmgate_control_v1_ListApiTokensResponse, ListApiTokensResponse__Output as _swarmgate_control_v1_ListApiTokensResponse__Output } from '../../../swarmgate/control/v1/ListApiTokensResponse.js';
import type { LoginRequest as _swarmgate_control_v1_LoginRequest, LoginRequest__Output as _swarmgate_control_v1_LoginRequest__Output } from '../../../swarmgate/control/v1/LoginRequest.js';
import type { LoginResponse as _swarmgate_control_v1_LoginResponse, LoginResponse__Output as _swarmgate_control_v1_LoginResponse__Output } from '../../../swarmgate/control/v1/LoginResponse.js';
import type { LogoutRequest as _swarmgate_control_v1_LogoutRequest, LogoutRequest__Output as _swarmgate_control_v1_LogoutRequest__Output } from '../../../swarmgate/control/v1/LogoutRequest.js';
import type { RevokeApiTokenRequest as _swarmgate_control_v1_RevokeApiTokenRequest, RevokeApiTokenRequest__Output as _swarmgate_control_v1_RevokeApiTokenRequest__Output } from '../../../swarmgate/control/v1/RevokeApiTokenRequest.js';

export interface AuthServiceClient extends grpc.Client {
  CreateApiToken(argument: _swarmgate_control_v1_CreateApiTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_CreateApiTokenResponse__Output>): grpc.ClientUnaryCall;
  CreateApiToken(argument: _swarmgate_control_v1_CreateApiTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_CreateApiTokenResponse__Output>): grpc.ClientUnaryCall;
  CreateApiToken(argument: _swarmgate_control_v1_CreateApiTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_CreateApiTokenResponse__Output>): grpc.ClientUnaryCall;
  CreateApiToken(argument: _swarmgate_control_v1_CreateApiTokenRequest, callback: grpc.requestCallback<_swarmgate_control_v1_CreateApiTokenResponse__Output>): grpc.ClientUnaryCall;
  createApiToken(argument: _swarmgate_control_v1_CreateApiTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_CreateApiTokenResponse__Output>): grpc.ClientUnaryCall;
  createApiToken(argument: _swarmgate_control_v1_CreateApiTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_CreateApiTokenResponse__Output>): grpc.ClientUnaryCall;
  createApiToken(argument: _swarmgate_control_v1_CreateApiTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_CreateApiTokenResponse__Output>): grpc.ClientUnaryCall;
  createApiToken(argument: _swarmgate_control_v1_CreateApiTokenRequest, callback: grpc.requestCallback<_swarmgate_control_v1_CreateApiTokenResponse__Output>): grpc.ClientUnaryCall;
  
  GetCaller(argument: _swarmgate_control_v1_GetCallerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Caller__Output>): grpc.ClientUnaryCall;
  GetCaller(argument: _swarmgate_control_v1_GetCallerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Caller__Output>): grpc.ClientUnaryCall;
  GetCaller(argument: _swarmgate_control_v1_GetCallerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Caller__Output>): grpc.ClientUnaryCall;
  GetCaller(argument: _swarmgate_control_v1_GetCallerRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Caller__Output>): grpc.ClientUnaryCall;
  getCaller(argument: _swarmgate_control_v1_GetCallerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Caller__Output>): grpc.ClientUnaryCall;
  getCaller(argument: _swarmgate_control_v1_GetCallerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Caller__Output>): grpc.ClientUnaryCall;
  getCaller(argument: _swarmgate_control_v1_GetCallerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Caller__Output>): grpc.ClientUnaryCall;
  getCaller(argument: _swarmgate_control_v1_GetCallerRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Caller__Output>): grpc.ClientUnaryCall;
  
  ListApiTokens(argument: _swarmgate_control_v1_ListApiTokensRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListApiTokensResponse__Output>): grpc.ClientUnaryCall;
  ListApiTokens(argument: _swarmgate_control_v1_ListApiTokensRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListApiTokensResponse__Output>): grpc.ClientUnaryCall;
  ListApiTokens(argument: _swarmgate_control_v1_ListApiTokensRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListApiTokensResponse__Output>): grpc.ClientUnaryCall;
  ListApiTokens(argument: _swarmgate_control_v1_ListApiTokensRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListApiTokensResponse__Output>): grpc.ClientUnaryCall;
  listApiTokens(argument: _swarmgate_control_v1_ListApiTokensRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListApiTokensResponse__Output>): grpc.ClientUnaryCall;
  listApiTokens(argument: _swarmgate_control_v1_ListApiTokensRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListApiTokensResponse__Output>): grpc.ClientUnaryCall;
  listApiTokens(argument: _swarmgate_control_v1_ListApiTokensRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListApiTokensResponse__Output>): grpc.ClientUnaryCall;
  listApiTokens(argument: _swarmgate_control_v1_ListApiTokensRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListApiTokensResponse__Output>): grpc.ClientUnaryCall;
  
  Login(argument: _swarmgate_control_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _swarmgate_control_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _swarmgate_control_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _swarmgate_control_v1_LoginRequest, callback: grpc.requestCallback<_swarmgate_control_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _swarmgate_control_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _swarmgate_control_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _swarmgate_control_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _swarmgate_control_v1_LoginRequest, callback: grpc.requestCallback<_swarmgate_control_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  
  Logout(argument: _swarmgate_control_v1_LogoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  Logout(argument: _swarmgate_control_v1_LogoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  Logout(argument: _swarmgate_control_v1_LogoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  Logout(argument: _swarmgate_control_v1_LogoutRequest, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  logout(argument: _swarmgate_control_v1_LogoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  logout(argument: _swarmgate_control_v1_LogoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  logout(argument: _swarmgate_control_v1_LogoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  logout(argument: _swarmgate_control_v1_LogoutRequest, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  
  RevokeApiToken(argument: _swarmgate_control_v1_RevokeApiTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ApiToken__Output>): grpc.ClientUnaryCall;
  RevokeApiToken(argument: _swarmgate_control_v1_RevokeApiTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ApiToken__Output>): grpc.ClientUnaryCall;
  RevokeApiToken(argument: _swarmgate_control_v1_RevokeApiTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ApiToken__Output>): grpc.ClientUnaryCall;
  RevokeApiToken(argument: _swarmgate_control_v1_RevokeApiTokenRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ApiToken__Output>): grpc.ClientUnaryCall;
  revokeApiToken(argument: _swarmgate_control_v1_RevokeApiTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ApiToken__Output>): grpc.ClientUnaryCall;
  revokeApiToken(argument: _swarmgate_control_v1_RevokeApiTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ApiToken__Output>): grpc.ClientUnaryCall;
  revokeApiToken(argument: _swarmgate_control_v1_RevokeApiTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ApiToken__Output>): grpc.ClientUnaryCall;
  revokeApiToken(argument: _swarmgate_control_v1_RevokeApiTokenRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ApiToken__Output>): grpc.ClientUnaryCall;
  
}

export interface AuthServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateApiToken: grpc.handleUnaryCall<_swarmgate_control_v1_CreateApiTokenRequest__Output, _swarmgate_control_v1_CreateApiTokenResponse>;
  
  GetCaller: grpc.handleUnaryCall<_swarmgate_control_v1_GetCallerRequest__Output, _swarmgate_control_v1_Caller>;
  
  ListApiTokens: grpc.handleUnaryCall<_swarmgate_control_v1_ListApiTokensRequest__Output, _swarmgate_control_v1_ListApiTokensResponse>;
  
  Login: grpc.handleUnaryCall<_swarmgate_control_v1_LoginRequest__Output, _swarmgate_control_v1_LoginResponse>;
  
  Logout: grpc.handleUnaryCall<_swarmgate_control_v1_LogoutRequest__Output, _google_protobuf_Empty>;
  
  RevokeApiToken: grpc.handleUnaryCall<_swarmgate_control_v1_RevokeApiTokenRequest__Output, _swarmgate_control_v1_ApiToken>;
  
}

export interface AuthServiceDefinition extends grpc.ServiceDefinition {
  CreateApiToken: MethodDefinition<_swarmgate_control_v1_CreateApiTokenRequest, _swarmgate_control_v1_CreateApiTokenResponse, _swarmgate_control_v1_CreateApiTokenRequest__Output, _swarmgate_control_v1_CreateApiTokenResponse__Output>
  GetCaller: MethodDefinition<_swarmgate_control_v1_GetCallerRequest, _swarmgate_control_v1_Caller, _swarmgate_control_v1_GetCallerRequest__Output, _swarmgate_control_v1_Caller__Output>
  ListApiTokens: MethodDefinition<_swarmgate_control_v1_ListApiTokensRequest, _swarmgate_control_v1_ListApiTokensResponse, _swarmgate_control_v1_ListApiTokensRequest__Output, _swarmgate_control_v1_ListApiTokensResponse__Output>
  Login: MethodDefinition<_swarmgate_control_v1_LoginRequest, _swarmgate_control_v1_LoginResponse, _swarmgate_control_v1_LoginRequest__Output, _swarmgate_control_v1_LoginResponse__Output>
  Logout: MethodDefinition<_swarmgate_control_v1_LogoutRequest, _google_protobuf_Empty, _swarmgate_control_v1_LogoutRequest__Output, _google_protobuf_Empty__Output>
  RevokeApiToken: MethodDefinition<_swarmgate_control_v1_RevokeApiTokenRequest, _swarmgate_control_v1_ApiToken, _swarmgate_control_v1_RevokeApiTokenRequest__Output, _swarmgate_control_v1_ApiToken__Output>
}
