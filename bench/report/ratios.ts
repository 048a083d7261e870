/** Swarmgate against each other target, row group by row group (same mix, connection mode and driver). */
import type { Measurement } from '../suite/measurement.js';
import type { Ratio } from './results.js';
import { disturbed } from './tables.js';

export function computeRatios(measurements: Measurement[]): Ratio[] {
  const ratios: Ratio[] = [];
  const measured = measurements.filter((m) => !m.skipped && m.requestsPerSecond);
  for (const ours of measured.filter((m) => m.target === 'swarmgate')) {
    for (const theirs of measured) {
      if (theirs.target === 'swarmgate' || theirs.mix !== ours.mix || theirs.connection !== ours.connection || theirs.driver !== ours.driver) continue;
      ratios.push({
        mix: ours.mix,
        connection: ours.connection,
        driver: ours.driver,
        against: theirs.target,
        swarmgateRequestsPerSecond: ours.requestsPerSecond!,
        theirRequestsPerSecond: theirs.requestsPerSecond!,
        throughput: ours.requestsPerSecond! / theirs.requestsPerSecond!,
        // CPU time is counted in clock ticks (10 ms): a short row can show 0, and 0 divides nothing.
        cpuEfficiency: ours.serverCpuMicrosPerRequest && theirs.serverCpuMicrosPerRequest ? theirs.serverCpuMicrosPerRequest / ours.serverCpuMicrosPerRequest : null,
        disturbed: disturbed(ours) || disturbed(theirs),
      });
    }
  }
  return ratios;
}
