/** One row of the results: a request mix driven against one target, with the server's own cost. */
import type { DriverName } from '../load/load-spec.js';
import type { TargetName } from '../targets/target.js';

export type MixName = 'announce' | 'scrape';
export type ConnectionMode = 'keep-alive' | 'close';

export interface Measurement {
  target: TargetName;
  mix: MixName;
  connection: ConnectionMode;
  driver: DriverName;
  /** Set instead of the figures when the row could not run here. */
  skipped?: string;
  requests?: number;
  durationSeconds?: number;
  requestsPerSecond?: number;
  latencyMs?: { p50: number; p99: number; max: number; mean: number };
  errors?: number;
  errorDetail?: Record<string, number>;
  /** CPU time of the server process (all its threads) over the measured window. */
  serverCpuSeconds?: number;
  serverCpuMicrosPerRequest?: number;
  loadCpuSeconds?: number | null;
  /** CPU time of PostgreSQL (all its processes) over the window: the engine's flusher writes there. */
  databaseCpuSeconds?: number;
  /** CPU time of the bench process itself over the window (polling, bookkeeping). */
  benchCpuSeconds?: number;
  /**
   * CPU time the rest of the machine used over the window (neither server, load generator, PostgreSQL
   * nor the bench). Much of it means other work competed for the cores and the row is disturbed.
   */
  otherCpuSeconds?: number;
  /** Wall seconds of the CPU window (the generator's start to its exit), what the CPU figures cover. */
  windowSeconds?: number;
  rssBytes?: number;
  peers?: number | null;
  /** Swarmgate only: announce outcomes over the window (ok, throttled, each failure). */
  outcomes?: Record<string, number>;
}

export function measurementKey(m: Pick<Measurement, 'mix' | 'connection' | 'driver'>): string {
  return `${m.mix} ${m.connection} ${m.driver}`;
}
