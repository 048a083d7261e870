/**
 * The parts of Prowlarr's API v1 answers the registry sync reads, as zod schemas: anything else in
 * an answer is ignored, anything missing or of the wrong type makes the whole answer garbage (the
 * sync then writes nothing). Shapes follow Prowlarr's IndexerResource (GET /api/v1/indexer) and
 * IndexerStatsResource (GET /api/v1/indexerstats); enums arrive as camelCase strings.
 */
import { z } from 'zod';

const count = z.number().int().min(0);

/** One element of GET /api/v1/indexer. */
export const prowlarrIndexer = z.object({
  id: z.number().int().min(1),
  name: z.string().min(1).max(200),
  protocol: z.enum(['torrent', 'usenet']),
  privacy: z.enum(['public', 'semiPrivate', 'private']),
  priority: z.number().int().min(1).max(50),
  enable: z.boolean(),
  language: z.string().nullish(),
  description: z.string().nullish(),
  /** The Cardigann/native definition behind it (e.g. "yts"): our indexer_type. */
  definitionName: z.string().nullish(),
});

export const prowlarrIndexerList = z.array(prowlarrIndexer);

/** One element of IndexerStatsResource.indexers (all-time figures unless a date range is asked). */
export const prowlarrIndexerStatistics = z.object({
  indexerId: z.number().int().min(1),
  indexerName: z.string().nullish(),
  averageResponseTime: count,
  averageGrabResponseTime: count,
  numberOfQueries: count,
  numberOfGrabs: count,
  numberOfRssQueries: count,
  numberOfAuthQueries: count,
  numberOfFailedQueries: count,
  numberOfFailedGrabs: count,
});

export const prowlarrIndexerStats = z.object({
  indexers: z.array(prowlarrIndexerStatistics),
});

export type ProwlarrIndexer = z.infer<typeof prowlarrIndexer>;
export type ProwlarrIndexerStatistics = z.infer<typeof prowlarrIndexerStatistics>;
