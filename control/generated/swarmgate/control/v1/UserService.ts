// Original file: proto/swarmgate/control/v1/users.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ChangePasswordRequest as _swarmgate_control_v1_ChangePasswordRequest, ChangePasswordRequest__Output as _swarmgate_control_v1_ChangePasswordRequest__Output } from '../../../swarmgate/control/v1/ChangePasswordRequest.js';
import type { CreateUserRequest as _swarmgate_control_v1_CreateUserRequest, CreateUserRequest__Output as _swarmgate_control_v1_CreateUserRequest__Output } from '../../../swarmgate/control/v1/CreateUserRequest.js';
import type { CreateUserResponse as _swarmgate_control_v1_CreateUserResponse, CreateUserResponse__Output as _swarmgate_control_v1_CreateUserResponse__Output } from '../../../swarmgate/control/v1/CreateUserResponse.js';
import type { DeleteUserRequest as _swarmgate_control_v1_DeleteUserRequest, DeleteUserRequest__Output as _swarmgate_control_v1_DeleteUserRequest__Output } from '../../../swarmgate/control/v1/DeleteUserRequest.js';
import type { DisableTwoFactorRequest as _swarmgate_control_v1_DisableTwoFactorRequest, DisableTwoFactorRequest__Output as _swarmgate_control_v1_DisableTwoFactorRequest__Output } from '../../../swarmgate/control/v1/DisableTwoFactorRequest.js';
import type { DisableUserRequest as _swarmgate_control_v1_DisableUserRequest, DisableUserRequest__Output as _swarmgate_control_v1_DisableUserRequest__Output } from '../../../swarmgate/control/v1/DisableUserRequest.js';
import type { Empty as _google_protobuf_Empty, Empty__Output as _google_protobuf_Empty__Output } from '../../../google/protobuf/Empty.js';
import type { EnableUserRequest as _swarmgate_control_v1_EnableUserRequest, EnableUserRequest__Output as _swarmgate_control_v1_EnableUserRequest__Output } from '../../../swarmgate/control/v1/EnableUserRequest.js';
import type { EnrollTwoFactorRequest as _swarmgate_control_v1_EnrollTwoFactorRequest, EnrollTwoFactorRequest__Output as _swarmgate_control_v1_EnrollTwoFactorRequest__Output } from '../../../swarmgate/control/v1/EnrollTwoFactorRequest.js';
import type { EnrollTwoFactorResponse as _swarmgate_control_v1_EnrollTwoFactorResponse, EnrollTwoFactorResponse__Output as _swarmgate_control_v1_EnrollTwoFactorResponse__Output } from '../../../swarmgate/control/v1/EnrollTwoFactorResponse.js';
import type { GetUserRequest as _swarmgate_control_v1_GetUserRequest, GetUserRequest__Output as _swarmgate_control_v1_GetUserRequest__Output } from '../../../swarmgate/control/v1/GetUserRequest.js';
import type { GetUserStatisticsRequest as _swarmgate_control_v1_GetUserStatisticsRequest, GetUserStatisticsRequest__Output as _swarmgate_control_v1_GetUserStatisticsRequest__Output } from '../../../swarmgate/control/v1/GetUserStatisticsRequest.js';
import type { ListUserSessionsRequest as _swarmgate_control_v1_ListUserSessionsRequest, ListUserSessionsRequest__Output as _swarmgate_control_v1_ListUserSessionsRequest__Output } from '../../../swarmgate/control/v1/ListUserSessionsRequest.js';
import type { ListUserSessionsResponse as _swarmgate_control_v1_ListUserSessionsResponse, ListUserSessionsResponse__Output as _swarmgate_control_v1_ListUserSessionsResponse__Output } from '../../../swarmgate/control/v1/ListUserSessionsResponse.js';
import type { ListUsersRequest as _swarmgate_control_v1_ListUsersRequest, ListUsersRequest__Output as _swarmgate_control_v1_ListUsersRequest__Output } from '../../../swarmgate/control/v1/ListUsersRequest.js';
import type { ListUsersResponse as _swarmgate_control_v1_ListUsersResponse, ListUsersResponse__Output as _swarmgate_control_v1_ListUsersResponse__Output } from '../../../swarmgate/control/v1/ListUsersResponse.js';
import type { RevokeUserSessionRequest as _swarmgate_control_v1_RevokeUserSessionRequest, RevokeUserSessionRequest__Output as _swarmgate_control_v1_RevokeUserSessionRequest__Output } from '../../../swarmgate/control/v1/RevokeUserSessionRequest.js';
import type { RotatePasskeyRequest as _swarmgate_control_v1_RotatePasskeyRequest, RotatePasskeyRequest__Output as _swarmgate_control_v1_RotatePasskeyRequest__Output } from '../../../swarmgate/control/v1/RotatePasskeyRequest.js';
import type { Session as _swarmgate_control_v1_Session, Session__Output as _swarmgate_control_v1_Session__Output } from '../../../swarmgate/control/v1/Session.js';
import type { UpdateUserRequest as _swarmgate_control_v1_UpdateUserRequest, UpdateUserRequest__Output as _swarmgate_control_v1_UpdateUserRequest__Output } from '../../../swarmgate/control/v1/UpdateUserRequest.js';
import type { User as _swarmgate_control_v1_User, User__Output as _swarmgate_control_v1_User__Output } from '../../../swarmgate/control/v1/User.js';
import type { UserStatistics as _swarmgate_control_v1_UserStatistics, UserStatistics__Output as _swarmgate_control_v1_UserStatistics__Output } from '../../../swarmgate/control/v1/UserStatistics.js';
import type { VerifyTwoFactorRequest as _swarmgate_control_v1_VerifyTwoFactorRequest, VerifyTwoFactorRequest__Output as _swarmgate_control_v1_VerifyTwoFactorRequest__Output } from '../../../swarmgate/control/v1/VerifyTwoFactorRequest.js';

export interface UserServiceClient extends grpc.Client {
  ChangePassword(argument: _swarmgate_control_v1_ChangePasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  ChangePassword(argument: _swarmgate_control_v1_ChangePasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  ChangePassword(argument: _swarmgate_control_v1_ChangePasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  ChangePassword(argument: _swarmgate_control_v1_ChangePasswordRequest, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _swarmgate_control_v1_ChangePasswordRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _swarmgate_control_v1_ChangePasswordRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _swarmgate_control_v1_ChangePasswordRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  changePassword(argument: _swarmgate_control_v1_ChangePasswordRequest, callback: grpc.requestCallback<_google_protobuf_Empty__Output>): grpc.ClientUnaryCall;
  
  CreateUser(argument: _swarmgate_control_v1_CreateUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  CreateUser(argument: _swarmgate_control_v1_CreateUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  CreateUser(argument: _swarmgate_control_v1_CreateUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  CreateUser(argument: _swarmgate_control_v1_CreateUserRequest, callback: grpc.requestCallback<_swarmgate_control_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  createUser(argument: _swarmgate_control_v1_CreateUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  createUser(argument: _swarmgate_control_v1_CreateUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  createUser(argument: _swarmgate_control_v1_CreateUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  createUser(argument: _swarmgate_control_v1_CreateUserRequest, callback: grpc.requestCallback<_swarmgate_control_v1_CreateUserResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteUser(argument: _swarmgate_control_v1_DeleteUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  DeleteUser(argument: _swarmgate_control_v1_DeleteUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  DeleteUser(argument: _swarmgate_control_v1_DeleteUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  DeleteUser(argument: _swarmgate_control_v1_DeleteUserRequest, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  deleteUser(argument: _swarmgate_control_v1_DeleteUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  deleteUser(argument: _swarmgate_control_v1_DeleteUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  deleteUser(argument: _swarmgate_control_v1_DeleteUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  deleteUser(argument: _swarmgate_control_v1_DeleteUserRequest, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  
  DisableTwoFactor(argument: _swarmgate_control_v1_DisableTwoFactorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  DisableTwoFactor(argument: _swarmgate_control_v1_DisableTwoFactorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  DisableTwoFactor(argument: _swarmgate_control_v1_DisableTwoFactorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  DisableTwoFactor(argument: _swarmgate_control_v1_DisableTwoFactorRequest, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  disableTwoFactor(argument: _swarmgate_control_v1_DisableTwoFactorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  disableTwoFactor(argument: _swarmgate_control_v1_DisableTwoFactorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  disableTwoFactor(argument: _swarmgate_control_v1_DisableTwoFactorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  disableTwoFactor(argument: _swarmgate_control_v1_DisableTwoFactorRequest, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  
  DisableUser(argument: _swarmgate_control_v1_DisableUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  DisableUser(argument: _swarmgate_control_v1_DisableUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  DisableUser(argument: _swarmgate_control_v1_DisableUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  DisableUser(argument: _swarmgate_control_v1_DisableUserRequest, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  disableUser(argument: _swarmgate_control_v1_DisableUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  disableUser(argument: _swarmgate_control_v1_DisableUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  disableUser(argument: _swarmgate_control_v1_DisableUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  disableUser(argument: _swarmgate_control_v1_DisableUserRequest, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  
  EnableUser(argument: _swarmgate_control_v1_EnableUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  EnableUser(argument: _swarmgate_control_v1_EnableUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  EnableUser(argument: _swarmgate_control_v1_EnableUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  EnableUser(argument: _swarmgate_control_v1_EnableUserRequest, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  enableUser(argument: _swarmgate_control_v1_EnableUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  enableUser(argument: _swarmgate_control_v1_EnableUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  enableUser(argument: _swarmgate_control_v1_EnableUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  enableUser(argument: _swarmgate_control_v1_EnableUserRequest, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  
  EnrollTwoFactor(argument: _swarmgate_control_v1_EnrollTwoFactorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_EnrollTwoFactorResponse__Output>): grpc.ClientUnaryCall;
  EnrollTwoFactor(argument: _swarmgate_control_v1_EnrollTwoFactorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_EnrollTwoFactorResponse__Output>): grpc.ClientUnaryCall;
  EnrollTwoFactor(argument: _swarmgate_control_v1_EnrollTwoFactorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_EnrollTwoFactorResponse__Output>): grpc.ClientUnaryCall;
  EnrollTwoFactor(argument: _swarmgate_control_v1_EnrollTwoFactorRequest, callback: grpc.requestCallback<_swarmgate_control_v1_EnrollTwoFactorResponse__Output>): grpc.ClientUnaryCall;
  enrollTwoFactor(argument: _swarmgate_control_v1_EnrollTwoFactorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_EnrollTwoFactorResponse__Output>): grpc.ClientUnaryCall;
  enrollTwoFactor(argument: _swarmgate_control_v1_EnrollTwoFactorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_EnrollTwoFactorResponse__Output>): grpc.ClientUnaryCall;
  enrollTwoFactor(argument: _swarmgate_control_v1_EnrollTwoFactorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_EnrollTwoFactorResponse__Output>): grpc.ClientUnaryCall;
  enrollTwoFactor(argument: _swarmgate_control_v1_EnrollTwoFactorRequest, callback: grpc.requestCallback<_swarmgate_control_v1_EnrollTwoFactorResponse__Output>): grpc.ClientUnaryCall;
  
  GetUser(argument: _swarmgate_control_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _swarmgate_control_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _swarmgate_control_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _swarmgate_control_v1_GetUserRequest, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  getUser(argument: _swarmgate_control_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  getUser(argument: _swarmgate_control_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  getUser(argument: _swarmgate_control_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  getUser(argument: _swarmgate_control_v1_GetUserRequest, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  
  GetUserStatistics(argument: _swarmgate_control_v1_GetUserStatisticsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_UserStatistics__Output>): grpc.ClientUnaryCall;
  GetUserStatistics(argument: _swarmgate_control_v1_GetUserStatisticsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_UserStatistics__Output>): grpc.ClientUnaryCall;
  GetUserStatistics(argument: _swarmgate_control_v1_GetUserStatisticsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_UserStatistics__Output>): grpc.ClientUnaryCall;
  GetUserStatistics(argument: _swarmgate_control_v1_GetUserStatisticsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_UserStatistics__Output>): grpc.ClientUnaryCall;
  getUserStatistics(argument: _swarmgate_control_v1_GetUserStatisticsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_UserStatistics__Output>): grpc.ClientUnaryCall;
  getUserStatistics(argument: _swarmgate_control_v1_GetUserStatisticsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_UserStatistics__Output>): grpc.ClientUnaryCall;
  getUserStatistics(argument: _swarmgate_control_v1_GetUserStatisticsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_UserStatistics__Output>): grpc.ClientUnaryCall;
  getUserStatistics(argument: _swarmgate_control_v1_GetUserStatisticsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_UserStatistics__Output>): grpc.ClientUnaryCall;
  
  ListUserSessions(argument: _swarmgate_control_v1_ListUserSessionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListUserSessionsResponse__Output>): grpc.ClientUnaryCall;
  ListUserSessions(argument: _swarmgate_control_v1_ListUserSessionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListUserSessionsResponse__Output>): grpc.ClientUnaryCall;
  ListUserSessions(argument: _swarmgate_control_v1_ListUserSessionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListUserSessionsResponse__Output>): grpc.ClientUnaryCall;
  ListUserSessions(argument: _swarmgate_control_v1_ListUserSessionsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListUserSessionsResponse__Output>): grpc.ClientUnaryCall;
  listUserSessions(argument: _swarmgate_control_v1_ListUserSessionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListUserSessionsResponse__Output>): grpc.ClientUnaryCall;
  listUserSessions(argument: _swarmgate_control_v1_ListUserSessionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListUserSessionsResponse__Output>): grpc.ClientUnaryCall;
  listUserSessions(argument: _swarmgate_control_v1_ListUserSessionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListUserSessionsResponse__Output>): grpc.ClientUnaryCall;
  listUserSessions(argument: _swarmgate_control_v1_ListUserSessionsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListUserSessionsResponse__Output>): grpc.ClientUnaryCall;
  
  ListUsers(argument: _swarmgate_control_v1_ListUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  ListUsers(argument: _swarmgate_control_v1_ListUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  ListUsers(argument: _swarmgate_control_v1_ListUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  ListUsers(argument: _swarmgate_control_v1_ListUsersRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _swarmgate_control_v1_ListUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _swarmgate_control_v1_ListUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _swarmgate_control_v1_ListUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  listUsers(argument: _swarmgate_control_v1_ListUsersRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListUsersResponse__Output>): grpc.ClientUnaryCall;
  
  RevokeUserSession(argument: _swarmgate_control_v1_RevokeUserSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Session__Output>): grpc.ClientUnaryCall;
  RevokeUserSession(argument: _swarmgate_control_v1_RevokeUserSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Session__Output>): grpc.ClientUnaryCall;
  RevokeUserSession(argument: _swarmgate_control_v1_RevokeUserSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Session__Output>): grpc.ClientUnaryCall;
  RevokeUserSession(argument: _swarmgate_control_v1_RevokeUserSessionRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Session__Output>): grpc.ClientUnaryCall;
  revokeUserSession(argument: _swarmgate_control_v1_RevokeUserSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Session__Output>): grpc.ClientUnaryCall;
  revokeUserSession(argument: _swarmgate_control_v1_RevokeUserSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_Session__Output>): grpc.ClientUnaryCall;
  revokeUserSession(argument: _swarmgate_control_v1_RevokeUserSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_Session__Output>): grpc.ClientUnaryCall;
  revokeUserSession(argument: _swarmgate_control_v1_RevokeUserSessionRequest, callback: grpc.requestCallback<_swarmgate_control_v1_Session__Output>): grpc.ClientUnaryCall;
  
  RotatePasskey(argument: _swarmgate_control_v1_RotatePasskeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  RotatePasskey(argument: _swarmgate_control_v1_RotatePasskeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  RotatePasskey(argument: _swarmgate_control_v1_RotatePasskeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  RotatePasskey(argument: _swarmgate_control_v1_RotatePasskeyRequest, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  rotatePasskey(argument: _swarmgate_control_v1_RotatePasskeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  rotatePasskey(argument: _swarmgate_control_v1_RotatePasskeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  rotatePasskey(argument: _swarmgate_control_v1_RotatePasskeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  rotatePasskey(argument: _swarmgate_control_v1_RotatePasskeyRequest, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  
  UpdateUser(argument: _swarmgate_control_v1_UpdateUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  UpdateUser(argument: _swarmgate_control_v1_UpdateUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  UpdateUser(argument: _swarmgate_control_v1_UpdateUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  UpdateUser(argument: _swarmgate_control_v1_UpdateUserRequest, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  updateUser(argument: _swarmgate_control_v1_UpdateUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  updateUser(argument: _swarmgate_control_v1_UpdateUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  updateUser(argument: _swarmgate_control_v1_UpdateUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  updateUser(argument: _swarmgate_control_v1_UpdateUserRequest, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  
  VerifyTwoFactor(argument: _swarmgate_control_v1_VerifyTwoFactorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  VerifyTwoFactor(argument: _swarmgate_control_v1_VerifyTwoFactorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  VerifyTwoFactor(argument: _swarmgate_control_v1_VerifyTwoFactorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  VerifyTwoFactor(argument: _swarmgate_control_v1_VerifyTwoFactorRequest, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  verifyTwoFactor(argument: _swarmgate_control_v1_VerifyTwoFactorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  verifyTwoFactor(argument: _swarmgate_control_v1_VerifyTwoFactorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  verifyTwoFactor(argument: _swarmgate_control_v1_VerifyTwoFactorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  verifyTwoFactor(argument: _swarmgate_control_v1_VerifyTwoFactorRequest, callback: grpc.requestCallback<_swarmgate_control_v1_User__Output>): grpc.ClientUnaryCall;
  
}

export interface UserServiceHandlers extends grpc.UntypedServiceImplementation {
  ChangePassword: grpc.handleUnaryCall<_swarmgate_control_v1_ChangePasswordRequest__Output, _google_protobuf_Empty>;
  
  CreateUser: grpc.handleUnaryCall<_swarmgate_control_v1_CreateUserRequest__Output, _swarmgate_control_v1_CreateUserResponse>;
  
  DeleteUser: grpc.handleUnaryCall<_swarmgate_control_v1_DeleteUserRequest__Output, _swarmgate_control_v1_User>;
  
  DisableTwoFactor: grpc.handleUnaryCall<_swarmgate_control_v1_DisableTwoFactorRequest__Output, _swarmgate_control_v1_User>;
  
  DisableUser: grpc.handleUnaryCall<_swarmgate_control_v1_DisableUserRequest__Output, _swarmgate_control_v1_User>;
  
  EnableUser: grpc.handleUnaryCall<_swarmgate_control_v1_EnableUserRequest__Output, _swarmgate_control_v1_User>;
  
  EnrollTwoFactor: grpc.handleUnaryCall<_swarmgate_control_v1_EnrollTwoFactorRequest__Output, _swarmgate_control_v1_EnrollTwoFactorResponse>;
  
  GetUser: grpc.handleUnaryCall<_swarmgate_control_v1_GetUserRequest__Output, _swarmgate_control_v1_User>;
  
  GetUserStatistics: grpc.handleUnaryCall<_swarmgate_control_v1_GetUserStatisticsRequest__Output, _swarmgate_control_v1_UserStatistics>;
  
  ListUserSessions: grpc.handleUnaryCall<_swarmgate_control_v1_ListUserSessionsRequest__Output, _swarmgate_control_v1_ListUserSessionsResponse>;
  
  ListUsers: grpc.handleUnaryCall<_swarmgate_control_v1_ListUsersRequest__Output, _swarmgate_control_v1_ListUsersResponse>;
  
  RevokeUserSession: grpc.handleUnaryCall<_swarmgate_control_v1_RevokeUserSessionRequest__Output, _swarmgate_control_v1_Session>;
  
  RotatePasskey: grpc.handleUnaryCall<_swarmgate_control_v1_RotatePasskeyRequest__Output, _swarmgate_control_v1_User>;
  
  UpdateUser: grpc.handleUnaryCall<_swarmgate_control_v1_UpdateUserRequest__Output, _swarmgate_control_v1_User>;
  
  VerifyTwoFactor: grpc.handleUnaryCall<_swarmgate_control_v1_VerifyTwoFactorRequest__Output, _swarmgate_control_v1_User>;
  
}

export interface UserServiceDefinition extends grpc.ServiceDefinition {
  ChangePassword: MethodDefinition<_swarmgate_control_v1_ChangePasswordRequest, _google_protobuf_Empty, _swarmgate_control_v1_ChangePasswordRequest__Output, _google_protobuf_Empty__Output>
  CreateUser: MethodDefinition<_swarmgate_control_v1_CreateUserRequest, _swarmgate_control_v1_CreateUserResponse, _swarmgate_control_v1_CreateUserRequest__Output, _swarmgate_control_v1_CreateUserResponse__Output>
  DeleteUser: MethodDefinition<_swarmgate_control_v1_DeleteUserRequest, _swarmgate_control_v1_User, _swarmgate_control_v1_DeleteUserRequest__Output, _swarmgate_control_v1_User__Output>
  DisableTwoFactor: MethodDefinition<_swarmgate_control_v1_DisableTwoFactorRequest, _swarmgate_control_v1_User, _swarmgate_control_v1_DisableTwoFactorRequest__Output, _swarmgate_control_v1_User__Output>
  DisableUser: MethodDefinition<_swarmgate_control_v1_DisableUserRequest, _swarmgate_control_v1_User, _swarmgate_control_v1_DisableUserRequest__Output, _swarmgate_control_v1_User__Output>
  EnableUser: MethodDefinition<_swarmgate_control_v1_EnableUserRequest, _swarmgate_control_v1_User, _swarmgate_control_v1_EnableUserRequest__Output, _swarmgate_control_v1_User__Output>
  EnrollTwoFactor: MethodDefinition<_swarmgate_control_v1_EnrollTwoFactorRequest, _swarmgate_control_v1_EnrollTwoFactorResponse, _swarmgate_control_v1_EnrollTwoFactorRequest__Output, _swarmgate_control_v1_EnrollTwoFactorResponse__Output>
  GetUser: MethodDefinition<_swarmgate_control_v1_GetUserRequest, _swarmgate_control_v1_User, _swarmgate_control_v1_GetUserRequest__Output, _swarmgate_control_v1_User__Output>
  GetUserStatistics: MethodDefinition<_swarmgate_control_v1_GetUserStatisticsRequest, _swarmgate_control_v1_UserStatistics, _swarmgate_control_v1_GetUserStatisticsRequest__Output, _swarmgate_control_v1_UserStatistics__Output>
  ListUserSessions: MethodDefinition<_swarmgate_control_v1_ListUserSessionsRequest, _swarmgate_control_v1_ListUserSessionsResponse, _swarmgate_control_v1_ListUserSessionsRequest__Output, _swarmgate_control_v1_ListUserSessionsResponse__Output>
  ListUsers: MethodDefinition<_swarmgate_control_v1_ListUsersRequest, _swarmgate_control_v1_ListUsersResponse, _swarmgate_control_v1_ListUsersRequest__Output, _swarmgate_control_v1_ListUsersResponse__Output>
  RevokeUserSession: MethodDefinition<_swarmgate_control_v1_RevokeUserSessionRequest, _swarmgate_control_v1_Session, _swarmgate_control_v1_RevokeUserSessionRequest__Output, _swarmgate_control_v1_Session__Output>
  RotatePasskey: MethodDefinition<_swarmgate_control_v1_RotatePasskeyRequest, _swarmgate_control_v1_User, _swarmgate_control_v1_RotatePasskeyRequest__Output, _swarmgate_control_v1_User__Output>
  UpdateUser: MethodDefinition<_swarmgate_control_v1_UpdateUserRequest, _swarmgate_control_v1_User, _swarmgate_control_v1_UpdateUserRequest__Output, _swarmgate_control_v1_User__Output>
  VerifyTwoFactor: MethodDefinition<_swarmgate_control_v1_VerifyTwoFactorRequest, _swarmgate_control_v1_User, _swarmgate_control_v1_VerifyTwoFactorRequest__Output, _swarmgate_control_v1_User__Output>
}
