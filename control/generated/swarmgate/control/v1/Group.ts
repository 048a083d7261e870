// Original file: proto/swarmgate/control/v1/moderation.proto


export interface Group {
  'name'?: (string);
  'displayName'?: (string);
  'level'?: (number);
  'canUpload'?: (boolean);
  'canDownload'?: (boolean);
  'canRequest'?: (boolean);
  'canInvite'?: (boolean);
  'downloadSlots'?: (number);
  'immune'?: (boolean);
  'canModerate'?: (boolean);
  'canManageUsers'?: (boolean);
  'freeleech'?: (boolean);
  'doubleUpload'?: (boolean);
  'uploadMultiplier'?: (number | string);
  'downloadMultiplier'?: (number | string);
  'bonusMultiplier'?: (number | string);
  'etag'?: (string);
  '_downloadSlots'?: "downloadSlots";
}

export interface Group__Output {
  'name': (string);
  'displayName': (string);
  'level': (number);
  'canUpload': (boolean);
  'canDownload': (boolean);
  'canRequest': (boolean);
  'canInvite': (boolean);
  'downloadSlots'?: (number);
  'immune': (boolean);
  'canModerate': (boolean);
  'canManageUsers': (boolean);
  'freeleech': (boolean);
  'doubleUpload': (boolean);
  'uploadMultiplier': (number);
  'downloadMultiplier': (number);
  'bonusMultiplier': (number);
  'etag': (string);
  '_downloadSlots'?: "downloadSlots";
}
