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
import type { ApiToken as _swarmgate_control_v1_ApiToken, ApiToken__Output as _swarmgate_control_v1_ApiToken__Output } from './swarmgate/control/v1/ApiToken.js';
import type { AuthServiceClient as _swarmgate_control_v1_AuthServiceClient, AuthServiceDefinition as _swarmgate_control_v1_AuthServiceDefinition } from './swarmgate/control/v1/AuthService.js';
import type { Caller as _swarmgate_control_v1_Caller, Caller__Output as _swarmgate_control_v1_Caller__Output } from './swarmgate/control/v1/Caller.js';
import type { ChangePasswordRequest as _swarmgate_control_v1_ChangePasswordRequest, ChangePasswordRequest__Output as _swarmgate_control_v1_ChangePasswordRequest__Output } from './swarmgate/control/v1/ChangePasswordRequest.js';
import type { CreateApiTokenRequest as _swarmgate_control_v1_CreateApiTokenRequest, CreateApiTokenRequest__Output as _swarmgate_control_v1_CreateApiTokenRequest__Output } from './swarmgate/control/v1/CreateApiTokenRequest.js';
import type { CreateApiTokenResponse as _swarmgate_control_v1_CreateApiTokenResponse, CreateApiTokenResponse__Output as _swarmgate_control_v1_CreateApiTokenResponse__Output } from './swarmgate/control/v1/CreateApiTokenResponse.js';
import type { CreateUserRequest as _swarmgate_control_v1_CreateUserRequest, CreateUserRequest__Output as _swarmgate_control_v1_CreateUserRequest__Output } from './swarmgate/control/v1/CreateUserRequest.js';
import type { CreateUserResponse as _swarmgate_control_v1_CreateUserResponse, CreateUserResponse__Output as _swarmgate_control_v1_CreateUserResponse__Output } from './swarmgate/control/v1/CreateUserResponse.js';
import type { DeleteUserRequest as _swarmgate_control_v1_DeleteUserRequest, DeleteUserRequest__Output as _swarmgate_control_v1_DeleteUserRequest__Output } from './swarmgate/control/v1/DeleteUserRequest.js';
import type { DisableTwoFactorRequest as _swarmgate_control_v1_DisableTwoFactorRequest, DisableTwoFactorRequest__Output as _swarmgate_control_v1_DisableTwoFactorRequest__Output } from './swarmgate/control/v1/DisableTwoFactorRequest.js';
import type { DisableUserRequest as _swarmgate_control_v1_DisableUserRequest, DisableUserRequest__Output as _swarmgate_control_v1_DisableUserRequest__Output } from './swarmgate/control/v1/DisableUserRequest.js';
import type { EnableUserRequest as _swarmgate_control_v1_EnableUserRequest, EnableUserRequest__Output as _swarmgate_control_v1_EnableUserRequest__Output } from './swarmgate/control/v1/EnableUserRequest.js';
import type { EnrollTwoFactorRequest as _swarmgate_control_v1_EnrollTwoFactorRequest, EnrollTwoFactorRequest__Output as _swarmgate_control_v1_EnrollTwoFactorRequest__Output } from './swarmgate/control/v1/EnrollTwoFactorRequest.js';
import type { EnrollTwoFactorResponse as _swarmgate_control_v1_EnrollTwoFactorResponse, EnrollTwoFactorResponse__Output as _swarmgate_control_v1_EnrollTwoFactorResponse__Output } from './swarmgate/control/v1/EnrollTwoFactorResponse.js';
import type { GetCallerRequest as _swarmgate_control_v1_GetCallerRequest, GetCallerRequest__Output as _swarmgate_control_v1_GetCallerRequest__Output } from './swarmgate/control/v1/GetCallerRequest.js';
import type { GetUserRequest as _swarmgate_control_v1_GetUserRequest, GetUserRequest__Output as _swarmgate_control_v1_GetUserRequest__Output } from './swarmgate/control/v1/GetUserRequest.js';
import type { GetUserStatisticsRequest as _swarmgate_control_v1_GetUserStatisticsRequest, GetUserStatisticsRequest__Output as _swarmgate_control_v1_GetUserStatisticsRequest__Output } from './swarmgate/control/v1/GetUserStatisticsRequest.js';
import type { ListApiTokensRequest as _swarmgate_control_v1_ListApiTokensRequest, ListApiTokensRequest__Output as _swarmgate_control_v1_ListApiTokensRequest__Output } from './swarmgate/control/v1/ListApiTokensRequest.js';
import type { ListApiTokensResponse as _swarmgate_control_v1_ListApiTokensResponse, ListApiTokensResponse__Output as _swarmgate_control_v1_ListApiTokensResponse__Output } from './swarmgate/control/v1/ListApiTokensResponse.js';
import type { ListUserSessionsRequest as _swarmgate_control_v1_ListUserSessionsRequest, ListUserSessionsRequest__Output as _swarmgate_control_v1_ListUserSessionsRequest__Output } from './swarmgate/control/v1/ListUserSessionsRequest.js';
import type { ListUserSessionsResponse as _swarmgate_control_v1_ListUserSessionsResponse, ListUserSessionsResponse__Output as _swarmgate_control_v1_ListUserSessionsResponse__Output } from './swarmgate/control/v1/ListUserSessionsResponse.js';
import type { ListUsersRequest as _swarmgate_control_v1_ListUsersRequest, ListUsersRequest__Output as _swarmgate_control_v1_ListUsersRequest__Output } from './swarmgate/control/v1/ListUsersRequest.js';
import type { ListUsersResponse as _swarmgate_control_v1_ListUsersResponse, ListUsersResponse__Output as _swarmgate_control_v1_ListUsersResponse__Output } from './swarmgate/control/v1/ListUsersResponse.js';
import type { LoginRequest as _swarmgate_control_v1_LoginRequest, LoginRequest__Output as _swarmgate_control_v1_LoginRequest__Output } from './swarmgate/control/v1/LoginRequest.js';
import type { LoginResponse as _swarmgate_control_v1_LoginResponse, LoginResponse__Output as _swarmgate_control_v1_LoginResponse__Output } from './swarmgate/control/v1/LoginResponse.js';
import type { LogoutRequest as _swarmgate_control_v1_LogoutRequest, LogoutRequest__Output as _swarmgate_control_v1_LogoutRequest__Output } from './swarmgate/control/v1/LogoutRequest.js';
import type { RevokeApiTokenRequest as _swarmgate_control_v1_RevokeApiTokenRequest, RevokeApiTokenRequest__Output as _swarmgate_control_v1_RevokeApiTokenRequest__Output } from './swarmgate/control/v1/RevokeApiTokenRequest.js';
import type { RevokeUserSessionRequest as _swarmgate_control_v1_RevokeUserSessionRequest, RevokeUserSessionRequest__Output as _swarmgate_control_v1_RevokeUserSessionRequest__Output } from './swarmgate/control/v1/RevokeUserSessionRequest.js';
import type { RotatePasskeyRequest as _swarmgate_control_v1_RotatePasskeyRequest, RotatePasskeyRequest__Output as _swarmgate_control_v1_RotatePasskeyRequest__Output } from './swarmgate/control/v1/RotatePasskeyRequest.js';
import type { Session as _swarmgate_control_v1_Session, Session__Output as _swarmgate_control_v1_Session__Output } from './swarmgate/control/v1/Session.js';
import type { UpdateUserRequest as _swarmgate_control_v1_UpdateUserRequest, UpdateUserRequest__Output as _swarmgate_control_v1_UpdateUserRequest__Output } from './swarmgate/control/v1/UpdateUserRequest.js';
import type { User as _swarmgate_control_v1_User, User__Output as _swarmgate_control_v1_User__Output } from './swarmgate/control/v1/User.js';
import type { UserServiceClient as _swarmgate_control_v1_UserServiceClient, UserServiceDefinition as _swarmgate_control_v1_UserServiceDefinition } from './swarmgate/control/v1/UserService.js';
import type { UserStatistics as _swarmgate_control_v1_UserStatistics, UserStatistics__Output as _swarmgate_control_v1_UserStatistics__Output } from './swarmgate/control/v1/UserStatistics.js';
import type { VerifyTwoFactorRequest as _swarmgate_control_v1_VerifyTwoFactorRequest, VerifyTwoFactorRequest__Output as _swarmgate_control_v1_VerifyTwoFactorRequest__Output } from './swarmgate/control/v1/VerifyTwoFactorRequest.js';

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
        ApiToken: MessageTypeDefinition<_swarmgate_control_v1_ApiToken, _swarmgate_control_v1_ApiToken__Output>
        AuthService: SubtypeConstructor<typeof grpc.Client, _swarmgate_control_v1_AuthServiceClient> & { service: _swarmgate_control_v1_AuthServiceDefinition }
        Caller: MessageTypeDefinition<_swarmgate_control_v1_Caller, _swarmgate_control_v1_Caller__Output>
        ChangePasswordRequest: MessageTypeDefinition<_swarmgate_control_v1_ChangePasswordRequest, _swarmgate_control_v1_ChangePasswordRequest__Output>
        CreateApiTokenRequest: MessageTypeDefinition<_swarmgate_control_v1_CreateApiTokenRequest, _swarmgate_control_v1_CreateApiTokenRequest__Output>
        CreateApiTokenResponse: MessageTypeDefinition<_swarmgate_control_v1_CreateApiTokenResponse, _swarmgate_control_v1_CreateApiTokenResponse__Output>
        CreateUserRequest: MessageTypeDefinition<_swarmgate_control_v1_CreateUserRequest, _swarmgate_control_v1_CreateUserRequest__Output>
        CreateUserResponse: MessageTypeDefinition<_swarmgate_control_v1_CreateUserResponse, _swarmgate_control_v1_CreateUserResponse__Output>
        CredentialType: EnumTypeDefinition
        DeleteUserRequest: MessageTypeDefinition<_swarmgate_control_v1_DeleteUserRequest, _swarmgate_control_v1_DeleteUserRequest__Output>
        DisableTwoFactorRequest: MessageTypeDefinition<_swarmgate_control_v1_DisableTwoFactorRequest, _swarmgate_control_v1_DisableTwoFactorRequest__Output>
        DisableUserRequest: MessageTypeDefinition<_swarmgate_control_v1_DisableUserRequest, _swarmgate_control_v1_DisableUserRequest__Output>
        EnableUserRequest: MessageTypeDefinition<_swarmgate_control_v1_EnableUserRequest, _swarmgate_control_v1_EnableUserRequest__Output>
        EnrollTwoFactorRequest: MessageTypeDefinition<_swarmgate_control_v1_EnrollTwoFactorRequest, _swarmgate_control_v1_EnrollTwoFactorRequest__Output>
        EnrollTwoFactorResponse: MessageTypeDefinition<_swarmgate_control_v1_EnrollTwoFactorResponse, _swarmgate_control_v1_EnrollTwoFactorResponse__Output>
        GetCallerRequest: MessageTypeDefinition<_swarmgate_control_v1_GetCallerRequest, _swarmgate_control_v1_GetCallerRequest__Output>
        GetUserRequest: MessageTypeDefinition<_swarmgate_control_v1_GetUserRequest, _swarmgate_control_v1_GetUserRequest__Output>
        GetUserStatisticsRequest: MessageTypeDefinition<_swarmgate_control_v1_GetUserStatisticsRequest, _swarmgate_control_v1_GetUserStatisticsRequest__Output>
        ListApiTokensRequest: MessageTypeDefinition<_swarmgate_control_v1_ListApiTokensRequest, _swarmgate_control_v1_ListApiTokensRequest__Output>
        ListApiTokensResponse: MessageTypeDefinition<_swarmgate_control_v1_ListApiTokensResponse, _swarmgate_control_v1_ListApiTokensResponse__Output>
        ListUserSessionsRequest: MessageTypeDefinition<_swarmgate_control_v1_ListUserSessionsRequest, _swarmgate_control_v1_ListUserSessionsRequest__Output>
        ListUserSessionsResponse: MessageTypeDefinition<_swarmgate_control_v1_ListUserSessionsResponse, _swarmgate_control_v1_ListUserSessionsResponse__Output>
        ListUsersRequest: MessageTypeDefinition<_swarmgate_control_v1_ListUsersRequest, _swarmgate_control_v1_ListUsersRequest__Output>
        ListUsersResponse: MessageTypeDefinition<_swarmgate_control_v1_ListUsersResponse, _swarmgate_control_v1_ListUsersResponse__Output>
        LoginRequest: MessageTypeDefinition<_swarmgate_control_v1_LoginRequest, _swarmgate_control_v1_LoginRequest__Output>
        LoginResponse: MessageTypeDefinition<_swarmgate_control_v1_LoginResponse, _swarmgate_control_v1_LoginResponse__Output>
        LogoutRequest: MessageTypeDefinition<_swarmgate_control_v1_LogoutRequest, _swarmgate_control_v1_LogoutRequest__Output>
        Permission: EnumTypeDefinition
        RevokeApiTokenRequest: MessageTypeDefinition<_swarmgate_control_v1_RevokeApiTokenRequest, _swarmgate_control_v1_RevokeApiTokenRequest__Output>
        RevokeUserSessionRequest: MessageTypeDefinition<_swarmgate_control_v1_RevokeUserSessionRequest, _swarmgate_control_v1_RevokeUserSessionRequest__Output>
        RotatePasskeyRequest: MessageTypeDefinition<_swarmgate_control_v1_RotatePasskeyRequest, _swarmgate_control_v1_RotatePasskeyRequest__Output>
        Session: MessageTypeDefinition<_swarmgate_control_v1_Session, _swarmgate_control_v1_Session__Output>
        UpdateUserRequest: MessageTypeDefinition<_swarmgate_control_v1_UpdateUserRequest, _swarmgate_control_v1_UpdateUserRequest__Output>
        User: MessageTypeDefinition<_swarmgate_control_v1_User, _swarmgate_control_v1_User__Output>
        UserService: SubtypeConstructor<typeof grpc.Client, _swarmgate_control_v1_UserServiceClient> & { service: _swarmgate_control_v1_UserServiceDefinition }
        UserStatistics: MessageTypeDefinition<_swarmgate_control_v1_UserStatistics, _swarmgate_control_v1_UserStatistics__Output>
        UserStatus: EnumTypeDefinition
        VerifyTwoFactorRequest: MessageTypeDefinition<_swarmgate_control_v1_VerifyTwoFactorRequest, _swarmgate_control_v1_VerifyTwoFactorRequest__Output>
      }
    }
  }
}

