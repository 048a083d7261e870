/**
 * A local HTTP server standing in for Prowlarr (Prowlarr itself is not installable here). It answers
 * GET /api/v1/indexer and GET /api/v1/indexerstats with the shapes of Prowlarr's API v1
 * (IndexerResource and IndexerStatsResource: camelCase fields, enums as camelCase strings, extra
 * fields the sync ignores), checks the X-Api-Key header like Prowlarr (401 without it), and can be
 * told to answer garbage, an error status or nothing at all.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeIndexer {
  id: number;
  name: string;
  protocol?: 'torrent' | 'usenet';
  privacy?: 'public' | 'semiPrivate' | 'private';
  priority?: number;
  enable?: boolean;
  language?: string;
  description?: string;
  definitionName?: string;
}

export interface FakeStats {
  indexerId: number;
  queries: number;
  grabs: number;
  failedQueries?: number;
  averageResponseTime?: number;
}

/** An IndexerResource as Prowlarr serialises it (the fields it always sends, trimmed of settings). */
function indexerResource(i: FakeIndexer): Record<string, unknown> {
  return {
    indexerUrls: [`https://${i.name.toLowerCase().replace(/\W+/g, '')}.example/`],
    legacyUrls: [],
    definitionName: i.definitionName ?? i.name.toLowerCase(),
    description: i.description ?? `${i.name} is a public torrent site`,
    language: i.language ?? 'en-US',
    encoding: 'Unicode (UTF-8)',
    enable: i.enable ?? true,
    redirect: false,
    supportsRss: true,
    supportsSearch: true,
    supportsRedirect: false,
    supportsPagination: false,
    appProfileId: 1,
    protocol: i.protocol ?? 'torrent',
    privacy: i.privacy ?? 'public',
    capabilities: { limitsMax: 100, limitsDefault: 100, categories: [], supportsRawSearch: false, searchParams: ['q'], tvSearchParams: [], movieSearchParams: [] },
    priority: i.priority ?? 25,
    downloadClientId: 0,
    added: '2026-11-01T10:00:00Z',
    sortName: i.name.toLowerCase(),
    name: i.name,
    fields: [{ order: 0, name: 'baseUrl', label: 'Base Url', type: 'select', advanced: false, privacy: 'normal', isFloat: false }],
    implementationName: 'Cardigann',
    implementation: 'Cardigann',
    configContract: 'CardigannSettings',
    infoLink: 'https://wiki.servarr.com/prowlarr/supported-indexers',
    tags: [],
    id: i.id,
  };
}

/** An IndexerStatistics element of IndexerStatsResource.indexers. */
function statistics(s: FakeStats, name: string): Record<string, unknown> {
  return {
    indexerId: s.indexerId,
    indexerName: name,
    averageResponseTime: s.averageResponseTime ?? 300,
    averageGrabResponseTime: 150,
    numberOfQueries: s.queries,
    numberOfGrabs: s.grabs,
    numberOfRssQueries: Math.floor(s.queries / 10),
    numberOfAuthQueries: 0,
    numberOfFailedQueries: s.failedQueries ?? 0,
    numberOfFailedGrabs: 0,
    numberOfFailedRssQueries: 0,
    numberOfFailedAuthQueries: 0,
  };
}

export type FakeMode = 'normal' | 'garbage-json' | 'not-json' | 'error-500' | 'hang' | 'garbage-stats';

export interface FakeProwlarr {
  url: string;
  apiKey: string;
  indexers: FakeIndexer[];
  stats: FakeStats[];
  mode: FakeMode;
  /** Requests seen, as "METHOD path key=<X-Api-Key>". */
  requests: string[];
  close(): Promise<void>;
}

export async function startFakeProwlarr(apiKey = 'a5f1c0ffee0123456789abcdef012345'): Promise<FakeProwlarr> {
  const state: Omit<FakeProwlarr, 'url' | 'close'> = { apiKey, indexers: [], stats: [], mode: 'normal', requests: [] };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    state.requests.push(`${req.method} ${path} key=${req.headers['x-api-key'] ?? ''}`);
    if (state.mode === 'hang') return; // never answers: the client's timeout must end the call
    if (req.headers['x-api-key'] !== state.apiKey) {
      res.writeHead(401).end();
      return;
    }
    const json = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
    if (state.mode === 'error-500') return void res.writeHead(500, { 'content-type': 'text/plain' }).end('Database is locked');
    if (state.mode === 'not-json') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Login</html>');
    if (path === '/api/v1/indexer') {
      if (state.mode === 'garbage-json') return json([{ id: 'one', name: 7 }]);
      return json(state.indexers.map(indexerResource));
    }
    if (path === '/api/v1/indexerstats') {
      const names = new Map(state.indexers.map((i) => [i.id, i.name]));
      if (state.mode === 'garbage-stats') return json({ indexers: [{ indexerId: 1, numberOfQueries: -5 }] });
      return json({ indexers: state.stats.map((s) => statistics(s, names.get(s.indexerId) ?? '')), userAgents: [], hosts: [] });
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fake = state as FakeProwlarr;
  fake.url = `http://127.0.0.1:${port}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
