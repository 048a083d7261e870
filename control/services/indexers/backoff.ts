/**
 * The escalating back-off of an automatically disabled indexer, Prowlarr's ladder: each failed
 * evaluation climbs one level (at most 9), each good one steps back one level.
 */

/** Seconds an indexer stays disabled at each level; index 0 (no back-off) is unused. */
export const BACKOFF_SECONDS: readonly number[] = [0, 60, 5 * 60, 15 * 60, 30 * 60, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 24 * 3600];

export const MAX_BACKOFF_LEVEL = BACKOFF_SECONDS.length - 1;

/** The ladder from level 1 as a PostgreSQL int[] literal's elements (1-based there: element n is level n). */
export const BACKOFF_LADDER_SQL_PARAM: number[] = BACKOFF_SECONDS.slice(1);
