/** Clients refused by peer_id prefix (Azureus-style `-XX1234-` or Shad0w-style prefixes). */
export class ClientBlacklist {
  private prefixes: Uint8Array[] = [];

  replace(prefixes: string[]): void {
    this.prefixes = prefixes.filter((p) => p.length > 0).map((p) => Buffer.from(p, 'latin1'));
  }

  matches(peerId: Uint8Array): boolean {
    outer: for (const prefix of this.prefixes) {
      for (let k = 0; k < prefix.length; k++) if (peerId[k] !== prefix[k]) continue outer;
      return true;
    }
    return false;
  }
}
