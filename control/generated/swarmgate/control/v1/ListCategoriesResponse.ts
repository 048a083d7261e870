// Original file: proto/swarmgate/control/v1/torrents.proto

import type { Category as _swarmgate_control_v1_Category, Category__Output as _swarmgate_control_v1_Category__Output } from '../../../swarmgate/control/v1/Category.js';

export interface ListCategoriesResponse {
  'categories'?: (_swarmgate_control_v1_Category)[];
}

export interface ListCategoriesResponse__Output {
  'categories': (_swarmgate_control_v1_Category__Output)[];
}
