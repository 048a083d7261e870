/** summary.md of a run: machine, settings, every table, the goals, and how to read them. */
import { machineLine } from './machine.js';
import { isSkipped, type BenchResults } from './results.js';
import { controlTable, flushTable, goalTable, latencyTable, measurementTable, memoryTable, ratioTable, restartTable } from './tables.js';

export function markdownSummary(r: BenchResults): string {
  const o = r.options;
  const out: string[] = [];
  out.push(`# Swarmgate bench, ${r.startedAt}`, '');
  out.push(`Machine: ${machineLine(r.machine)}.`, '');
  out.push(`Command: \`${r.command}\``, '');
  out.push(
    `Catalog: ${o.users.toLocaleString('en-US')} users, ${o.torrents.toLocaleString('en-US')} torrents (seeded with COPY in ${r.seedSeconds.toFixed(1)} s). ` +
      `Mix: ${o.peers.toLocaleString('en-US')} peers (${Math.round(o.seederShare * 100)} % seeders, swarm skew zipf ${o.zipf}), numwant ${o.numwant}, ` +
      `events started ${o.events.started * 100} %, stopped ${o.events.stopped * 100} %, completed ${o.events.completed * 100} %, paused ${o.events.paused * 100} %. ` +
      `${o.connections} connections, ${o.warmupSeconds} s warm-up, ${o.durationSeconds} s measured per row. Engine: ${o.engineWorkers} workers, min interval ${o.minInterval} s` +
      `${Object.keys(o.engineEnv).length > 0 ? `, ${Object.entries(o.engineEnv).map(([k, v]) => `${k}=${v}`).join(', ')}` : ''}.`,
    '',
  );
  out.push('## Goals (ARCHITECTURE.md)', '', goalTable(r.goals), '', 'Rows with verdict "no goal" are figures ARCHITECTURE.md sets no goal for.', '');
  if (r.measurements.length > 0) {
    out.push('## Side by side', '', measurementTable(r.measurements), '');
    if (r.ratios.length > 0) out.push('### Ratios (same run, same mix, same driver)', '', ratioTable(r.ratios), '');
    out.push('![requests per second](chart.svg)', '');
  }
  if (!isSkipped(r.memory)) out.push('## Memory per peer', '', memoryTable(r.memory), '');
  if (!isSkipped(r.latency)) out.push(`## Announce latency at ${(r.latency.peers ?? 0).toLocaleString('en-US')} peers`, '', latencyTable(r.latency), '');
  if (!isSkipped(r.restart)) out.push('## Restart', '', restartTable(r.restart), '');
  out.push('## Flush while serving', '', isSkipped(r.flush) ? `Skipped: ${r.flush.skipped}` : flushTable(r.flush), '');
  if (r.profiles) {
    out.push('## CPU profiles', '', `${r.profiles.files} profiles (one per engine thread) in \`${r.profiles.dir}\`; per-thread self time in \`${r.profiles.summary}\` ` +
      '(`node build/bench/profile/summarize.js <dir>` prints the same). The profiler slows the engine: the figures of this run are not comparable with unprofiled runs.', '');
  }
  out.push('## Control plane', '', isSkipped(r.control) ? `Skipped: ${r.control.skipped}` : controlTable(r.control), '');
  out.push(
    '## Reading these figures',
    '',
    '- The load generator runs on the same cores as the server. "server CPU µs/req" is the server process\'s own CPU time (all threads, from /proc) per answered request: it does not depend on how fast the generator is.',
    '- autocannon rows: one autocannon process (keep-alive only: autocannon cannot open a connection per request). wrk rows: wrk with bench/load/wrk-mix.lua; new-connection rows send `Connection: close`.',
    '- opentracker closes every connection after one answer, so it has no keep-alive rows. The bare uWS.js server answers everything with one fixed 50-peer answer: the ceiling for the HTTP layer.',
    '- Swarmgate\'s outcome shares come from its /metrics. "throttled" answers (a peer announcing again within the min interval) are served from memory without accounting.',
    '- autocannon reports latency in whole milliseconds; wrk in microseconds.',
    '',
  );
  return out.join('\n');
}
