/**
 * The pool journal's columns: what a worker records crosses to the supervisor (as postMessage does,
 * with its buffers transferred) and reads back as the same records, every field and every null.
 */
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { drainTransferList, PoolJournal, readPoolDrain, type PoolDrain } from '../../engine/pool/pool-journal.js';
import type { LeaseEnd, LeaseStart } from '../../engine/pool/pool-records.js';
import { parseLeaseId } from '../../engine/pool/shared/lease-id.js';

/** A lease id's 16 bytes, as the lease table holds them. */
function idBytes(id: string): Uint8Array {
  const bytes = new Uint8Array(16);
  if (!parseLeaseId(id, bytes)) throw new Error(`not a lease id: ${id}`);
  return bytes;
}

function acrossThreads(drain: PoolDrain): Promise<PoolDrain> {
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve) => {
    port2.once('message', (m: PoolDrain) => {
      port1.close();
      resolve(m);
    });
    port1.postMessage(drain, drainTransferList(drain));
  });
}

describe('pool journal', () => {
  it('reads back every start, end and report as recorded, after a transfer between threads', async () => {
    const journal = new PoolJournal();
    const starts: LeaseStart[] = [];
    const ends: LeaseEnd[] = [];
    // More rows than the initial columns hold, so growth is crossed too.
    for (let i = 0; i < 700; i++) {
      const start: LeaseStart = {
        leaseId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        startedAtMs: 1_764_467_000_123 + i,
        key: i % 7,
        slot: 1000 + i,
        userId: `11111111-0000-4000-8000-${String(i % 50).padStart(12, '0')}`,
        deviceId: `device ${i % 3}`,
        stream:
          i % 3 === 0
            ? { type: null, imdbId: null, torrentHash: null, title: null }
            : { type: i % 3 === 1 ? 'movie' : 'series', imdbId: `tt${i}`, torrentHash: 'ab'.repeat(20), title: `Title ${i} ünïcode` },
      };
      starts.push(start);
      journal.streamStarted(idBytes(start.leaseId), 0, start.startedAtMs, start.key, start.slot, start.userId, start.deviceId, start.stream);
      const end: LeaseEnd = { leaseId: start.leaseId, startedAtMs: start.startedAtMs, endedAtMs: start.startedAtMs + 5000 + i, reason: (['stopped', 'expired', 'evicted', 'error'] as const)[i % 4]! };
      ends.push(end);
      journal.streamEnded(idBytes(end.leaseId), 0, end.startedAtMs, end.endedAtMs, end.reason);
    }
    const usage = { id: 'u1', atMs: 1, key: 2, userId: null, deviceId: null, stream: starts[0]!.stream, endpoint: '/x', statusCode: 403, responseTimeMs: 12, cached: null, ok: false, errorType: 'http_error' };
    const health = { key: 2, version: 3, status: 'failing', failures: 1, reason: 'HTTP 403', atMs: 1, ok: false };
    journal.upstreamCall(usage, health);

    const records = readPoolDrain(await acrossThreads(journal.drain()));
    expect(records).toEqual({ starts, ends, usage: [usage], health: [health] });

    // A drain empties the journal; the next one carries only what came after.
    journal.streamEnded(idBytes(starts[1]!.leaseId), 0, 1, 2, 'stopped');
    const next = readPoolDrain(await acrossThreads(journal.drain()));
    expect(next).toEqual({ starts: [], ends: [{ leaseId: starts[1]!.leaseId, startedAtMs: 1, endedAtMs: 2, reason: 'stopped' }], usage: [], health: [] });
  });
});
