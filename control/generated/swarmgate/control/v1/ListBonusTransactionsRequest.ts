// Original file: proto/swarmgate/control/v1/bonus.proto


export interface ListBonusTransactionsRequest {
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  'filter'?: (string);
}

export interface ListBonusTransactionsRequest__Output {
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  'filter': (string);
}
