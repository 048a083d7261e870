/** What a request mix is made of: the peer population and how often each announce event occurs. */
export interface EventShares {
  started: number;
  stopped: number;
  /** Only leechers complete; the completing announce reports left=0. */
  completed: number;
  /** BEP 21 partial seeds; only leechers pause. */
  paused: number;
}

export interface MixOptions {
  /** Distinct peers the mix announces for. */
  peers: number;
  /** Share of those peers that are seeders (left=0). */
  seederShare: number;
  /** Swarm popularity skew: torrent i is picked with weight 1/(i+1)^zipf (0 = uniform). */
  zipf: number;
  events: EventShares;
  /** Peers asked for per announce (sent as numwant, the same to every tracker). */
  numwant: number;
  seed: number;
}

export const DEFAULT_EVENTS: EventShares = { started: 0.03, stopped: 0.03, completed: 0.02, paused: 0.01 };
