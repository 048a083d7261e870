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
import type { ActivateFreeleechTokenRequest as _swarmgate_control_v1_ActivateFreeleechTokenRequest, ActivateFreeleechTokenRequest__Output as _swarmgate_control_v1_ActivateFreeleechTokenRequest__Output } from './swarmgate/control/v1/ActivateFreeleechTokenRequest.js';
import type { AddBountyRequest as _swarmgate_control_v1_AddBountyRequest, AddBountyRequest__Output as _swarmgate_control_v1_AddBountyRequest__Output } from './swarmgate/control/v1/AddBountyRequest.js';
import type { AddBountyResponse as _swarmgate_control_v1_AddBountyResponse, AddBountyResponse__Output as _swarmgate_control_v1_AddBountyResponse__Output } from './swarmgate/control/v1/AddBountyResponse.js';
import type { AdjustBonusBalanceRequest as _swarmgate_control_v1_AdjustBonusBalanceRequest, AdjustBonusBalanceRequest__Output as _swarmgate_control_v1_AdjustBonusBalanceRequest__Output } from './swarmgate/control/v1/AdjustBonusBalanceRequest.js';
import type { BonusBalance as _swarmgate_control_v1_BonusBalance, BonusBalance__Output as _swarmgate_control_v1_BonusBalance__Output } from './swarmgate/control/v1/BonusBalance.js';
import type { BonusRule as _swarmgate_control_v1_BonusRule, BonusRule__Output as _swarmgate_control_v1_BonusRule__Output } from './swarmgate/control/v1/BonusRule.js';
import type { BonusServiceClient as _swarmgate_control_v1_BonusServiceClient, BonusServiceDefinition as _swarmgate_control_v1_BonusServiceDefinition } from './swarmgate/control/v1/BonusService.js';
import type { BonusTransaction as _swarmgate_control_v1_BonusTransaction, BonusTransaction__Output as _swarmgate_control_v1_BonusTransaction__Output } from './swarmgate/control/v1/BonusTransaction.js';
import type { ConfirmRequestFillRequest as _swarmgate_control_v1_ConfirmRequestFillRequest, ConfirmRequestFillRequest__Output as _swarmgate_control_v1_ConfirmRequestFillRequest__Output } from './swarmgate/control/v1/ConfirmRequestFillRequest.js';
import type { CreateBonusRuleRequest as _swarmgate_control_v1_CreateBonusRuleRequest, CreateBonusRuleRequest__Output as _swarmgate_control_v1_CreateBonusRuleRequest__Output } from './swarmgate/control/v1/CreateBonusRuleRequest.js';
import type { DeleteBonusRuleRequest as _swarmgate_control_v1_DeleteBonusRuleRequest, DeleteBonusRuleRequest__Output as _swarmgate_control_v1_DeleteBonusRuleRequest__Output } from './swarmgate/control/v1/DeleteBonusRuleRequest.js';
import type { DeleteBonusRuleResponse as _swarmgate_control_v1_DeleteBonusRuleResponse, DeleteBonusRuleResponse__Output as _swarmgate_control_v1_DeleteBonusRuleResponse__Output } from './swarmgate/control/v1/DeleteBonusRuleResponse.js';
import type { DeleteRequestRequest as _swarmgate_control_v1_DeleteRequestRequest, DeleteRequestRequest__Output as _swarmgate_control_v1_DeleteRequestRequest__Output } from './swarmgate/control/v1/DeleteRequestRequest.js';
import type { ExchangeItem as _swarmgate_control_v1_ExchangeItem, ExchangeItem__Output as _swarmgate_control_v1_ExchangeItem__Output } from './swarmgate/control/v1/ExchangeItem.js';
import type { ExchangeRequest as _swarmgate_control_v1_ExchangeRequest, ExchangeRequest__Output as _swarmgate_control_v1_ExchangeRequest__Output } from './swarmgate/control/v1/ExchangeRequest.js';
import type { ExchangeResponse as _swarmgate_control_v1_ExchangeResponse, ExchangeResponse__Output as _swarmgate_control_v1_ExchangeResponse__Output } from './swarmgate/control/v1/ExchangeResponse.js';
import type { FillRequestRequest as _swarmgate_control_v1_FillRequestRequest, FillRequestRequest__Output as _swarmgate_control_v1_FillRequestRequest__Output } from './swarmgate/control/v1/FillRequestRequest.js';
import type { FreeleechToken as _swarmgate_control_v1_FreeleechToken, FreeleechToken__Output as _swarmgate_control_v1_FreeleechToken__Output } from './swarmgate/control/v1/FreeleechToken.js';
import type { GetBonusBalanceRequest as _swarmgate_control_v1_GetBonusBalanceRequest, GetBonusBalanceRequest__Output as _swarmgate_control_v1_GetBonusBalanceRequest__Output } from './swarmgate/control/v1/GetBonusBalanceRequest.js';
import type { GiftRequest as _swarmgate_control_v1_GiftRequest, GiftRequest__Output as _swarmgate_control_v1_GiftRequest__Output } from './swarmgate/control/v1/GiftRequest.js';
import type { ListBonusRulesRequest as _swarmgate_control_v1_ListBonusRulesRequest, ListBonusRulesRequest__Output as _swarmgate_control_v1_ListBonusRulesRequest__Output } from './swarmgate/control/v1/ListBonusRulesRequest.js';
import type { ListBonusRulesResponse as _swarmgate_control_v1_ListBonusRulesResponse, ListBonusRulesResponse__Output as _swarmgate_control_v1_ListBonusRulesResponse__Output } from './swarmgate/control/v1/ListBonusRulesResponse.js';
import type { ListBonusTransactionsRequest as _swarmgate_control_v1_ListBonusTransactionsRequest, ListBonusTransactionsRequest__Output as _swarmgate_control_v1_ListBonusTransactionsRequest__Output } from './swarmgate/control/v1/ListBonusTransactionsRequest.js';
import type { ListBonusTransactionsResponse as _swarmgate_control_v1_ListBonusTransactionsResponse, ListBonusTransactionsResponse__Output as _swarmgate_control_v1_ListBonusTransactionsResponse__Output } from './swarmgate/control/v1/ListBonusTransactionsResponse.js';
import type { ListExchangeItemsRequest as _swarmgate_control_v1_ListExchangeItemsRequest, ListExchangeItemsRequest__Output as _swarmgate_control_v1_ListExchangeItemsRequest__Output } from './swarmgate/control/v1/ListExchangeItemsRequest.js';
import type { ListExchangeItemsResponse as _swarmgate_control_v1_ListExchangeItemsResponse, ListExchangeItemsResponse__Output as _swarmgate_control_v1_ListExchangeItemsResponse__Output } from './swarmgate/control/v1/ListExchangeItemsResponse.js';
import type { ListFreeleechTokensRequest as _swarmgate_control_v1_ListFreeleechTokensRequest, ListFreeleechTokensRequest__Output as _swarmgate_control_v1_ListFreeleechTokensRequest__Output } from './swarmgate/control/v1/ListFreeleechTokensRequest.js';
import type { ListFreeleechTokensResponse as _swarmgate_control_v1_ListFreeleechTokensResponse, ListFreeleechTokensResponse__Output as _swarmgate_control_v1_ListFreeleechTokensResponse__Output } from './swarmgate/control/v1/ListFreeleechTokensResponse.js';
import type { RequestOutcome as _swarmgate_control_v1_RequestOutcome, RequestOutcome__Output as _swarmgate_control_v1_RequestOutcome__Output } from './swarmgate/control/v1/RequestOutcome.js';
import type { RevokeFreeleechTokenRequest as _swarmgate_control_v1_RevokeFreeleechTokenRequest, RevokeFreeleechTokenRequest__Output as _swarmgate_control_v1_RevokeFreeleechTokenRequest__Output } from './swarmgate/control/v1/RevokeFreeleechTokenRequest.js';
import type { TipRequest as _swarmgate_control_v1_TipRequest, TipRequest__Output as _swarmgate_control_v1_TipRequest__Output } from './swarmgate/control/v1/TipRequest.js';
import type { TransferResponse as _swarmgate_control_v1_TransferResponse, TransferResponse__Output as _swarmgate_control_v1_TransferResponse__Output } from './swarmgate/control/v1/TransferResponse.js';
import type { UpdateBonusRuleRequest as _swarmgate_control_v1_UpdateBonusRuleRequest, UpdateBonusRuleRequest__Output as _swarmgate_control_v1_UpdateBonusRuleRequest__Output } from './swarmgate/control/v1/UpdateBonusRuleRequest.js';
import type { UpdateExchangeItemRequest as _swarmgate_control_v1_UpdateExchangeItemRequest, UpdateExchangeItemRequest__Output as _swarmgate_control_v1_UpdateExchangeItemRequest__Output } from './swarmgate/control/v1/UpdateExchangeItemRequest.js';

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
        ActivateFreeleechTokenRequest: MessageTypeDefinition<_swarmgate_control_v1_ActivateFreeleechTokenRequest, _swarmgate_control_v1_ActivateFreeleechTokenRequest__Output>
        AddBountyRequest: MessageTypeDefinition<_swarmgate_control_v1_AddBountyRequest, _swarmgate_control_v1_AddBountyRequest__Output>
        AddBountyResponse: MessageTypeDefinition<_swarmgate_control_v1_AddBountyResponse, _swarmgate_control_v1_AddBountyResponse__Output>
        AdjustBonusBalanceRequest: MessageTypeDefinition<_swarmgate_control_v1_AdjustBonusBalanceRequest, _swarmgate_control_v1_AdjustBonusBalanceRequest__Output>
        BonusBalance: MessageTypeDefinition<_swarmgate_control_v1_BonusBalance, _swarmgate_control_v1_BonusBalance__Output>
        BonusRule: MessageTypeDefinition<_swarmgate_control_v1_BonusRule, _swarmgate_control_v1_BonusRule__Output>
        BonusRuleType: EnumTypeDefinition
        BonusService: SubtypeConstructor<typeof grpc.Client, _swarmgate_control_v1_BonusServiceClient> & { service: _swarmgate_control_v1_BonusServiceDefinition }
        BonusTransaction: MessageTypeDefinition<_swarmgate_control_v1_BonusTransaction, _swarmgate_control_v1_BonusTransaction__Output>
        BonusTransactionType: EnumTypeDefinition
        ConfirmRequestFillRequest: MessageTypeDefinition<_swarmgate_control_v1_ConfirmRequestFillRequest, _swarmgate_control_v1_ConfirmRequestFillRequest__Output>
        CreateBonusRuleRequest: MessageTypeDefinition<_swarmgate_control_v1_CreateBonusRuleRequest, _swarmgate_control_v1_CreateBonusRuleRequest__Output>
        DeleteBonusRuleRequest: MessageTypeDefinition<_swarmgate_control_v1_DeleteBonusRuleRequest, _swarmgate_control_v1_DeleteBonusRuleRequest__Output>
        DeleteBonusRuleResponse: MessageTypeDefinition<_swarmgate_control_v1_DeleteBonusRuleResponse, _swarmgate_control_v1_DeleteBonusRuleResponse__Output>
        DeleteRequestRequest: MessageTypeDefinition<_swarmgate_control_v1_DeleteRequestRequest, _swarmgate_control_v1_DeleteRequestRequest__Output>
        ExchangeItem: MessageTypeDefinition<_swarmgate_control_v1_ExchangeItem, _swarmgate_control_v1_ExchangeItem__Output>
        ExchangeItemKind: EnumTypeDefinition
        ExchangeRequest: MessageTypeDefinition<_swarmgate_control_v1_ExchangeRequest, _swarmgate_control_v1_ExchangeRequest__Output>
        ExchangeResponse: MessageTypeDefinition<_swarmgate_control_v1_ExchangeResponse, _swarmgate_control_v1_ExchangeResponse__Output>
        FillRequestRequest: MessageTypeDefinition<_swarmgate_control_v1_FillRequestRequest, _swarmgate_control_v1_FillRequestRequest__Output>
        FreeleechToken: MessageTypeDefinition<_swarmgate_control_v1_FreeleechToken, _swarmgate_control_v1_FreeleechToken__Output>
        FreeleechTokenStatus: EnumTypeDefinition
        GetBonusBalanceRequest: MessageTypeDefinition<_swarmgate_control_v1_GetBonusBalanceRequest, _swarmgate_control_v1_GetBonusBalanceRequest__Output>
        GiftRequest: MessageTypeDefinition<_swarmgate_control_v1_GiftRequest, _swarmgate_control_v1_GiftRequest__Output>
        ListBonusRulesRequest: MessageTypeDefinition<_swarmgate_control_v1_ListBonusRulesRequest, _swarmgate_control_v1_ListBonusRulesRequest__Output>
        ListBonusRulesResponse: MessageTypeDefinition<_swarmgate_control_v1_ListBonusRulesResponse, _swarmgate_control_v1_ListBonusRulesResponse__Output>
        ListBonusTransactionsRequest: MessageTypeDefinition<_swarmgate_control_v1_ListBonusTransactionsRequest, _swarmgate_control_v1_ListBonusTransactionsRequest__Output>
        ListBonusTransactionsResponse: MessageTypeDefinition<_swarmgate_control_v1_ListBonusTransactionsResponse, _swarmgate_control_v1_ListBonusTransactionsResponse__Output>
        ListExchangeItemsRequest: MessageTypeDefinition<_swarmgate_control_v1_ListExchangeItemsRequest, _swarmgate_control_v1_ListExchangeItemsRequest__Output>
        ListExchangeItemsResponse: MessageTypeDefinition<_swarmgate_control_v1_ListExchangeItemsResponse, _swarmgate_control_v1_ListExchangeItemsResponse__Output>
        ListFreeleechTokensRequest: MessageTypeDefinition<_swarmgate_control_v1_ListFreeleechTokensRequest, _swarmgate_control_v1_ListFreeleechTokensRequest__Output>
        ListFreeleechTokensResponse: MessageTypeDefinition<_swarmgate_control_v1_ListFreeleechTokensResponse, _swarmgate_control_v1_ListFreeleechTokensResponse__Output>
        Permission: EnumTypeDefinition
        RequestOutcome: MessageTypeDefinition<_swarmgate_control_v1_RequestOutcome, _swarmgate_control_v1_RequestOutcome__Output>
        RevokeFreeleechTokenRequest: MessageTypeDefinition<_swarmgate_control_v1_RevokeFreeleechTokenRequest, _swarmgate_control_v1_RevokeFreeleechTokenRequest__Output>
        TipRequest: MessageTypeDefinition<_swarmgate_control_v1_TipRequest, _swarmgate_control_v1_TipRequest__Output>
        TransferResponse: MessageTypeDefinition<_swarmgate_control_v1_TransferResponse, _swarmgate_control_v1_TransferResponse__Output>
        UpdateBonusRuleRequest: MessageTypeDefinition<_swarmgate_control_v1_UpdateBonusRuleRequest, _swarmgate_control_v1_UpdateBonusRuleRequest__Output>
        UpdateExchangeItemRequest: MessageTypeDefinition<_swarmgate_control_v1_UpdateExchangeItemRequest, _swarmgate_control_v1_UpdateExchangeItemRequest__Output>
      }
    }
  }
}

