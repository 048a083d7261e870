// Original file: proto/swarmgate/control/v1/users.proto

import type { Long } from '@grpc/proto-loader';

export interface UserStatistics {
  'name'?: (string);
  'uploaded'?: (number | string | Long);
  'downloaded'?: (number | string | Long);
  'uploadedRaw'?: (number | string | Long);
  'downloadedRaw'?: (number | string | Long);
  'ratio'?: (number | string);
  'requiredRatio'?: (number | string);
  'buffer'?: (number | string | Long);
  'seedTimeSeconds'?: (number | string | Long);
  'leechTimeSeconds'?: (number | string | Long);
  'torrentsUploaded'?: (number);
  'torrentsSeeding'?: (number);
  'torrentsLeeching'?: (number);
  'torrentsSnatched'?: (number);
  '_ratio'?: "ratio";
  '_buffer'?: "buffer";
}

export interface UserStatistics__Output {
  'name': (string);
  'uploaded': (number);
  'downloaded': (number);
  'uploadedRaw': (number);
  'downloadedRaw': (number);
  'ratio'?: (number);
  'requiredRatio': (number);
  'buffer'?: (number);
  'seedTimeSeconds': (number);
  'leechTimeSeconds': (number);
  'torrentsUploaded': (number);
  'torrentsSeeding': (number);
  'torrentsLeeching': (number);
  'torrentsSnatched': (number);
  '_ratio'?: "ratio";
  '_buffer'?: "buffer";
}
