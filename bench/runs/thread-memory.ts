/**
 * The engine's memory by thread, read from swarmgate_thread_memory_bytes on /metrics: where the
 * process's RSS goes besides the peer store (V8 heaps, external and array-buffer memory per thread).
 * What no thread accounts for (RSS minus all of it) is native: code, stacks, the flush encoder thread,
 * malloc arenas and slack.
 */
import { formatCount } from '../suite/progress.js';

export interface ThreadMemory {
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

const KIND_FIELDS: Record<string, keyof ThreadMemory> = {
  heap_total: 'heapTotal',
  heap_used: 'heapUsed',
  external: 'external',
  array_buffers: 'arrayBuffers',
};

/** Per thread ('supervisor', 'worker-0', ...) from a parsed /metrics. */
export function threadMemory(metrics: Map<string, number>): Record<string, ThreadMemory> {
  const out: Record<string, ThreadMemory> = {};
  for (const [key, value] of metrics) {
    const match = /^swarmgate_thread_memory_bytes\{thread="([^"]+)",kind="([^"]+)"\}$/.exec(key);
    const field = match ? KIND_FIELDS[match[2]!] : undefined;
    if (!match || !field) continue;
    out[match[1]!] ??= { heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
    out[match[1]!]![field] = value;
  }
  return out;
}

/**
 * One line: each thread's heap, external and array-buffer memory, and what RSS holds beyond every
 * thread's heap and array buffers. (In a worker thread `external` does not include the array buffers
 * the way the main thread's does, so the two are listed apart and only array buffers are summed.)
 */
export function describeThreadMemory(threads: Record<string, ThreadMemory>, rssBytes: number): string {
  const mib = (bytes: number) => formatCount(bytes / 2 ** 20);
  let accounted = 0;
  const parts = Object.entries(threads).map(([thread, m]) => {
    accounted += m.heapTotal + m.arrayBuffers;
    return `${thread} heap ${mib(m.heapUsed)}/${mib(m.heapTotal)} MiB, external ${mib(m.external)} MiB (array buffers ${mib(m.arrayBuffers)})`;
  });
  return `${parts.join('; ')}; RSS beyond heaps and array buffers (native: code, stacks, the encoder thread, malloc) ${mib(rssBytes - accounted)} MiB`;
}
