/**
 * What a load driver is asked to do, and what it reports. Every driver shares these: autocannon and
 * wrk (closed loop: as fast as answers come back), paced (open loop at a fixed rate, paced-runner.ts).
 */
export type DriverName = 'autocannon' | 'wrk' | 'paced';

export interface LoadSpec {
  baseUrl: string;
  /** Pool of "<passkey> <endpoint> <query>" lines (or, in fill mode, a fill spec). */
  poolFile: string;
  pathStyle: 'passkey' | 'plain';
  /** random: a random pool line per request; walk: the lines in order; fill: background peers. */
  mode: 'random' | 'walk' | 'fill';
  connections: number;
  durationSeconds: number;
  /** False: every request on a new connection (Connection: close). */
  keepAlive: boolean;
  /** A fixed offered rate over all connections (the paced driver: latency from when each request was due). */
  overallRate?: number;
  /** Fill mode: background peers 0..fillPeers-1, then the same again (wrk only). */
  fillPeers?: number;
  /** Load generator threads (wrk only; the autocannon child is one thread). */
  threads?: number;
  /** Polled every 250 ms; true ends the run early (fills stop once the tracker holds every peer). */
  stopWhen?: () => Promise<boolean>;
  /** Called the moment load starts (the caller samples the server's CPU time here). */
  onStart?: () => void;
  onProgress?: (progress: { elapsedSeconds: number; requests?: number }) => void;
}

export interface LoadResult {
  driver: DriverName;
  /** Completed requests (answers received). */
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number; mean: number };
  /** Requests that failed: connection errors, timeouts, answers other than 2xx. */
  errors: number;
  errorDetail: Record<string, number>;
  /** CPU seconds the load generator itself used (it competes with the server for the cores). */
  loadCpuSeconds: number | null;
}
