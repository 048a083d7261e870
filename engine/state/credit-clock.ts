/**
 * When each user last had an announce counted on each swarm after their last peer there left (a
 * `stopped`, or reaped for silence). With the user's live peers in the swarm, it tells a first
 * announce how long the user has had to move what it reports (announce.ts). Live peers carry their
 * own time, so only departures are written here: never on the routine announce path.
 *
 * Entries older than the peer timeout are worth nothing (a first announce never counts more than
 * that much time) and are purged with the reaping, so memory follows recent departures only.
 */
export class CreditClock {
  /** swarm id * 2^32 + user index -> epoch seconds (swarm ids are small and dense per worker). */
  private readonly lastCounted = new Map<number, number>();

  get size(): number {
    return this.lastCounted.size;
  }

  /** A peer of `userIndex` left `swarmId`; its last counted announce was at `at`. */
  departed(swarmId: number, userIndex: number, at: number): void {
    const key = swarmId * 0x1_0000_0000 + userIndex;
    if (at > (this.lastCounted.get(key) ?? 0)) this.lastCounted.set(key, at);
  }

  /** Epoch seconds of the user's last counted announce by a departed peer on the swarm, or 0. */
  lastCountedAt(swarmId: number, userIndex: number): number {
    return this.lastCounted.get(swarmId * 0x1_0000_0000 + userIndex) ?? 0;
  }

  /** Forget entries at or before `cutoff` (epoch seconds). */
  purge(cutoff: number): void {
    for (const [key, at] of this.lastCounted) if (at <= cutoff) this.lastCounted.delete(key);
  }
}
