/** A tracker (or reference server) under test, running in its own process so its CPU can be measured. */
export type TargetName = 'swarmgate' | 'bare-uws' | 'opentracker' | 'bittorrent-tracker';

export const TARGET_NAMES: readonly TargetName[] = ['swarmgate', 'bare-uws', 'opentracker', 'bittorrent-tracker'];

export interface Target {
  readonly name: TargetName;
  readonly baseUrl: string;
  /** The process whose CPU and memory are measured. */
  readonly pid: number;
  /** "passkey": /<passkey>/announce (Swarmgate); "plain": /announce (public trackers). */
  readonly pathStyle: 'passkey' | 'plain';
  /** False when the server closes every connection after one answer (opentracker). */
  readonly keepAlive: boolean;
  /** Whether it answers scrapes (the bare reply server answers everything the same). */
  readonly scrapes: boolean;
  /** Peers it holds now, or null when it cannot tell. */
  peerCount(): Promise<number | null>;
  /** Announce outcomes so far by label (Swarmgate only: successes, throttled, each failure kind). */
  outcomes?(): Promise<Record<string, number>>;
  /** A line of its log, for error reports. */
  describe(): string;
  stop(): Promise<void>;
}

/** Why a target cannot run here, with the command that would fix it. */
export class TargetUnavailable extends Error {
  override name = 'TargetUnavailable';
}
