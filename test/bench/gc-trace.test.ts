/**
 * The bench's --trace-gc summary (bench/profile/gc-trace.ts): V8's one line per collection, summed
 * per isolate, forced full collections counted apart.
 */
import { describe, expect, it } from 'vitest';
import { summarizeGcTrace } from '../../bench/profile/gc-trace.js';

const LOG = [
  '{"level":30,"msg":"engine serving"}',
  '[13862:0x37a95bf0]       96 ms: Scavenge 4.4 (4.5) -> 3.8 (5.5) MB, 2.50 / 0.01 ms  (average mu = 1.000, current mu = 1.000) task; ',
  '[13862:0x37a95bf0]      459 ms: Mark-Compact 10.1 (16.7) -> 7.6 (17.5) MB, 7.93 / 0.23 ms  (+ 0.6 ms in 5 steps since start of marking, biggest step 0.3 ms, walltime since start of marking 29 ms) (average mu = 1.000, current mu = 1.000) finalize incremental marking via task; GC in old space requested',
  '[13862:0x7fdf58001030]      543 ms: Mark-Compact 20.2 (28.2) -> 16.5 (27.9) MB, 5.52 / 0.05 ms  (average mu = 1.000, current mu = 1.000) testing; GC in old space requested',
  '[13862:0x37a95bf0]     5579 ms: Mark-Compact 30.7 (63.3) -> 29.2 (63.3) MB, 43.89 / 0.00 ms  (average mu = 0.985, current mu = 0.990) testing; GC in old space requested',
  '[13862:0x7fdf58001030]      600 ms: Scavenge 20.0 (28.0) -> 19.0 (28.0) MB, 1.25 / 0.00 ms  (average mu = 1.000, current mu = 1.000) allocation failure; ',
].join('\n');

describe('GC trace summary', () => {
  it('sums collections per isolate, in the order each first collected, forced ones apart', () => {
    expect(summarizeGcTrace(LOG)).toEqual([
      { isolate: '0x37a95bf0', full: 2, fullMs: 7.93 + 43.89, forced: 1, forcedMs: 43.89, minor: 1, minorMs: 2.5 },
      { isolate: '0x7fdf58001030', full: 1, fullMs: 5.52, forced: 1, forcedMs: 5.52, minor: 1, minorMs: 1.25 },
    ]);
  });

  it('finds nothing in a log without a trace', () => {
    expect(summarizeGcTrace('{"level":30,"msg":"engine serving"}\n')).toEqual([]);
  });
});
