// Original file: proto/swarmgate/control/v1/bonus.proto


export interface BonusBalance {
  'user'?: (string);
  'points'?: (string);
  'pointsEarned'?: (string);
  'pointsSpent'?: (string);
  'bountySpent'?: (string);
  'bountyEarned'?: (string);
}

export interface BonusBalance__Output {
  'user': (string);
  'points': (string);
  'pointsEarned': (string);
  'pointsSpent': (string);
  'bountySpent': (string);
  'bountyEarned': (string);
}
