/** Prometheus counters of the registry sync, on prom-client's default registry (served with the others). */
import { Counter, register } from 'prom-client';

function counter(name: string, help: string, labelNames: string[] = []): Counter {
  return (register.getSingleMetric(name) as Counter | undefined) ?? new Counter({ name, help, labelNames, registers: [register] });
}

export const syncFailures = counter(
  'swarmgate_indexer_sync_failures_total',
  'Prowlarr registry syncs that wrote nothing because Prowlarr was unreachable, slow or answered garbage, by kind',
  ['kind'],
);

export const syncRuns = counter('swarmgate_indexer_sync_success_total', 'Prowlarr registry syncs written');
