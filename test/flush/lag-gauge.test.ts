/**
 * The flush lag is an age computed when it is read, from the time the flusher published: every
 * scrape of /metrics and every /healthz is current, also while the flusher publishes nothing (a write
 * hanging, an event loop busy), instead of the age as of the flusher's last publication.
 */
import { describe, expect, it } from 'vitest';
import { healthAnswer } from '../../engine/health.js';
import { createMetricsBuffer, createMetricsRegistry, FlushMetrics } from '../../engine/metrics.js';

const WORKERS = 2;

async function gauge(registry: ReturnType<typeof createMetricsRegistry>, name: string): Promise<number> {
  const metric = await registry.getSingleMetric(name)!.get();
  return metric.values[0]!.value;
}

describe('flush lag gauge', () => {
  it('reads 0 when nothing waits, and the age of the oldest unwritten delta at each scrape', async () => {
    const buffer = createMetricsBuffer(WORKERS);
    const registry = createMetricsRegistry(buffer, WORKERS);
    const flush = new FlushMetrics(buffer, WORKERS);
    flush.setLagWarnSeconds(60);
    expect(await gauge(registry, 'swarmgate_flush_lag_seconds')).toBe(0);

    flush.setBacklog(10, Date.now() - 59_000);
    const first = await gauge(registry, 'swarmgate_flush_lag_seconds');
    expect(first).toBeGreaterThanOrEqual(59);
    expect(await gauge(registry, 'swarmgate_flush_degraded')).toBe(0);
    expect(healthAnswer(buffer, WORKERS, 503)).toEqual({ status: 200, body: 'ok\n' });

    // Nothing published meanwhile: the age still moves, and crosses the threshold on its own.
    await new Promise((r) => setTimeout(r, 1100));
    const second = await gauge(registry, 'swarmgate_flush_lag_seconds');
    expect(second - first).toBeGreaterThanOrEqual(1);
    expect(await gauge(registry, 'swarmgate_flush_degraded')).toBe(1);
    expect(healthAnswer(buffer, WORKERS, 503)).toEqual({ status: 503, body: expect.stringMatching(/^degraded: flush lag 6\d s\n$/) });

    flush.setBacklog(0, 0);
    expect(await gauge(registry, 'swarmgate_flush_lag_seconds')).toBe(0);
    expect(healthAnswer(buffer, WORKERS, 503).status).toBe(200);
  });
});
