/**
 * Per-key pool metrics, read from the shared key cells at scrape time (every worker renders the same
 * figures). Keys are labelled by id and name, never by anything derived from the API key beyond
 * its shown fingerprint.
 */
import { Counter, Gauge, type Registry } from 'prom-client';
import type { PoolState } from './pool-state.js';
import { KEY_STATUSES } from './shared/key-status.js';

export function registerPoolMetrics(registry: Registry, s: PoolState): void {
  const labelNames = ['pool_key_id', 'pool_key', 'fingerprint'] as const;
  const perKey = (name: string, help: string, value: (key: number) => number) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      collect() {
        this.reset();
        for (const k of s.allKeys()) this.set({ pool_key_id: k.id, pool_key: k.name, fingerprint: k.fingerprint }, value(k.index));
      },
    });
  perKey('swarmgate_pool_key_streams', 'Live streams (leases) on the pool key', (k) => s.keyCells.streams(k));
  perKey('swarmgate_pool_key_stream_cap', 'Concurrent-stream cap of the pool key (max_concurrent_streams)', (k) => s.keyCells.cap(k));
  perKey('swarmgate_pool_key_slots_used', 'User slots taken on the pool key', (k) => s.keyCells.usedSlots(k));
  perKey('swarmgate_pool_key_slots_max', 'User slots of the pool key (max_user_slots)', (k) => s.keyCells.maxSlots(k));
  new Gauge({
    name: 'swarmgate_pool_key_status',
    help: 'Health status of the pool key (1 for its current status)',
    labelNames: [...labelNames, 'status'],
    registers: [registry],
    collect() {
      this.reset();
      for (const k of s.allKeys()) {
        const current = s.keyCells.status(k.index);
        KEY_STATUSES.forEach((status, code) =>
          this.set({ pool_key_id: k.id, pool_key: k.name, fingerprint: k.fingerprint, status }, code === current ? 1 : 0),
        );
      }
    },
  });
  new Counter({
    name: 'swarmgate_pool_requests_total',
    help: 'Pool route requests received, per worker (how requests spread over workers)',
    labelNames: ['worker'],
    registers: [registry],
    collect() {
      this.reset();
      s.requests.forEach((count, worker) => count > 0 && this.inc({ worker: String(worker) }, count));
    },
  });
  new Counter({
    name: 'swarmgate_pool_key_refusals_total',
    help: 'Stream starts refused because the pool key was at its stream cap (429)',
    labelNames,
    registers: [registry],
    collect() {
      this.reset();
      for (const k of s.allKeys()) this.inc({ pool_key_id: k.id, pool_key: k.name, fingerprint: k.fingerprint }, s.keyCells.refusals(k.index));
    },
  });
}
