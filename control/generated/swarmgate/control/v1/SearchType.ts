// Original file: proto/swarmgate/control/v1/indexers.proto

export const SearchType = {
  SEARCH_TYPE_UNSPECIFIED: 'SEARCH_TYPE_UNSPECIFIED',
  SEARCH_TYPE_MOVIE: 'SEARCH_TYPE_MOVIE',
  SEARCH_TYPE_SERIES: 'SEARCH_TYPE_SERIES',
  SEARCH_TYPE_SEARCH: 'SEARCH_TYPE_SEARCH',
} as const;

export type SearchType =
  | 'SEARCH_TYPE_UNSPECIFIED'
  | 0
  | 'SEARCH_TYPE_MOVIE'
  | 1
  | 'SEARCH_TYPE_SERIES'
  | 2
  | 'SEARCH_TYPE_SEARCH'
  | 3

export type SearchType__Output = typeof SearchType[keyof typeof SearchType]
