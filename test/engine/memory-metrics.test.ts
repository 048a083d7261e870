import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../support/engine.js';

/** Lines of one metric from a /metrics text, as "labels value" pairs (labels '' when none). */
function samples(text: string, name: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = new RegExp(`^${name}(\\{[^}]*\\})? (\\S+)$`).exec(line);
    if (match) out.set(match[1] ?? '', Number(match[2]));
  }
  return out;
}

describe('memory on /metrics', () => {
  let t: TestEngine;

  beforeAll(async () => {
    t = await startTestEngine({ workers: 2 });
  });
  afterAll(() => t.stop());

  it('reports every thread’s heap, external and array-buffer memory, and the process RSS', async () => {
    // Workers publish their figures with the gauges, once a second.
    await new Promise((r) => setTimeout(r, 1500));
    const text = await (await fetch(`${t.opsUrl}/metrics`)).text();
    const memory = samples(text, 'swarmgate_thread_memory_bytes');
    for (const thread of ['supervisor', 'worker-0', 'worker-1']) {
      for (const kind of ['heap_total', 'heap_used', 'external', 'array_buffers']) {
        const value = memory.get(`{thread="${thread}",kind="${kind}"}`);
        expect(value, `${thread} ${kind}`).toBeGreaterThan(0);
      }
      expect(memory.get(`{thread="${thread}",kind="heap_used"}`)!).toBeLessThanOrEqual(memory.get(`{thread="${thread}",kind="heap_total"}`)!);
    }
    const rss = samples(text, 'process_resident_memory_bytes').get('')!;
    expect(rss).toBeGreaterThan(memory.get('{thread="worker-0",kind="heap_used"}')!);
    expect(samples(text, 'nodejs_heap_size_used_bytes').get('')).toBeGreaterThan(0);
  });
});
