/** The first table of `swarmgatectl indexers list`: ranked by p95 then success rate, with status, in 80 columns. */
import { describe, expect, it } from 'vitest';
import { rankingTable, rankIndexers } from '../../cli/ctl/commands/indexers.js';
import type { Indexer__Output as Indexer } from '../../control/generated/swarmgate/control/v1/Indexer.js';

function indexer(displayName: string, fields: Partial<Indexer>): Indexer {
  return {
    name: `indexers/${displayName}`, id: displayName, displayName, prowlarrIndexerId: 1, prowlarrInstance: 1, protocol: 'torrent', privacy: 'public',
    priority: 25, enabled: true, disabledBy: 'INDEXER_DISABLED_BY_NONE', disabledUntil: null, backoffLevel: 0, status: 'INDEXER_STATUS_OPERATIONAL',
    requests_24h: 100, successes_24h: 100, failures_24h: 0, timeouts_24h: 0, queries_24h: 0, grabs_24h: 0, queriesTotal: 0, grabsTotal: 0,
    failedQueriesTotal: 0, lastSuccessTime: null, lastFailureTime: null, lastSyncTime: null, createTime: null, updateTime: null, etag: '', language: '', description: '',
    ...fields,
  };
}

const indexers = [
  indexer('Slow but sure', { p95ResponseMs: 2400, successRate: 100, status: 'INDEXER_STATUS_DEGRADED', requests_24h: 123456 }),
  indexer('Never searched', { requests_24h: 0, successes_24h: 0 }),
  indexer('Fast', { p95ResponseMs: 180, successRate: 99.5 }),
  indexer('Fast and flaky', { p95ResponseMs: 180, successRate: 71.25, enabled: false, disabledBy: 'INDEXER_DISABLED_BY_HEALTH', status: 'INDEXER_STATUS_DOWN', backoffLevel: 2 }),
  indexer('A very long indexer name that goes on and on', { p95ResponseMs: 900, successRate: 96, enabled: false, disabledBy: 'INDEXER_DISABLED_BY_OPERATOR' }),
];

describe('indexers list ranking', () => {
  it('ranks by p95 (fastest first, unmeasured last), then by success rate', () => {
    expect(rankIndexers(indexers).map((i) => i.displayName)).toEqual(['Fast', 'Fast and flaky', 'A very long indexer name that goes on and on', 'Slow but sure', 'Never searched']);
  });

  it('shows rank, status and figures in at most 80 columns', () => {
    const lines = rankingTable(indexers).split('\n');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80);
    const body = lines.filter((l) => /^│\s*\d/.test(l));
    expect(body.map((l) => l.split('│').map((c) => c.trim()).slice(1, 7))).toEqual([
      ['1', 'Fast', 'operational', '180', '99.5%', '100'],
      ['2', 'Fast and flaky', 'down', '180', '71.3%', '100'],
      ['3', 'A very long indexer n…', 'off (admin)', '900', '96.0%', '100'],
      ['4', 'Slow but sure', 'degraded', '2400', '100.0%', '123456'],
      ['5', 'Never searched', 'operational', '-', '-', '0'],
    ]);
  });
});
