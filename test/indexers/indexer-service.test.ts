/**
 * IndexerService over gRPC against a real control plane: reads, an operator's changes (etag, audit,
 * event), metrics, global stats, the search log, sync now (against the local Prowlarr-shaped server of
 * support/fake-prowlarr.ts, since Prowlarr itself is not installable here) and the ReportSearches stream.
 */
import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../core/events.js';
import type { ReportSearchesRequest } from '../../control/generated/swarmgate/control/v1/ReportSearchesRequest.js';
import type { ReportSearchesResponse__Output } from '../../control/generated/swarmgate/control/v1/ReportSearchesResponse.js';
import { dailyFiguresJob, hourlyMetricsJob } from '../../control/services/indexers/jobs.js';
import type { ControlClients } from '../../control/client.js';
import { auditRows, call, expectFailure, startTestControl, type TestAccount, type TestControl } from '../control/harness.js';
import { startFakeProwlarr, type FakeProwlarr } from './support/fake-prowlarr.js';
import { jobContext, testClock } from './support/job-context.js';
import { insertIndexer, insertSearches } from './support/search-rows.js';

let control: TestControl;
let prowlarr: FakeProwlarr;
let admin: ControlClients;
let moderator: TestAccount;
let member: TestAccount;
let yts: string;
let tpb: string;
const events: DomainEvent[] = [];

beforeAll(async () => {
  prowlarr = await startFakeProwlarr();
  control = await startTestControl({ indexers: { prowlarrUrl: prowlarr.url, prowlarrApiKey: prowlarr.apiKey, prowlarrTimeoutMs: 2000, ingestMaxBatchRows: 5 } });
  control.bus.subscribe((e) => events.push(e));
  admin = control.admin.clients;
  moderator = await control.account('moderator');
  member = await control.account('member');
  yts = await insertIndexer(control.db.pool, 'YTS');
  tpb = await insertIndexer(control.db.pool, 'TPB');
  const now = Date.now();
  await insertSearches(control.db.pool, yts, [100, 200, 300, 400].map((ms, k) => ({ at: new Date(now - (k + 1) * 60_000), ms, ok: k !== 3, results: 2 })));
  await insertSearches(control.db.pool, tpb, [{ at: new Date(now - 60_000), ms: 2500 }]);
  const ctx = jobContext(control.db.pool, testClock(new Date(now)));
  await hourlyMetricsJob.run(ctx);
  await dailyFiguresJob.run(ctx);
});
afterAll(async () => {
  await control?.stop();
  await prowlarr?.close();
});

function report(clients: ControlClients, requests: ReportSearchesRequest[]): Promise<ReportSearchesResponse__Output> {
  return new Promise((resolve, reject) => {
    const stream = clients.indexers.reportSearches((error, response) => (error ? reject(error) : resolve(response!)));
    for (const request of requests) stream.write(request);
    stream.end();
  });
}

describe('IndexerService', () => {
  it('lists and gets indexers with their 24-hour figures; moderators may read, members may not', async () => {
    const list = await call(moderator.clients.indexers.listIndexers.bind(moderator.clients.indexers), {});
    expect(list.indexers.map((i) => i.displayName).sort()).toEqual(['TPB', 'YTS']);
    const got = await call(admin.indexers.getIndexer.bind(admin.indexers), { name: `indexers/${yts}` });
    expect(got).toMatchObject({ name: `indexers/${yts}`, displayName: 'YTS', enabled: true, requests_24h: 4, failures_24h: 1, successRate: 75, p95ResponseMs: 385, status: 'INDEXER_STATUS_DEGRADED', disabledBy: 'INDEXER_DISABLED_BY_NONE' });
    await expectFailure(call(member.clients.indexers.listIndexers.bind(member.clients.indexers), {}), status.PERMISSION_DENIED);
    await expectFailure(call(admin.indexers.getIndexer.bind(admin.indexers), { name: 'indexers/nope' }), status.INVALID_ARGUMENT, { fields: ['name'] });
    const degraded = await call(admin.indexers.listIndexers.bind(admin.indexers), { filter: 'status = INDEXER_STATUS_DEGRADED' });
    expect(degraded.indexers).toHaveLength(2); // YTS by success rate, TPB by its 2500 ms average
  });

  it('updates priority under an etag, and disables and enables by hand with audit rows and events', async () => {
    const before = await call(admin.indexers.getIndexer.bind(admin.indexers), { name: `indexers/${yts}` });
    const updated = await call(admin.indexers.updateIndexer.bind(admin.indexers), { indexer: { name: before.name, priority: 5, etag: before.etag }, updateMask: { paths: ['priority'] } });
    expect(updated.priority).toBe(5);
    expect(updated.etag).not.toBe(before.etag);
    await expectFailure(
      call(admin.indexers.updateIndexer.bind(admin.indexers), { indexer: { name: before.name, priority: 6, etag: before.etag }, updateMask: { paths: ['priority'] } }),
      status.ABORTED,
      { reason: 'ETAG_MISMATCH' },
    );
    await expectFailure(
      call(admin.indexers.updateIndexer.bind(admin.indexers), { indexer: { name: before.name, priority: 51 }, updateMask: { paths: ['priority', 'status'] } }),
      status.INVALID_ARGUMENT,
      { fields: ['update_mask.paths[1]', 'indexer.priority'] },
    );
    await expectFailure(call(moderator.clients.indexers.disableIndexer.bind(moderator.clients.indexers), { name: before.name }), status.PERMISSION_DENIED);
    const disabled = await call(admin.indexers.disableIndexer.bind(admin.indexers), { name: before.name, reason: 'maintenance' });
    expect(disabled).toMatchObject({ enabled: false, disabledBy: 'INDEXER_DISABLED_BY_OPERATOR' });
    await expectFailure(call(admin.indexers.disableIndexer.bind(admin.indexers), { name: before.name }), status.FAILED_PRECONDITION, { reason: 'INDEXER_DISABLED' });
    const enabled = await call(admin.indexers.enableIndexer.bind(admin.indexers), { name: before.name });
    expect(enabled).toMatchObject({ enabled: true, disabledBy: 'INDEXER_DISABLED_BY_NONE' });
    expect((await auditRows(control.db, yts)).map((r) => r.action)).toEqual(['indexer.update', 'indexer.disable', 'indexer.enable']);
    expect(events.filter((e) => e.type === 'indexer.changed' && e.indexerId === yts)).toHaveLength(3);
  });

  it('gives hourly metrics over a range, the global stats and the search log paged and filtered', async () => {
    const start = { seconds: Math.floor(Date.now() / 1000) - 3 * 3600, nanos: 0 };
    const metrics = await call(admin.indexers.listIndexerMetrics.bind(admin.indexers), { name: `indexers/${yts}/metrics`, startTime: start });
    expect(metrics.metrics.reduce((sum, m) => sum + m.requests, 0)).toBe(4);
    await expectFailure(
      call(admin.indexers.listIndexerMetrics.bind(admin.indexers), { name: `indexers/${yts}/metrics`, startTime: { seconds: start.seconds - 40 * 86400, nanos: 0 } }),
      status.INVALID_ARGUMENT,
      { fields: ['start_time'] },
    );
    const stats = await call(admin.indexers.getGlobalIndexerStats.bind(admin.indexers), {});
    expect(stats).toMatchObject({ searches_24h: 5, failures_24h: 1, slowestIndexer: `indexers/${tpb}`, mostReliableIndexer: `indexers/${tpb}`, mostReliableSuccessRate: 100 });
    const first = await call(admin.indexers.listSearchLogs.bind(admin.indexers), { pageSize: 2, filter: `indexer = "indexers/${yts}"` });
    expect(first.searches.map((s) => s.responseMs)).toEqual([100, 200]);
    const second = await call(admin.indexers.listSearchLogs.bind(admin.indexers), { pageSize: 2, pageToken: first.nextPageToken, filter: `indexer = "indexers/${yts}"` });
    expect(second.searches.map((s) => s.responseMs)).toEqual([300, 400]);
    const failed = await call(admin.indexers.listSearchLogs.bind(admin.indexers), { filter: 'success = false' });
    expect(failed.searches.map((s) => s.indexer)).toEqual([`indexers/${yts}`]);
    await expectFailure(call(admin.indexers.listSearchLogs.bind(admin.indexers), { filter: 'speed > 3' }), status.INVALID_ARGUMENT, { fields: ['filter'] });
  });

  it('syncs from Prowlarr now, and answers UNAVAILABLE with nothing written when Prowlarr answers garbage', async () => {
    prowlarr.indexers = [{ id: 31, name: 'Nyaa' }];
    prowlarr.stats = [{ indexerId: 31, queries: 10, grabs: 1 }];
    const result = await call(admin.indexers.syncIndexers.bind(admin.indexers), {});
    expect(result).toEqual({ created: 1, updated: 0, snapshots: 1 });
    prowlarr.mode = 'garbage-json';
    const count = (await control.db.pool.query(`SELECT count(*)::int AS n FROM prowlarr_indexers`)).rows[0].n;
    await expectFailure(call(admin.indexers.syncIndexers.bind(admin.indexers), {}), status.UNAVAILABLE, { reason: 'PROWLARR_UNAVAILABLE' });
    expect((await control.db.pool.query(`SELECT count(*)::int AS n FROM prowlarr_indexers`)).rows[0].n).toBe(count);
    prowlarr.mode = 'normal';
  });

  it('writes a ReportSearches stream once per batch id, and refuses a bad row naming it', async () => {
    const reporter = await control.account('administrator');
    const count = async () => (await control.db.pool.query(`SELECT count(*)::int AS n FROM prowlarr_search_logs`)).rows[0].n as number;
    const before = await count();
    const batch = (batchId: string, n: number): ReportSearchesRequest => ({
      batchId,
      searches: Array.from({ length: n }, (_, k) => ({ indexer: `indexers/${tpb}`, query: `q${k}`, type: 'SEARCH_TYPE_SERIES', responseMs: 50 + k, success: true, results: 3 })),
    });
    const a = randomUUID();
    const b = randomUUID();
    expect(await report(reporter.clients, [batch(a, 3), batch(b, 2)])).toEqual({ written: 5, received: 5 });
    // The reporter lost the answer and sends the stream again: nothing is written twice.
    expect(await report(reporter.clients, [batch(a, 3), batch(b, 2)])).toEqual({ written: 0, received: 5 });
    expect(await count()).toBe(before + 5);
    const bad = batch(randomUUID(), 2);
    bad.searches![1]!.responseMs = -4;
    const details = await expectFailure(report(reporter.clients, [batch(randomUUID(), 1), bad]), status.INVALID_ARGUMENT, { fields: ['requests[1].searches[1].response_ms'] });
    expect(details.fieldViolations![0]!.description).toBe('must not be negative');
    await expectFailure(
      report(reporter.clients, [{ searches: [{ indexer: `indexers/${randomUUID()}`, responseMs: 1, success: true }] }]),
      status.INVALID_ARGUMENT,
      { fields: ['requests[0].searches[0].indexer'] },
    );
    await expectFailure(report(reporter.clients, [batch(randomUUID(), 6)]), status.RESOURCE_EXHAUSTED);
    await expectFailure(report(moderator.clients, [batch(randomUUID(), 1)]), status.PERMISSION_DENIED);
    expect(await count()).toBe(before + 5);
  });
});
