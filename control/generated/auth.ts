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
import type { CreateApiTokenRequest as _swarmgate_control_v1_CreateApiTokenRequest, CreateApiTokenRequest__Output as _swarmgate_control_v1_CreateApiTokenRequest__Output } from './swarmgate/control/v1/CreateApiTokenRequest.js';
import type { CreateApiTokenResponse as _swarmgate_control_v1_CreateApiTokenResponse, CreateApiTokenResponse__Output as _swarmgate_control_v1_CreateApiTokenResponse__Output } from './swarmgate/control/v1/CreateApiTokenResponse.js';
import type { GetCallerRequest as _swarmgate_control_v1_GetCallerRequest, GetCallerRequest__Output as _swarmgate_control_v1_GetCallerRequest__Output } from './swarmgate/control/v1/GetCallerRequest.js';
import type { ListApiTokensRequest as _swarmgate_control_v1_ListApiTokensRequest, ListApiTokensRequest__Output as _swarmgate_control_v1_ListApiTokensRequest__Output } from './swarmgate/control/v1/ListApiTokensRequest.js';
import type { ListApiTokensResponse as _swarmgate_control_v1_ListApiTokensResponse, ListApiTokensResponse__Output as _swarmgate_control_v1_ListApiTokensResponse__Output } from './swarmgate/control/v1/ListApiTokensResponse.js';
import type { LoginRequest as _swarmgate_control_v1_LoginRequest, LoginRequest__Output as _swarmgate_control_v1_LoginRequest__Output } from './swarmgate/control/v1/LoginRequest.js';
import type { LoginResponse as _swarmgate_control_v1_LoginResponse, LoginResponse__Output as _swarmgate_control_v1_LoginResponse__Output } from './swarmgate/control/v1/LoginResponse.js';
import type { LogoutRequest as _swarmgate_control_v1_LogoutRequest, LogoutRequest__Output as _swarmgate_control_v1_LogoutRequest__Output } from './swarmgate/control/v1/LogoutRequest.js';
import type { RevokeApiTokenRequest as _swarmgate_control_v1_RevokeApiTokenRequest, RevokeApiTokenRequest__Output as _swarmgate_control_v1_RevokeApiTokenRequest__Output } from './swarmgate/control/v1/RevokeApiTokenRequest.js';
import type { Session as _swarmgate_control_v1_Session, Session__Output as _swarmgate_control_v1_Session__Output } from './swarmgate/control/v1/Session.js';

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
        CreateApiTokenRequest: MessageTypeDefinition<_swarmgate_control_v1_CreateApiTokenRequest, _swarmgate_control_v1_CreateApiTokenRequest__Output>
        CreateApiTokenResponse: MessageTypeDefinition<_swarmgate_control_v1_CreateApiTokenResponse, _swarmgate_control_v1_CreateApiTokenResponse__Output>
        CredentialType: EnumTypeDefinition
        GetCallerRequest: MessageTypeDefinition<_swarmgate_control_v1_GetCallerRequest, _swarmgate_control_v1_GetCallerRequest__Output>
        ListApiTokensRequest: MessageTypeDefinition<_swarmgate_control_v1_ListApiTokensRequest, _swarmgate_control_v1_ListApiTokensRequest__Output>
        ListApiTokensResponse: MessageTypeDefinition<_swarmgate_control_v1_ListApiTokensResponse, _swarmgate_control_v1_ListApiTokensResponse__Output>
        LoginRequest: MessageTypeDefinition<_swarmgate_control_v1_LoginRequest, _swarmgate_control_v1_LoginRequest__Output>
        LoginResponse: MessageTypeDefinition<_swarmgate_control_v1_LoginResponse, _swarmgate_control_v1_LoginResponse__Output>
        LogoutRequest: MessageTypeDefinition<_swarmgate_control_v1_LogoutRequest, _swarmgate_control_v1_LogoutRequest__Output>
        Permission: EnumTypeDefinition
        RevokeApiTokenRequest: MessageTypeDefinition<_swarmgate_control_v1_RevokeApiTokenRequest, _swarmgate_control_v1_RevokeApiTokenRequest__Output>
        Session: MessageTypeDefinition<_swarmgate_control_v1_Session, _swarmgate_control_v1_Session__Output>
      }
    }
  }
}

