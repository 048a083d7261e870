/**
 * Unknown passkeys counted per client address, in memory (one table per worker): passkey guessing
 * shows as one address presenting many unknown passkeys. Past `limit` in a minute, the address gets
 * a short constant refusal and its connection closed, costing the tracker next to nothing, until the
 * minute ends. Only requests with an unknown passkey reach this table; known users never pay for it.
 * The table is bounded: when full, addresses whose minute has ended are swept, then the oldest go.
 */
const WINDOW_SECONDS = 60;

interface Entry {
  windowStart: number;
  count: number;
}

export class PasskeyGuesses {
  private readonly byAddress = new Map<string, Entry>();

  constructor(
    private readonly limit: number,
    private readonly maxAddresses = 65_536,
  ) {}

  /**
   * Count one unknown passkey from `ip` at `now` (epoch seconds). Returns the address's count in the
   * current minute; the caller refuses it when the count passes the limit.
   */
  note(ip: Uint8Array, now: number): number {
    const key = addressKey(ip);
    let entry = this.byAddress.get(key);
    if (!entry || now - entry.windowStart >= WINDOW_SECONDS) {
      if (!entry && this.byAddress.size >= this.maxAddresses) this.makeRoom(now);
      entry = { windowStart: now, count: 0 };
      this.byAddress.set(key, entry);
    }
    return ++entry.count;
  }

  isPastLimit(count: number): boolean {
    return count > this.limit;
  }

  /** Forget addresses whose minute has ended; returns how many addresses are past the limit now. */
  sweep(now: number): number {
    let over = 0;
    for (const [key, entry] of this.byAddress) {
      if (now - entry.windowStart >= WINDOW_SECONDS) this.byAddress.delete(key);
      else if (entry.count > this.limit) over++;
    }
    return over;
  }

  private makeRoom(now: number): void {
    this.sweep(now);
    // Still full: a flood of distinct addresses. Drop the oldest quarter (Map keeps insertion order).
    if (this.byAddress.size < this.maxAddresses) return;
    let drop = Math.ceil(this.maxAddresses / 4);
    for (const key of this.byAddress.keys()) {
      if (drop-- === 0) break;
      this.byAddress.delete(key);
    }
  }
}

/** The address bytes as a short string key (4 or 16 characters). */
function addressKey(ip: Uint8Array): string {
  let key = '';
  for (let i = 0; i < ip.length; i++) key += String.fromCharCode(ip[i]!);
  return key;
}
