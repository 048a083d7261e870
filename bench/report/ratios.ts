/** Swarmgate against each other target, row group by row group (same mix, connection mode and driver). */
import type { Measurement } from '../suite/measurement.js';
import type { Ratio } from './results.js';

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
        cpuEfficiency: theirs.serverCpuMicrosPerRequest! / ours.serverCpuMicrosPerRequest!,
      });
    }
  }
  return ratios;
}
