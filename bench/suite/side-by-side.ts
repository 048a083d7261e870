/**
 * The side-by-side rows: the same announce and scrape mixes, keep-alive and new connection each,
 * against every target, one target process at a time (so an idle one costs the others nothing).
 */
import type { DriverName } from '../load/load-spec.js';
import { WRK_INSTALL } from '../load/wrk-driver.js';
import { TargetUnavailable, type Target, type TargetName } from '../targets/target.js';
import { measure } from './measure.js';
import type { ConnectionMode, Measurement, MixName } from './measurement.js';
import { fillTarget, type FillOutcome } from './prefill.js';
import { formatCount, note, progress } from './progress.js';
import { startTarget } from './start-target.js';
import { validateTarget } from './validate.js';
import type { Workspace } from './workspace.js';

interface Row {
  mix: MixName;
  connection: ConnectionMode;
  driver: DriverName;
}

/** The rows the chosen runs ask for, in the order every target runs them. */
export function plannedRows(ws: Workspace): Row[] {
  const { runs, drivers } = ws.options;
  const rows: Row[] = [];
  if (runs.includes('keepalive')) for (const driver of drivers) rows.push({ mix: 'announce', connection: 'keep-alive', driver });
  if (runs.includes('close')) rows.push({ mix: 'announce', connection: 'close', driver: 'wrk' });
  if (runs.includes('scrape')) {
    rows.push({ mix: 'scrape', connection: 'keep-alive', driver: drivers[0] ?? 'autocannon' });
    rows.push({ mix: 'scrape', connection: 'close', driver: 'wrk' });
  }
  return rows;
}

function skipReason(ws: Workspace, target: Target, row: Row): string | null {
  if (row.driver === 'wrk' && !ws.wrk) return `wrk is not installed (${WRK_INSTALL})`;
  if (row.connection === 'keep-alive' && !target.keepAlive) return 'closes the connection after every answer (no keep-alive)';
  return null;
}

export interface SideBySideResult {
  measurements: Measurement[];
  prefills: Partial<Record<TargetName, FillOutcome>>;
}

export async function runSideBySide(ws: Workspace): Promise<SideBySideResult> {
  const rows = plannedRows(ws);
  const result: SideBySideResult = { measurements: [], prefills: {} };
  if (rows.length === 0) return result;
  for (const name of ws.options.targets) {
    // The bare reply server answers a scrape like an announce: no scrape rows for it.
    const targetRows = name === 'bare-uws' ? rows.filter((r) => r.mix === 'announce') : rows;
    const skipAll = (reason: string) => {
      for (const row of targetRows) result.measurements.push({ target: name, ...row, skipped: reason });
      note(`${name}: skipped (${reason})`);
    };
    let target: Target;
    try {
      progress(`${name}: starting`);
      target = await startTarget(ws, name);
    } catch (err) {
      skipAll(err instanceof TargetUnavailable ? err.message : `failed to start: ${(err as Error).message}`);
      continue;
    }
    try {
      const fill = await prefill(ws, target);
      if (fill) {
        result.prefills[name] = fill;
        note(`${name}: filled with ${formatCount(fill.peers ?? 0)} peers in ${fill.seconds.toFixed(1)} s (${formatCount(fill.peersPerSecond)} peers/s)`);
      }
      await validateTarget(target, ws.pools.announce, ws.pools.scrape);
      for (const row of targetRows) {
        const reason = skipReason(ws, target, row);
        if (reason) {
          result.measurements.push({ target: name, ...row, skipped: reason });
          continue;
        }
        const m = await measure({
          target,
          ...row,
          poolFile: row.mix === 'announce' ? ws.pools.announce : ws.pools.scrape,
          connections: ws.options.connections,
          durationSeconds: ws.options.durationSeconds,
          warmupSeconds: ws.options.warmupSeconds,
          wrkThreads: ws.options.wrkThreads,
          workDir: ws.workDir,
        });
        result.measurements.push(m);
        note(describeMeasurement(m));
      }
    } catch (err) {
      const reason = `failed: ${(err as Error).message}`;
      for (const row of targetRows) {
        if (!result.measurements.some((m) => m.target === name && m.mix === row.mix && m.connection === row.connection && m.driver === row.driver)) {
          result.measurements.push({ target: name, ...row, skipped: reason });
        }
      }
      note(`${name}: ${reason}\n${target.describe()}`);
    } finally {
      await target.stop();
    }
  }
  return result;
}

async function prefill(ws: Workspace, target: Target): Promise<FillOutcome | null> {
  if ((await target.peerCount()) === null) return null;
  const driver: DriverName = ws.wrk ? 'wrk' : 'autocannon';
  if (driver === 'autocannon' && !target.keepAlive) throw new TargetUnavailable(`cannot fill it without wrk (${WRK_INSTALL})`);
  return fillTarget({
    target,
    poolFile: ws.pools.prefill,
    mode: 'walk',
    expected: ws.pools.populationSize,
    driver,
    connections: 64,
    wrkThreads: ws.options.wrkThreads,
    workDir: ws.workDir,
    label: `${target.name}: filling swarms`,
  });
}

export function describeMeasurement(m: Measurement): string {
  const what = `${m.target.padEnd(18)} ${m.mix.padEnd(8)} ${m.connection.padEnd(10)} ${m.driver.padEnd(10)}`;
  if (m.skipped) return `${what} skipped: ${m.skipped}`;
  return (
    `${what} ${formatCount(m.requestsPerSecond!).padStart(8)} req/s  p50 ${m.latencyMs!.p50.toFixed(2)} ms  p99 ${m.latencyMs!.p99.toFixed(2)} ms` +
    `  errors ${m.errors}  cpu ${m.serverCpuMicrosPerRequest!.toFixed(1)} µs/req  rss ${(m.rssBytes! / 2 ** 20).toFixed(0)} MiB` +
    (m.peers !== null && m.peers !== undefined ? `  peers ${formatCount(m.peers)}` : '')
  );
}
