// Original file: proto/swarmgate/control/v1/torrents.proto


export interface Category {
  'slug'?: (string);
  'name'?: (string);
  'parent'?: (string);
  'description'?: (string);
}

export interface Category__Output {
  'slug': (string);
  'name': (string);
  'parent': (string);
  'description': (string);
}
