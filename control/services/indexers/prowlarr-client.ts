/**
 * A minimal Prowlarr API v1 client for the registry sync: two GETs with the API key in X-Api-Key,
 * each bounded by a timeout covering connect, headers and body, answers validated with zod. Every
 * failure (unreachable, timeout, non-2xx, not JSON, wrong shape) is one ProwlarrError saying which.
 */
import type { z } from 'zod';
import { prowlarrIndexerList, prowlarrIndexerStats, type ProwlarrIndexer, type ProwlarrIndexerStatistics } from './prowlarr-schemas.js';

export class ProwlarrError extends Error {
  override name = 'ProwlarrError';
  constructor(
    message: string,
    /** unreachable | timeout | http_status | not_json | bad_shape: the metric label. */
    readonly kind: 'unreachable' | 'timeout' | 'http_status' | 'not_json' | 'bad_shape',
  ) {
    super(message);
  }
}

export interface ProwlarrClientOptions {
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
  /** Aborts the calls when the job is stopped. */
  signal?: AbortSignal;
}

export interface ProwlarrRegistry {
  indexers: ProwlarrIndexer[];
  stats: ProwlarrIndexerStatistics[];
}

async function getJson<T>(options: ProwlarrClientOptions, path: string, schema: z.ZodType<T>): Promise<T> {
  const url = new URL(path, options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let text: string;
  try {
    const response = await fetch(url, { headers: { 'X-Api-Key': options.apiKey, Accept: 'application/json' }, signal, redirect: 'error' });
    text = await response.text();
    if (!response.ok) throw new ProwlarrError(`GET ${url.pathname} answered HTTP ${response.status}: ${text.slice(0, 200)}`, 'http_status');
  } catch (err) {
    if (err instanceof ProwlarrError) throw err;
    if (timeout.aborted) throw new ProwlarrError(`GET ${url.pathname} took longer than ${options.timeoutMs} ms`, 'timeout');
    throw new ProwlarrError(`GET ${url.pathname} failed: ${(err as Error).message}`, 'unreachable');
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ProwlarrError(`GET ${url.pathname} did not answer JSON: ${text.slice(0, 200)}`, 'not_json');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ProwlarrError(`GET ${url.pathname} answered an unexpected shape at ${issue.path.join('.') || '(root)'}: ${issue.message}`, 'bad_shape');
  }
  return parsed.data;
}

/** Both registry answers; throws ProwlarrError before anything is written if either is bad. */
export async function fetchRegistry(options: ProwlarrClientOptions): Promise<ProwlarrRegistry> {
  const indexers = await getJson(options, 'api/v1/indexer', prowlarrIndexerList);
  const stats = await getJson(options, 'api/v1/indexerstats', prowlarrIndexerStats);
  return { indexers, stats: stats.indexers };
}
