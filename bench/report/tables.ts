/** Markdown tables of a run (also what the console prints: they read fine as text). */
import type { Measurement } from '../suite/measurement.js';
import type { ControlResult, FlushResult, LatencyResult, MemoryResult, RestartResult } from '../runs/run-results.js';
import { describeArgon2 } from '../runs/argon2-parameters.js';
import { isDisturbed } from '../support/cpu-window.js';
import type { GoalRow, Ratio } from './results.js';

const n0 = (n: number) => Math.round(n).toLocaleString('en-US');
const n1 = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const n2 = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const mib = (bytes: number) => `${n0(bytes / 2 ** 20)}`;

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * Other processes using more than a tenth of a core during the window make a row suspect. The
 * window is the one the CPU was sampled over (older results lack it: then the measured seconds).
 */
export function disturbed(m: Measurement): boolean {
  return isDisturbed({ otherCpuSeconds: m.otherCpuSeconds ?? 0, windowSeconds: m.windowSeconds ?? m.durationSeconds ?? 0 });
}

function outcomeNote(m: Measurement): string {
  if (!m.outcomes) return '';
  const total = Object.values(m.outcomes).reduce((a, b) => a + b, 0);
  if (total === 0) return '';
  const parts = Object.entries(m.outcomes)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${((100 * v) / total).toFixed(v / total < 0.01 ? 2 : 0)}%`);
  return parts.join(', ');
}

export function measurementTable(measurements: Measurement[]): string {
  const rows = measurements.map((m) => {
    const what = [m.target, m.mix, m.connection, m.driver];
    if (m.skipped) return [...what, '-', '-', '-', '-', '-', '-', '-', `skipped: ${m.skipped}`];
    const window = m.windowSeconds ?? m.durationSeconds ?? 0;
    const database = (m.databaseCpuSeconds ?? 0) > 0.05 * window && m.requests ? `PostgreSQL ${n1(((m.databaseCpuSeconds ?? 0) * 1e6) / m.requests)} µs/req` : '';
    const other = disturbed(m) ? `disturbed: other processes used ${n1(m.otherCpuSeconds!)} CPU s in ${n1(window)} s (${n2(m.otherCpuSeconds! / Math.max(window, 1e-9))} cores)` : '';
    const notes = [outcomeNote(m), database, other]
      .filter(Boolean)
      .join('; ');
    return [
      ...what,
      n0(m.requestsPerSecond!),
      n2(m.latencyMs!.p50),
      n2(m.latencyMs!.p99),
      n0(m.errors!),
      n1(m.serverCpuMicrosPerRequest!),
      mib(m.rssBytes!),
      m.peers === null || m.peers === undefined ? '-' : n0(m.peers),
      notes,
    ];
  });
  return table(['target', 'mix', 'connection', 'driver', 'requests/s', 'p50 ms', 'p99 ms', 'errors', 'server CPU µs/req', 'RSS MiB', 'peers', 'notes'], rows);
}

export function ratioTable(ratios: Ratio[]): string {
  return table(
    ['mix', 'connection', 'driver', 'Swarmgate vs', 'Swarmgate req/s', 'their req/s', 'throughput ratio', 'CPU per request, theirs / ours'],
    ratios.map((r) => [r.mix, r.connection, r.driver, r.against, n0(r.swarmgateRequestsPerSecond), n0(r.theirRequestsPerSecond), `${n2(r.throughput)}×${r.disturbed ? ' (disturbed)' : ''}`,
      r.cpuEfficiency === null ? '-' : `${n2(r.cpuEfficiency)}×`]),
  );
}

export function goalTable(goals: GoalRow[]): string {
  return table(['figure', 'goal', 'anchor', 'measured', 'verdict'], goals.map((g) => [g.figure, g.goal, g.anchor, g.measured, `**${g.verdict}**`]));
}

export function memoryTable(memory: MemoryResult[]): string {
  return table(
    ['target', 'peers', 'bytes/peer (RSS growth)', 'bytes/peer (peer store)', 'RSS before → after MiB', 'after the flush caught up', 'fill', 'notes'],
    memory.map((m) =>
      m.skipped
        ? [m.target, n0(m.size), '-', '-', '-', '-', '-', `skipped: ${m.skipped}`]
        : [
            m.target,
            m.peers === null ? '-' : n0(m.peers),
            m.bytesPerPeerRss === null ? '-' : n0(m.bytesPerPeerRss),
            m.bytesPerPeerStore === undefined || m.bytesPerPeerStore === null ? '-' : n0(m.bytesPerPeerStore),
            `${mib(m.rssBeforeBytes)} → ${mib(m.rssAfterBytes)}`,
            m.afterFlush
              ? `${mib(m.afterFlush.rssBytes)} MiB, ${m.afterFlush.bytesPerPeerRss === null ? '-' : n0(m.afterFlush.bytesPerPeerRss)} B/peer` +
                (m.afterFlush.seconds === null ? ' (still behind after 300 s)' : ` (after ${n0(m.afterFlush.seconds)} s)`)
              : '-',
            `${n1(m.fillSeconds)} s, ${n0(m.fillPeersPerSecond)} peers/s${m.fillErrors ? `, ${n0(m.fillErrors)} requests failed` : ''}`,
            m.peers !== null && m.peers < m.size * 0.99 ? `reached ${n0(m.peers)} of ${n0(m.size)}` : '',
          ],
    ),
  );
}

export function latencyTable(latency: LatencyResult): string {
  const row = (label: string, m: Measurement) =>
    m.skipped || !m.latencyMs
      ? [label, '-', '-', '-', '-', '-', m.skipped ?? '']
      : [label, n0(m.requestsPerSecond!), n2(m.latencyMs.p50), n2(m.latencyMs.p99), n2(m.latencyMs.max), n0(m.errors!), n1(m.serverCpuMicrosPerRequest!)];
  return table(
    ['load', 'announces/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'server CPU µs/req'],
    [row(`fixed rate ${n0(latency.fixedRate.offeredRate)}/s`, latency.fixedRate), row('saturation', latency.saturation)],
  );
}

export function restartTable(r: RestartResult): string {
  const header = ['peers in table', 'COPY seed', 'peers loader alone', '/healthz answers', 'first announce answered', "engine's own load", 'peers restored', 'RSS MiB'];
  const seconds = (ms: number | null) => (ms === null ? '-' : `${n2(ms / 1000)} s`);
  const phases = r.phases.length === 0
    ? 'The engine logged no start-up phase.'
    : table(['phase (engine log)', "engine's ms", 'logged after spawn'], r.phases.map((p) => [
        p.message + Object.entries(p.parts ?? {}).map(([k, v]) => `; ${k} ${n0(v)}`).join(''), p.ms === null ? '-' : n0(p.ms), `${n1(p.atSeconds)} s`]));
  if (r.failure) {
    const what = r.failure.reason === 'timeout' ? `not within ${seconds(r.timeoutMs)}` : `exited after ${seconds(r.failure.waitedMs)}`;
    return `${table(header, [[n0(r.peersInTable), `${n1(r.seedSeconds)} s`, seconds(r.loadPeersMs), what, '-', '-', '-', '-']])}\n\n` +
      `**The engine did not serve** (${r.failure.message}; log \`${r.failure.logPath}\`). Phases it logged before the bench stopped it:\n\n${phases}`;
  }
  const row = table(header, [[n0(r.peersInTable), `${n1(r.seedSeconds)} s`, seconds(r.loadPeersMs), seconds(r.serveMs), seconds(r.firstAnnounceMs),
    seconds(r.engineLoadMs), r.peersLoaded === null ? '-' : n0(r.peersLoaded), r.rssBytes === null ? '-' : mib(r.rssBytes)]]);
  return `${row}\n\n${phases}`;
}

export function flushTable(f: FlushResult): string {
  const whileServing = f.peerRowsPerSecondWhileServing === null ? `- (${f.commitsWhileServing} commit)` : `${n0(f.peerRowsPerSecondWhileServing)} (${f.commitsWhileServing} commits)`;
  const lag = f.probeLagSeconds.samples > 0 ? `${n2(f.probeLagSeconds.p50)} / ${n2(f.probeLagSeconds.max)} s (${f.probeLagSeconds.samples} probes)` : 'no probe seen';
  const check = `${n0(f.peersTable.rows)} / ${n0(f.peersTable.rowsCounted)}${f.peersTable.consistent ? '' : ' **inconsistent**'}`;
  return table(
    ['interval', 'new-peer announces/s', 'peer rows written/s while serving', 'rows written during load', 'peer rows/s until caught up', 'peer rows per flush second',
      'plain COPY of the same rows, unindexed (rows/s)', 'flushes (failed)', 'lag p50 / max (end to end)', 'lag metric max (at each scrape)', 'drain after load', 'peers table / rows counter', 'server CPU µs/announce', 'PostgreSQL CPU s', 'notes'],
    [[`${n1(f.intervalMs / 1000)} s`, n0(f.announcesPerSecond), whileServing, `${n0(f.peerRowsWrittenWhileServing)} in ${n1(f.seconds)} s`, n0(f.peerRowsPerSecondUntilCaughtUp),
      f.peerRowsPerFlushSecond === null ? '-' : n0(f.peerRowsPerFlushSecond), n0(f.plainCopy.rowsPerSecond), `${f.flushes} (${f.flushFailures})`, lag, `${n2(f.maxMetricLagSeconds)} s`,
      `${n1(f.drainSeconds)} s${f.caughtUp ? '' : ' (not caught up)'}`, check, n1(f.serverCpuMicrosPerAnnounce), n1(f.cpu.databaseCpuSeconds),
      f.disturbed ? `disturbed: other processes used ${n1(f.cpu.otherCpuSeconds)} CPU s in ${n1(f.cpu.windowSeconds)} s` : '']],
  );
}

export function controlTable(c: ControlResult): string {
  const rate = (n: number) => (n < 100 ? n1(n) : n0(n));
  const row = (name: string, s: ControlResult['login'], cpu: number) =>
    [name, rate(s.callsPerSecond), n2(s.latencyMs.p50), n2(s.latencyMs.p99), n2(s.latencyMs.max), n0(s.calls), n0(s.errors), String(s.concurrency), n0(cpu)];
  const rows = table(['call', 'calls/s', 'p50 ms', 'p99 ms', 'max ms', 'calls', 'errors', 'in flight', 'server CPU µs/call'],
    [row('Login', c.login, c.serverCpuMicrosPerCall.login), row('GetUser', c.getUser, c.serverCpuMicrosPerCall.getUser)]);
  return `${rows}\n\nLogin verifies the password with argon2id (${describeArgon2(c.passwordHash)}): its rate is bound by that cost by design. ` +
    'No ARCHITECTURE.md goal covers the control plane; these are figures without a verdict.';
}
