/**
 * Listening ports for synthetic peers. Every request of a run comes from 127.0.0.1, and opentracker
 * tells peers apart by address and port, so peers of one swarm need distinct ports; none may be on
 * Swarmgate's default port blacklist, or the engine would (rightly) refuse them.
 */
const BLACKLISTED: [number, number][] = [
  [411, 413],
  [1214, 1214],
  [4662, 4662],
  [6346, 6347],
  [6699, 6699],
  [6881, 6889],
];

const USABLE: Uint16Array = (() => {
  const ports: number[] = [];
  for (let port = 1024; port < 65536; port++) {
    if (!BLACKLISTED.some(([lo, hi]) => port >= lo && port <= hi)) ports.push(port);
  }
  return Uint16Array.from(ports);
})();

export function usablePorts(): number[] {
  return Array.from(USABLE);
}

/** The n-th usable port (wrapping after ~64k: swarms that large would share ports). */
export function peerPort(n: number): number {
  return USABLE[n % USABLE.length]!;
}
