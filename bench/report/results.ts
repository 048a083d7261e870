/** The JSON document a bench run writes (bench/results/<stamp>/results.json), and the figures derived from it. */
import type { BonusResult, ControlResult, FlushResult, LatencyResult, MemoryResult, PoolResult, RestartResult, SearchLogResult, Skipped } from '../runs/run-results.js';
import type { BenchOptions } from '../suite/options.js';
import type { Measurement } from '../suite/measurement.js';
import type { FillOutcome } from '../suite/prefill.js';
import type { TargetName } from '../targets/target.js';
import type { ProfilesWritten } from '../profile/run-profiles.js';
import type { Machine } from './machine.js';

export interface BenchResults {
  version: 1;
  startedAt: string;
  finishedAt: string;
  command: string;
  machine: Machine;
  options: Omit<BenchOptions, 'databaseUrl'>;
  seedSeconds: number;
  prefills: Partial<Record<TargetName, FillOutcome>>;
  measurements: Measurement[];
  ratios: Ratio[];
  memory: MemoryResult[] | Skipped;
  latency: LatencyResult | Skipped;
  restart: RestartResult | Skipped;
  flush: FlushResult | Skipped;
  control: ControlResult | Skipped;
  /** Optional: results written before the searchlog run existed lack it. */
  searchlog?: SearchLogResult | Skipped;
  bonus: BonusResult | Skipped;
  /** --runs pool: stream leases against the engine and the pool document's SQL way. */
  pool?: PoolResult | Skipped;
  /** --cpu-prof: where the engines' profiles are, and their summary. */
  profiles?: ProfilesWritten | null;
  goals: GoalRow[];
}

export interface Ratio {
  mix: string;
  connection: string;
  driver: string;
  against: TargetName;
  swarmgateRequestsPerSecond: number;
  theirRequestsPerSecond: number;
  /** Swarmgate's requests/s over theirs. */
  throughput: number;
  /** Their server CPU per request over Swarmgate's (above 1: Swarmgate does a request for less); null when either is 0. */
  cpuEfficiency: number | null;
  /** Either row had other processes competing for the cores. */
  disturbed: boolean;
}

export interface GoalRow {
  figure: string;
  goal: string;
  anchor: string;
  measured: string;
  /** 'no goal': a figure the bench reports that ARCHITECTURE.md sets no goal for. */
  verdict: 'met' | 'not met' | 'not measured' | 'no goal';
  command: string;
}

export function isSkipped(value: unknown): value is Skipped {
  return typeof value === 'object' && value !== null && 'skipped' in value;
}
