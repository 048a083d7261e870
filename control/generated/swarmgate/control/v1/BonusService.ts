// Original file: proto/swarmgate/control/v1/bonus.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ActivateFreeleechTokenRequest as _swarmgate_control_v1_ActivateFreeleechTokenRequest, ActivateFreeleechTokenRequest__Output as _swarmgate_control_v1_ActivateFreeleechTokenRequest__Output } from '../../../swarmgate/control/v1/ActivateFreeleechTokenRequest.js';
import type { AddBountyRequest as _swarmgate_control_v1_AddBountyRequest, AddBountyRequest__Output as _swarmgate_control_v1_AddBountyRequest__Output } from '../../../swarmgate/control/v1/AddBountyRequest.js';
import type { AddBountyResponse as _swarmgate_control_v1_AddBountyResponse, AddBountyResponse__Output as _swarmgate_control_v1_AddBountyResponse__Output } from '../../../swarmgate/control/v1/AddBountyResponse.js';
import type { AdjustBonusBalanceRequest as _swarmgate_control_v1_AdjustBonusBalanceRequest, AdjustBonusBalanceRequest__Output as _swarmgate_control_v1_AdjustBonusBalanceRequest__Output } from '../../../swarmgate/control/v1/AdjustBonusBalanceRequest.js';
import type { BonusBalance as _swarmgate_control_v1_BonusBalance, BonusBalance__Output as _swarmgate_control_v1_BonusBalance__Output } from '../../../swarmgate/control/v1/BonusBalance.js';
import type { BonusRule as _swarmgate_control_v1_BonusRule, BonusRule__Output as _swarmgate_control_v1_BonusRule__Output } from '../../../swarmgate/control/v1/BonusRule.js';
import type { BonusTransaction as _swarmgate_control_v1_BonusTransaction, BonusTransaction__Output as _swarmgate_control_v1_BonusTransaction__Output } from '../../../swarmgate/control/v1/BonusTransaction.js';
import type { ConfirmRequestFillRequest as _swarmgate_control_v1_ConfirmRequestFillRequest, ConfirmRequestFillRequest__Output as _swarmgate_control_v1_ConfirmRequestFillRequest__Output } from '../../../swarmgate/control/v1/ConfirmRequestFillRequest.js';
import type { CreateBonusRuleRequest as _swarmgate_control_v1_CreateBonusRuleRequest, CreateBonusRuleRequest__Output as _swarmgate_control_v1_CreateBonusRuleRequest__Output } from '../../../swarmgate/control/v1/CreateBonusRuleRequest.js';
import type { DeleteBonusRuleRequest as _swarmgate_control_v1_DeleteBonusRuleRequest, DeleteBonusRuleRequest__Output as _swarmgate_control_v1_DeleteBonusRuleRequest__Output } from '../../../swarmgate/control/v1/DeleteBonusRuleRequest.js';
import type { DeleteBonusRuleResponse as _swarmgate_control_v1_DeleteBonusRuleResponse, DeleteBonusRuleResponse__Output as _swarmgate_control_v1_DeleteBonusRuleResponse__Output } from '../../../swarmgate/control/v1/DeleteBonusRuleResponse.js';
import type { DeleteRequestRequest as _swarmgate_control_v1_DeleteRequestRequest, DeleteRequestRequest__Output as _swarmgate_control_v1_DeleteRequestRequest__Output } from '../../../swarmgate/control/v1/DeleteRequestRequest.js';
import type { ExchangeItem as _swarmgate_control_v1_ExchangeItem, ExchangeItem__Output as _swarmgate_control_v1_ExchangeItem__Output } from '../../../swarmgate/control/v1/ExchangeItem.js';
import type { ExchangeRequest as _swarmgate_control_v1_ExchangeRequest, ExchangeRequest__Output as _swarmgate_control_v1_ExchangeRequest__Output } from '../../../swarmgate/control/v1/ExchangeRequest.js';
import type { ExchangeResponse as _swarmgate_control_v1_ExchangeResponse, ExchangeResponse__Output as _swarmgate_control_v1_ExchangeResponse__Output } from '../../../swarmgate/control/v1/ExchangeResponse.js';
import type { FillRequestRequest as _swarmgate_control_v1_FillRequestRequest, FillRequestRequest__Output as _swarmgate_control_v1_FillRequestRequest__Output } from '../../../swarmgate/control/v1/FillRequestRequest.js';
import type { FreeleechToken as _swarmgate_control_v1_FreeleechToken, FreeleechToken__Output as _swarmgate_control_v1_FreeleechToken__Output } from '../../../swarmgate/control/v1/FreeleechToken.js';
import type { GetBonusBalanceRequest as _swarmgate_control_v1_GetBonusBalanceRequest, GetBonusBalanceRequest__Output as _swarmgate_control_v1_GetBonusBalanceRequest__Output } from '../../../swarmgate/control/v1/GetBonusBalanceRequest.js';
import type { GiftRequest as _swarmgate_control_v1_GiftRequest, GiftRequest__Output as _swarmgate_control_v1_GiftRequest__Output } from '../../../swarmgate/control/v1/GiftRequest.js';
import type { ListBonusRulesRequest as _swarmgate_control_v1_ListBonusRulesRequest, ListBonusRulesRequest__Output as _swarmgate_control_v1_ListBonusRulesRequest__Output } from '../../../swarmgate/control/v1/ListBonusRulesRequest.js';
import type { ListBonusRulesResponse as _swarmgate_control_v1_ListBonusRulesResponse, ListBonusRulesResponse__Output as _swarmgate_control_v1_ListBonusRulesResponse__Output } from '../../../swarmgate/control/v1/ListBonusRulesResponse.js';
import type { ListBonusTransactionsRequest as _swarmgate_control_v1_ListBonusTransactionsRequest, ListBonusTransactionsRequest__Output as _swarmgate_control_v1_ListBonusTransactionsRequest__Output } from '../../../swarmgate/control/v1/ListBonusTransactionsRequest.js';
import type { ListBonusTransactionsResponse as _swarmgate_control_v1_ListBonusTransactionsResponse, ListBonusTransactionsResponse__Output as _swarmgate_control_v1_ListBonusTransactionsResponse__Output } from '../../../swarmgate/control/v1/ListBonusTransactionsResponse.js';
import type { ListExchangeItemsRequest as _swarmgate_control_v1_ListExchangeItemsRequest, ListExchangeItemsRequest__Output as _swarmgate_control_v1_ListExchangeItemsRequest__Output } from '../../../swarmgate/control/v1/ListExchangeItemsRequest.js';
import type { ListExchangeItemsResponse as _swarmgate_control_v1_ListExchangeItemsResponse, ListExchangeItemsResponse__Output as _swarmgate_control_v1_ListExchangeItemsResponse__Output } from '../../../swarmgate/control/v1/ListExchangeItemsResponse.js';
import type { ListFreeleechTokensRequest as _swarmgate_control_v1_ListFreeleechTokensRequest, ListFreeleechTokensRequest__Output as _swarmgate_control_v1_ListFreeleechTokensRequest__Output } from '../../../swarmgate/control/v1/ListFreeleechTokensRequest.js';
import type { ListFreeleechTokensResponse as _swarmgate_control_v1_ListFreeleechTokensResponse, ListFreeleechTokensResponse__Output as _swarmgate_control_v1_ListFreeleechTokensResponse__Output } from '../../../swarmgate/control/v1/ListFreeleechTokensResponse.js';
import type { RequestOutcome as _swarmgate_control_v1_RequestOutcome, RequestOutcome__Output as _swarmgate_control_v1_RequestOutcome__Output } from '../../../swarmgate/control/v1/RequestOutcome.js';
import type { RevokeFreeleechTokenRequest as _swarmgate_control_v1_RevokeFreeleechTokenRequest, RevokeFreeleechTokenRequest__Output as _swarmgate_control_v1_RevokeFreeleechTokenRequest__Output } from '../../../swarmgate/control/v1/RevokeFreeleechTokenRequest.js';
import type { TipRequest as _swarmgate_control_v1_TipRequest, TipRequest__Output as _swarmgate_control_v1_TipRequest__Output } from '../../../swarmgate/control/v1/TipRequest.js';
import type { TransferResponse as _swarmgate_control_v1_TransferResponse, TransferResponse__Output as _swarmgate_control_v1_TransferResponse__Output } from '../../../swarmgate/control/v1/TransferResponse.js';
import type { UpdateBonusRuleRequest as _swarmgate_control_v1_UpdateBonusRuleRequest, UpdateBonusRuleRequest__Output as _swarmgate_control_v1_UpdateBonusRuleRequest__Output } from '../../../swarmgate/control/v1/UpdateBonusRuleRequest.js';
import type { UpdateExchangeItemRequest as _swarmgate_control_v1_UpdateExchangeItemRequest, UpdateExchangeItemRequest__Output as _swarmgate_control_v1_UpdateExchangeItemRequest__Output } from '../../../swarmgate/control/v1/UpdateExchangeItemRequest.js';

export interface BonusServiceClient extends grpc.Client {
  ActivateFreeleechToken(argument: _swarmgate_control_v1_ActivateFreeleechTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_FreeleechToken__Output>): grpc.ClientUnaryCall;
  ActivateFreeleechToken(argument: _swarmgate_control_v1_ActivateFreeleechTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_FreeleechToken__Output>): grpc.ClientUnaryCall;
  ActivateFreeleechToken(argument: _swarmgate_control_v1_ActivateFreeleechTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_FreeleechToken__Output>): grpc.ClientUnaryCall;
  ActivateFreeleechToken(argument: _swarmgate_control_v1_ActivateFreeleechTokenRequest, callback: grpc.requestCallback<_swarmgate_control_v1_FreeleechToken__Output>): grpc.ClientUnaryCall;
  activateFreeleechToken(argument: _swarmgate_control_v1_ActivateFreeleechTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_FreeleechToken__Output>): grpc.ClientUnaryCall;
  activateFreeleechToken(argument: _swarmgate_control_v1_ActivateFreeleechTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_FreeleechToken__Output>): grpc.ClientUnaryCall;
  activateFreeleechToken(argument: _swarmgate_control_v1_ActivateFreeleechTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_FreeleechToken__Output>): grpc.ClientUnaryCall;
  activateFreeleechToken(argument: _swarmgate_control_v1_ActivateFreeleechTokenRequest, callback: grpc.requestCallback<_swarmgate_control_v1_FreeleechToken__Output>): grpc.ClientUnaryCall;
  
  AddBounty(argument: _swarmgate_control_v1_AddBountyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_AddBountyResponse__Output>): grpc.ClientUnaryCall;
  AddBounty(argument: _swarmgate_control_v1_AddBountyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_AddBountyResponse__Output>): grpc.ClientUnaryCall;
  AddBounty(argument: _swarmgate_control_v1_AddBountyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_AddBountyResponse__Output>): grpc.ClientUnaryCall;
  AddBounty(argument: _swarmgate_control_v1_AddBountyRequest, callback: grpc.requestCallback<_swarmgate_control_v1_AddBountyResponse__Output>): grpc.ClientUnaryCall;
  addBounty(argument: _swarmgate_control_v1_AddBountyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_AddBountyResponse__Output>): grpc.ClientUnaryCall;
  addBounty(argument: _swarmgate_control_v1_AddBountyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_AddBountyResponse__Output>): grpc.ClientUnaryCall;
  addBounty(argument: _swarmgate_control_v1_AddBountyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_AddBountyResponse__Output>): grpc.ClientUnaryCall;
  addBounty(argument: _swarmgate_control_v1_AddBountyRequest, callback: grpc.requestCallback<_swarmgate_control_v1_AddBountyResponse__Output>): grpc.ClientUnaryCall;
  
  AdjustBonusBalance(argument: _swarmgate_control_v1_AdjustBonusBalanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_BonusTransaction__Output>): grpc.ClientUnaryCall;
  AdjustBonusBalance(argument: _swarmgate_control_v1_AdjustBonusBalanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_BonusTransaction__Output>): grpc.ClientUnaryCall;
  AdjustBonusBalance(argument: _swarmgate_control_v1_AdjustBonusBalanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_BonusTransaction__Output>): grpc.ClientUnaryCall;
  AdjustBonusBalance(argument: _swarmgate_control_v1_AdjustBonusBalanceRequest, callback: grpc.requestCallback<_swarmgate_control_v1_BonusTransaction__Output>): grpc.ClientUnaryCall;
  adjustBonusBalance(argument: _swarmgate_control_v1_AdjustBonusBalanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_BonusTransaction__Output>): grpc.ClientUnaryCall;
  adjustBonusBalance(argument: _swarmgate_control_v1_AdjustBonusBalanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_BonusTransaction__Output>): grpc.ClientUnaryCall;
  adjustBonusBalance(argument: _swarmgate_control_v1_AdjustBonusBalanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_BonusTransaction__Output>): grpc.ClientUnaryCall;
  adjustBonusBalance(argument: _swarmgate_control_v1_AdjustBonusBalanceRequest, callback: grpc.requestCallback<_swarmgate_control_v1_BonusTransaction__Output>): grpc.ClientUnaryCall;
  
  ConfirmRequestFill(argument: _swarmgate_control_v1_ConfirmRequestFillRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  ConfirmRequestFill(argument: _swarmgate_control_v1_ConfirmRequestFillRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  ConfirmRequestFill(argument: _swarmgate_control_v1_ConfirmRequestFillRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  ConfirmRequestFill(argument: _swarmgate_control_v1_ConfirmRequestFillRequest, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  confirmRequestFill(argument: _swarmgate_control_v1_ConfirmRequestFillRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  confirmRequestFill(argument: _swarmgate_control_v1_ConfirmRequestFillRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  confirmRequestFill(argument: _swarmgate_control_v1_ConfirmRequestFillRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  confirmRequestFill(argument: _swarmgate_control_v1_ConfirmRequestFillRequest, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  
  CreateBonusRule(argument: _swarmgate_control_v1_CreateBonusRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_BonusRule__Output>): grpc.ClientUnaryCall;
  CreateBonusRule(argument: _swarmgate_control_v1_CreateBonusRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_BonusRule__Output>): grpc.ClientUnaryCall;
  CreateBonusRule(argument: _swarmgate_control_v1_CreateBonusRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_BonusRule__Output>): grpc.ClientUnaryCall;
  CreateBonusRule(argument: _swarmgate_control_v1_CreateBonusRuleRequest, callback: grpc.requestCallback<_swarmgate_control_v1_BonusRule__Output>): grpc.ClientUnaryCall;
  createBonusRule(argument: _swarmgate_control_v1_CreateBonusRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_BonusRule__Output>): grpc.ClientUnaryCall;
  createBonusRule(argument: _swarmgate_control_v1_CreateBonusRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_BonusRule__Output>): grpc.ClientUnaryCall;
  createBonusRule(argument: _swarmgate_control_v1_CreateBonusRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_BonusRule__Output>): grpc.ClientUnaryCall;
  createBonusRule(argument: _swarmgate_control_v1_CreateBonusRuleRequest, callback: grpc.requestCallback<_swarmgate_control_v1_BonusRule__Output>): grpc.ClientUnaryCall;
  
  DeleteBonusRule(argument: _swarmgate_control_v1_DeleteBonusRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_DeleteBonusRuleResponse__Output>): grpc.ClientUnaryCall;
  DeleteBonusRule(argument: _swarmgate_control_v1_DeleteBonusRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_DeleteBonusRuleResponse__Output>): grpc.ClientUnaryCall;
  DeleteBonusRule(argument: _swarmgate_control_v1_DeleteBonusRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_DeleteBonusRuleResponse__Output>): grpc.ClientUnaryCall;
  DeleteBonusRule(argument: _swarmgate_control_v1_DeleteBonusRuleRequest, callback: grpc.requestCallback<_swarmgate_control_v1_DeleteBonusRuleResponse__Output>): grpc.ClientUnaryCall;
  deleteBonusRule(argument: _swarmgate_control_v1_DeleteBonusRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_DeleteBonusRuleResponse__Output>): grpc.ClientUnaryCall;
  deleteBonusRule(argument: _swarmgate_control_v1_DeleteBonusRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_DeleteBonusRuleResponse__Output>): grpc.ClientUnaryCall;
  deleteBonusRule(argument: _swarmgate_control_v1_DeleteBonusRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_DeleteBonusRuleResponse__Output>): grpc.ClientUnaryCall;
  deleteBonusRule(argument: _swarmgate_control_v1_DeleteBonusRuleRequest, callback: grpc.requestCallback<_swarmgate_control_v1_DeleteBonusRuleResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteRequest(argument: _swarmgate_control_v1_DeleteRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  DeleteRequest(argument: _swarmgate_control_v1_DeleteRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  DeleteRequest(argument: _swarmgate_control_v1_DeleteRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  DeleteRequest(argument: _swarmgate_control_v1_DeleteRequestRequest, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  deleteRequest(argument: _swarmgate_control_v1_DeleteRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  deleteRequest(argument: _swarmgate_control_v1_DeleteRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  deleteRequest(argument: _swarmgate_control_v1_DeleteRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  deleteRequest(argument: _swarmgate_control_v1_DeleteRequestRequest, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  
  Exchange(argument: _swarmgate_control_v1_ExchangeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ExchangeResponse__Output>): grpc.ClientUnaryCall;
  Exchange(argument: _swarmgate_control_v1_ExchangeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ExchangeResponse__Output>): grpc.ClientUnaryCall;
  Exchange(argument: _swarmgate_control_v1_ExchangeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ExchangeResponse__Output>): grpc.ClientUnaryCall;
  Exchange(argument: _swarmgate_control_v1_ExchangeRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ExchangeResponse__Output>): grpc.ClientUnaryCall;
  exchange(argument: _swarmgate_control_v1_ExchangeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ExchangeResponse__Output>): grpc.ClientUnaryCall;
  exchange(argument: _swarmgate_control_v1_ExchangeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ExchangeResponse__Output>): grpc.ClientUnaryCall;
  exchange(argument: _swarmgate_control_v1_ExchangeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ExchangeResponse__Output>): grpc.ClientUnaryCall;
  exchange(argument: _swarmgate_control_v1_ExchangeRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ExchangeResponse__Output>): grpc.ClientUnaryCall;
  
  FillRequest(argument: _swarmgate_control_v1_FillRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  FillRequest(argument: _swarmgate_control_v1_FillRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  FillRequest(argument: _swarmgate_control_v1_FillRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  FillRequest(argument: _swarmgate_control_v1_FillRequestRequest, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  fillRequest(argument: _swarmgate_control_v1_FillRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  fillRequest(argument: _swarmgate_control_v1_FillRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  fillRequest(argument: _swarmgate_control_v1_FillRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  fillRequest(argument: _swarmgate_control_v1_FillRequestRequest, callback: grpc.requestCallback<_swarmgate_control_v1_RequestOutcome__Output>): grpc.ClientUnaryCall;
  
  GetBonusBalance(argument: _swarmgate_control_v1_GetBonusBalanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_BonusBalance__Output>): grpc.ClientUnaryCall;
  GetBonusBalance(argument: _swarmgate_control_v1_GetBonusBalanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_BonusBalance__Output>): grpc.ClientUnaryCall;
  GetBonusBalance(argument: _swarmgate_control_v1_GetBonusBalanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_BonusBalance__Output>): grpc.ClientUnaryCall;
  GetBonusBalance(argument: _swarmgate_control_v1_GetBonusBalanceRequest, callback: grpc.requestCallback<_swarmgate_control_v1_BonusBalance__Output>): grpc.ClientUnaryCall;
  getBonusBalance(argument: _swarmgate_control_v1_GetBonusBalanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_BonusBalance__Output>): grpc.ClientUnaryCall;
  getBonusBalance(argument: _swarmgate_control_v1_GetBonusBalanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_BonusBalance__Output>): grpc.ClientUnaryCall;
  getBonusBalance(argument: _swarmgate_control_v1_GetBonusBalanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_BonusBalance__Output>): grpc.ClientUnaryCall;
  getBonusBalance(argument: _swarmgate_control_v1_GetBonusBalanceRequest, callback: grpc.requestCallback<_swarmgate_control_v1_BonusBalance__Output>): grpc.ClientUnaryCall;
  
  Gift(argument: _swarmgate_control_v1_GiftRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_TransferResponse__Output>): grpc.ClientUnaryCall;
  Gift(argument: _swarmgate_control_v1_GiftRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_TransferResponse__Output>): grpc.ClientUnaryCall;
  Gift(argument: _swarmgate_control_v1_GiftRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_TransferResponse__Output>): grpc.ClientUnaryCall;
  Gift(argument: _swarmgate_control_v1_GiftRequest, callback: grpc.requestCallback<_swarmgate_control_v1_TransferResponse__Output>): grpc.ClientUnaryCall;
  gift(argument: _swarmgate_control_v1_GiftRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_TransferResponse__Output>): grpc.ClientUnaryCall;
  gift(argument: _swarmgate_control_v1_GiftRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_TransferResponse__Output>): grpc.ClientUnaryCall;
  gift(argument: _swarmgate_control_v1_GiftRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_TransferResponse__Output>): grpc.ClientUnaryCall;
  gift(argument: _swarmgate_control_v1_GiftRequest, callback: grpc.requestCallback<_swarmgate_control_v1_TransferResponse__Output>): grpc.ClientUnaryCall;
  
  ListBonusRules(argument: _swarmgate_control_v1_ListBonusRulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListBonusRulesResponse__Output>): grpc.ClientUnaryCall;
  ListBonusRules(argument: _swarmgate_control_v1_ListBonusRulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListBonusRulesResponse__Output>): grpc.ClientUnaryCall;
  ListBonusRules(argument: _swarmgate_control_v1_ListBonusRulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListBonusRulesResponse__Output>): grpc.ClientUnaryCall;
  ListBonusRules(argument: _swarmgate_control_v1_ListBonusRulesRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListBonusRulesResponse__Output>): grpc.ClientUnaryCall;
  listBonusRules(argument: _swarmgate_control_v1_ListBonusRulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListBonusRulesResponse__Output>): grpc.ClientUnaryCall;
  listBonusRules(argument: _swarmgate_control_v1_ListBonusRulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListBonusRulesResponse__Output>): grpc.ClientUnaryCall;
  listBonusRules(argument: _swarmgate_control_v1_ListBonusRulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListBonusRulesResponse__Output>): grpc.ClientUnaryCall;
  listBonusRules(argument: _swarmgate_control_v1_ListBonusRulesRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListBonusRulesResponse__Output>): grpc.ClientUnaryCall;
  
  ListBonusTransactions(argument: _swarmgate_control_v1_ListBonusTransactionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListBonusTransactionsResponse__Output>): grpc.ClientUnaryCall;
  ListBonusTransactions(argument: _swarmgate_control_v1_ListBonusTransactionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListBonusTransactionsResponse__Output>): grpc.ClientUnaryCall;
  ListBonusTransactions(argument: _swarmgate_control_v1_ListBonusTransactionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListBonusTransactionsResponse__Output>): grpc.ClientUnaryCall;
  ListBonusTransactions(argument: _swarmgate_control_v1_ListBonusTransactionsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListBonusTransactionsResponse__Output>): grpc.ClientUnaryCall;
  listBonusTransactions(argument: _swarmgate_control_v1_ListBonusTransactionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListBonusTransactionsResponse__Output>): grpc.ClientUnaryCall;
  listBonusTransactions(argument: _swarmgate_control_v1_ListBonusTransactionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListBonusTransactionsResponse__Output>): grpc.ClientUnaryCall;
  listBonusTransactions(argument: _swarmgate_control_v1_ListBonusTransactionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListBonusTransactionsResponse__Output>): grpc.ClientUnaryCall;
  listBonusTransactions(argument: _swarmgate_control_v1_ListBonusTransactionsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListBonusTransactionsResponse__Output>): grpc.ClientUnaryCall;
  
  ListExchangeItems(argument: _swarmgate_control_v1_ListExchangeItemsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListExchangeItemsResponse__Output>): grpc.ClientUnaryCall;
  ListExchangeItems(argument: _swarmgate_control_v1_ListExchangeItemsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListExchangeItemsResponse__Output>): grpc.ClientUnaryCall;
  ListExchangeItems(argument: _swarmgate_control_v1_ListExchangeItemsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListExchangeItemsResponse__Output>): grpc.ClientUnaryCall;
  ListExchangeItems(argument: _swarmgate_control_v1_ListExchangeItemsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListExchangeItemsResponse__Output>): grpc.ClientUnaryCall;
  listExchangeItems(argument: _swarmgate_control_v1_ListExchangeItemsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListExchangeItemsResponse__Output>): grpc.ClientUnaryCall;
  listExchangeItems(argument: _swarmgate_control_v1_ListExchangeItemsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListExchangeItemsResponse__Output>): grpc.ClientUnaryCall;
  listExchangeItems(argument: _swarmgate_control_v1_ListExchangeItemsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListExchangeItemsResponse__Output>): grpc.ClientUnaryCall;
  listExchangeItems(argument: _swarmgate_control_v1_ListExchangeItemsRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListExchangeItemsResponse__Output>): grpc.ClientUnaryCall;
  
  ListFreeleechTokens(argument: _swarmgate_control_v1_ListFreeleechTokensRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListFreeleechTokensResponse__Output>): grpc.ClientUnaryCall;
  ListFreeleechTokens(argument: _swarmgate_control_v1_ListFreeleechTokensRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListFreeleechTokensResponse__Output>): grpc.ClientUnaryCall;
  ListFreeleechTokens(argument: _swarmgate_control_v1_ListFreeleechTokensRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListFreeleechTokensResponse__Output>): grpc.ClientUnaryCall;
  ListFreeleechTokens(argument: _swarmgate_control_v1_ListFreeleechTokensRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListFreeleechTokensResponse__Output>): grpc.ClientUnaryCall;
  listFreeleechTokens(argument: _swarmgate_control_v1_ListFreeleechTokensRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListFreeleechTokensResponse__Output>): grpc.ClientUnaryCall;
  listFreeleechTokens(argument: _swarmgate_control_v1_ListFreeleechTokensRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ListFreeleechTokensResponse__Output>): grpc.ClientUnaryCall;
  listFreeleechTokens(argument: _swarmgate_control_v1_ListFreeleechTokensRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ListFreeleechTokensResponse__Output>): grpc.ClientUnaryCall;
  listFreeleechTokens(argument: _swarmgate_control_v1_ListFreeleechTokensRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ListFreeleechTokensResponse__Output>): grpc.ClientUnaryCall;
  
  RevokeFreeleechToken(argument: _swarmgate_control_v1_RevokeFreeleechTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_FreeleechToken__Output>): grpc.ClientUnaryCall;
  RevokeFreeleechToken(argument: _swarmgate_control_v1_RevokeFreeleechTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_FreeleechToken__Output>): grpc.ClientUnaryCall;
  RevokeFreeleechToken(argument: _swarmgate_control_v1_RevokeFreeleechTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_FreeleechToken__Output>): grpc.ClientUnaryCall;
  RevokeFreeleechToken(argument: _swarmgate_control_v1_RevokeFreeleechTokenRequest, callback: grpc.requestCallback<_swarmgate_control_v1_FreeleechToken__Output>): grpc.ClientUnaryCall;
  revokeFreeleechToken(argument: _swarmgate_control_v1_RevokeFreeleechTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_FreeleechToken__Output>): grpc.ClientUnaryCall;
  revokeFreeleechToken(argument: _swarmgate_control_v1_RevokeFreeleechTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_FreeleechToken__Output>): grpc.ClientUnaryCall;
  revokeFreeleechToken(argument: _swarmgate_control_v1_RevokeFreeleechTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_FreeleechToken__Output>): grpc.ClientUnaryCall;
  revokeFreeleechToken(argument: _swarmgate_control_v1_RevokeFreeleechTokenRequest, callback: grpc.requestCallback<_swarmgate_control_v1_FreeleechToken__Output>): grpc.ClientUnaryCall;
  
  Tip(argument: _swarmgate_control_v1_TipRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_TransferResponse__Output>): grpc.ClientUnaryCall;
  Tip(argument: _swarmgate_control_v1_TipRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_TransferResponse__Output>): grpc.ClientUnaryCall;
  Tip(argument: _swarmgate_control_v1_TipRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_TransferResponse__Output>): grpc.ClientUnaryCall;
  Tip(argument: _swarmgate_control_v1_TipRequest, callback: grpc.requestCallback<_swarmgate_control_v1_TransferResponse__Output>): grpc.ClientUnaryCall;
  tip(argument: _swarmgate_control_v1_TipRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_TransferResponse__Output>): grpc.ClientUnaryCall;
  tip(argument: _swarmgate_control_v1_TipRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_TransferResponse__Output>): grpc.ClientUnaryCall;
  tip(argument: _swarmgate_control_v1_TipRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_TransferResponse__Output>): grpc.ClientUnaryCall;
  tip(argument: _swarmgate_control_v1_TipRequest, callback: grpc.requestCallback<_swarmgate_control_v1_TransferResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateBonusRule(argument: _swarmgate_control_v1_UpdateBonusRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_BonusRule__Output>): grpc.ClientUnaryCall;
  UpdateBonusRule(argument: _swarmgate_control_v1_UpdateBonusRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_BonusRule__Output>): grpc.ClientUnaryCall;
  UpdateBonusRule(argument: _swarmgate_control_v1_UpdateBonusRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_BonusRule__Output>): grpc.ClientUnaryCall;
  UpdateBonusRule(argument: _swarmgate_control_v1_UpdateBonusRuleRequest, callback: grpc.requestCallback<_swarmgate_control_v1_BonusRule__Output>): grpc.ClientUnaryCall;
  updateBonusRule(argument: _swarmgate_control_v1_UpdateBonusRuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_BonusRule__Output>): grpc.ClientUnaryCall;
  updateBonusRule(argument: _swarmgate_control_v1_UpdateBonusRuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_BonusRule__Output>): grpc.ClientUnaryCall;
  updateBonusRule(argument: _swarmgate_control_v1_UpdateBonusRuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_BonusRule__Output>): grpc.ClientUnaryCall;
  updateBonusRule(argument: _swarmgate_control_v1_UpdateBonusRuleRequest, callback: grpc.requestCallback<_swarmgate_control_v1_BonusRule__Output>): grpc.ClientUnaryCall;
  
  UpdateExchangeItem(argument: _swarmgate_control_v1_UpdateExchangeItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ExchangeItem__Output>): grpc.ClientUnaryCall;
  UpdateExchangeItem(argument: _swarmgate_control_v1_UpdateExchangeItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ExchangeItem__Output>): grpc.ClientUnaryCall;
  UpdateExchangeItem(argument: _swarmgate_control_v1_UpdateExchangeItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ExchangeItem__Output>): grpc.ClientUnaryCall;
  UpdateExchangeItem(argument: _swarmgate_control_v1_UpdateExchangeItemRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ExchangeItem__Output>): grpc.ClientUnaryCall;
  updateExchangeItem(argument: _swarmgate_control_v1_UpdateExchangeItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ExchangeItem__Output>): grpc.ClientUnaryCall;
  updateExchangeItem(argument: _swarmgate_control_v1_UpdateExchangeItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_swarmgate_control_v1_ExchangeItem__Output>): grpc.ClientUnaryCall;
  updateExchangeItem(argument: _swarmgate_control_v1_UpdateExchangeItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_swarmgate_control_v1_ExchangeItem__Output>): grpc.ClientUnaryCall;
  updateExchangeItem(argument: _swarmgate_control_v1_UpdateExchangeItemRequest, callback: grpc.requestCallback<_swarmgate_control_v1_ExchangeItem__Output>): grpc.ClientUnaryCall;
  
}

export interface BonusServiceHandlers extends grpc.UntypedServiceImplementation {
  ActivateFreeleechToken: grpc.handleUnaryCall<_swarmgate_control_v1_ActivateFreeleechTokenRequest__Output, _swarmgate_control_v1_FreeleechToken>;
  
  AddBounty: grpc.handleUnaryCall<_swarmgate_control_v1_AddBountyRequest__Output, _swarmgate_control_v1_AddBountyResponse>;
  
  AdjustBonusBalance: grpc.handleUnaryCall<_swarmgate_control_v1_AdjustBonusBalanceRequest__Output, _swarmgate_control_v1_BonusTransaction>;
  
  ConfirmRequestFill: grpc.handleUnaryCall<_swarmgate_control_v1_ConfirmRequestFillRequest__Output, _swarmgate_control_v1_RequestOutcome>;
  
  CreateBonusRule: grpc.handleUnaryCall<_swarmgate_control_v1_CreateBonusRuleRequest__Output, _swarmgate_control_v1_BonusRule>;
  
  DeleteBonusRule: grpc.handleUnaryCall<_swarmgate_control_v1_DeleteBonusRuleRequest__Output, _swarmgate_control_v1_DeleteBonusRuleResponse>;
  
  DeleteRequest: grpc.handleUnaryCall<_swarmgate_control_v1_DeleteRequestRequest__Output, _swarmgate_control_v1_RequestOutcome>;
  
  Exchange: grpc.handleUnaryCall<_swarmgate_control_v1_ExchangeRequest__Output, _swarmgate_control_v1_ExchangeResponse>;
  
  FillRequest: grpc.handleUnaryCall<_swarmgate_control_v1_FillRequestRequest__Output, _swarmgate_control_v1_RequestOutcome>;
  
  GetBonusBalance: grpc.handleUnaryCall<_swarmgate_control_v1_GetBonusBalanceRequest__Output, _swarmgate_control_v1_BonusBalance>;
  
  Gift: grpc.handleUnaryCall<_swarmgate_control_v1_GiftRequest__Output, _swarmgate_control_v1_TransferResponse>;
  
  ListBonusRules: grpc.handleUnaryCall<_swarmgate_control_v1_ListBonusRulesRequest__Output, _swarmgate_control_v1_ListBonusRulesResponse>;
  
  ListBonusTransactions: grpc.handleUnaryCall<_swarmgate_control_v1_ListBonusTransactionsRequest__Output, _swarmgate_control_v1_ListBonusTransactionsResponse>;
  
  ListExchangeItems: grpc.handleUnaryCall<_swarmgate_control_v1_ListExchangeItemsRequest__Output, _swarmgate_control_v1_ListExchangeItemsResponse>;
  
  ListFreeleechTokens: grpc.handleUnaryCall<_swarmgate_control_v1_ListFreeleechTokensRequest__Output, _swarmgate_control_v1_ListFreeleechTokensResponse>;
  
  RevokeFreeleechToken: grpc.handleUnaryCall<_swarmgate_control_v1_RevokeFreeleechTokenRequest__Output, _swarmgate_control_v1_FreeleechToken>;
  
  Tip: grpc.handleUnaryCall<_swarmgate_control_v1_TipRequest__Output, _swarmgate_control_v1_TransferResponse>;
  
  UpdateBonusRule: grpc.handleUnaryCall<_swarmgate_control_v1_UpdateBonusRuleRequest__Output, _swarmgate_control_v1_BonusRule>;
  
  UpdateExchangeItem: grpc.handleUnaryCall<_swarmgate_control_v1_UpdateExchangeItemRequest__Output, _swarmgate_control_v1_ExchangeItem>;
  
}

export interface BonusServiceDefinition extends grpc.ServiceDefinition {
  ActivateFreeleechToken: MethodDefinition<_swarmgate_control_v1_ActivateFreeleechTokenRequest, _swarmgate_control_v1_FreeleechToken, _swarmgate_control_v1_ActivateFreeleechTokenRequest__Output, _swarmgate_control_v1_FreeleechToken__Output>
  AddBounty: MethodDefinition<_swarmgate_control_v1_AddBountyRequest, _swarmgate_control_v1_AddBountyResponse, _swarmgate_control_v1_AddBountyRequest__Output, _swarmgate_control_v1_AddBountyResponse__Output>
  AdjustBonusBalance: MethodDefinition<_swarmgate_control_v1_AdjustBonusBalanceRequest, _swarmgate_control_v1_BonusTransaction, _swarmgate_control_v1_AdjustBonusBalanceRequest__Output, _swarmgate_control_v1_BonusTransaction__Output>
  ConfirmRequestFill: MethodDefinition<_swarmgate_control_v1_ConfirmRequestFillRequest, _swarmgate_control_v1_RequestOutcome, _swarmgate_control_v1_ConfirmRequestFillRequest__Output, _swarmgate_control_v1_RequestOutcome__Output>
  CreateBonusRule: MethodDefinition<_swarmgate_control_v1_CreateBonusRuleRequest, _swarmgate_control_v1_BonusRule, _swarmgate_control_v1_CreateBonusRuleRequest__Output, _swarmgate_control_v1_BonusRule__Output>
  DeleteBonusRule: MethodDefinition<_swarmgate_control_v1_DeleteBonusRuleRequest, _swarmgate_control_v1_DeleteBonusRuleResponse, _swarmgate_control_v1_DeleteBonusRuleRequest__Output, _swarmgate_control_v1_DeleteBonusRuleResponse__Output>
  DeleteRequest: MethodDefinition<_swarmgate_control_v1_DeleteRequestRequest, _swarmgate_control_v1_RequestOutcome, _swarmgate_control_v1_DeleteRequestRequest__Output, _swarmgate_control_v1_RequestOutcome__Output>
  Exchange: MethodDefinition<_swarmgate_control_v1_ExchangeRequest, _swarmgate_control_v1_ExchangeResponse, _swarmgate_control_v1_ExchangeRequest__Output, _swarmgate_control_v1_ExchangeResponse__Output>
  FillRequest: MethodDefinition<_swarmgate_control_v1_FillRequestRequest, _swarmgate_control_v1_RequestOutcome, _swarmgate_control_v1_FillRequestRequest__Output, _swarmgate_control_v1_RequestOutcome__Output>
  GetBonusBalance: MethodDefinition<_swarmgate_control_v1_GetBonusBalanceRequest, _swarmgate_control_v1_BonusBalance, _swarmgate_control_v1_GetBonusBalanceRequest__Output, _swarmgate_control_v1_BonusBalance__Output>
  Gift: MethodDefinition<_swarmgate_control_v1_GiftRequest, _swarmgate_control_v1_TransferResponse, _swarmgate_control_v1_GiftRequest__Output, _swarmgate_control_v1_TransferResponse__Output>
  ListBonusRules: MethodDefinition<_swarmgate_control_v1_ListBonusRulesRequest, _swarmgate_control_v1_ListBonusRulesResponse, _swarmgate_control_v1_ListBonusRulesRequest__Output, _swarmgate_control_v1_ListBonusRulesResponse__Output>
  ListBonusTransactions: MethodDefinition<_swarmgate_control_v1_ListBonusTransactionsRequest, _swarmgate_control_v1_ListBonusTransactionsResponse, _swarmgate_control_v1_ListBonusTransactionsRequest__Output, _swarmgate_control_v1_ListBonusTransactionsResponse__Output>
  ListExchangeItems: MethodDefinition<_swarmgate_control_v1_ListExchangeItemsRequest, _swarmgate_control_v1_ListExchangeItemsResponse, _swarmgate_control_v1_ListExchangeItemsRequest__Output, _swarmgate_control_v1_ListExchangeItemsResponse__Output>
  ListFreeleechTokens: MethodDefinition<_swarmgate_control_v1_ListFreeleechTokensRequest, _swarmgate_control_v1_ListFreeleechTokensResponse, _swarmgate_control_v1_ListFreeleechTokensRequest__Output, _swarmgate_control_v1_ListFreeleechTokensResponse__Output>
  RevokeFreeleechToken: MethodDefinition<_swarmgate_control_v1_RevokeFreeleechTokenRequest, _swarmgate_control_v1_FreeleechToken, _swarmgate_control_v1_RevokeFreeleechTokenRequest__Output, _swarmgate_control_v1_FreeleechToken__Output>
  Tip: MethodDefinition<_swarmgate_control_v1_TipRequest, _swarmgate_control_v1_TransferResponse, _swarmgate_control_v1_TipRequest__Output, _swarmgate_control_v1_TransferResponse__Output>
  UpdateBonusRule: MethodDefinition<_swarmgate_control_v1_UpdateBonusRuleRequest, _swarmgate_control_v1_BonusRule, _swarmgate_control_v1_UpdateBonusRuleRequest__Output, _swarmgate_control_v1_BonusRule__Output>
  UpdateExchangeItem: MethodDefinition<_swarmgate_control_v1_UpdateExchangeItemRequest, _swarmgate_control_v1_ExchangeItem, _swarmgate_control_v1_UpdateExchangeItemRequest__Output, _swarmgate_control_v1_ExchangeItem__Output>
}
