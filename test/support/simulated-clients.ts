/**
 * Many BitTorrent clients simulated over HTTP against a test engine, with an independent model of
 * what the tracker must credit: per peer, the counters it last reported and got counted, and the
 * torrent rules (freeleech credits no download, double upload credits twice the upload).
 */
import { announce, failureOf, peerId, type AnnounceParams } from './engine.js';
import type { TestTorrent, TestUser } from './fixtures.js';

export interface ModelTorrent extends TestTorrent {
  freeleech: boolean;
  doubleUpload: boolean;
}

interface ModelPeer {
  user: TestUser;
  torrent: ModelTorrent;
  peerId: Buffer;
  uploaded: number;
  downloaded: number;
  left: number;
  active: boolean;
}

export interface Expected {
  uploaded: number;
  downloaded: number;
  creditedUploaded: number;
  creditedDownloaded: number;
}

/** Deterministic PRNG (mulberry32) so a failing run reproduces. */
export function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export class SimulatedSwarms {
  private readonly peers: ModelPeer[] = [];
  private nextPeer: number;
  readonly expected = new Map<string, Expected>();
  readonly completedByTorrent = new Map<string, number>();
  failures: string[] = [];
  /** Announces answered without failure (each one counted: every simulated announce carries an event). */
  answered = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly users: TestUser[],
    private readonly torrents: ModelTorrent[],
    private readonly random: () => number,
    /** Peer numbers start here, so two simulations on one engine never share a peer_id. */
    firstPeer = 1,
  ) {
    this.nextPeer = firstPeer;
    for (const u of users) this.expected.set(u.id, { uploaded: 0, downloaded: 0, creditedUploaded: 0, creditedDownloaded: 0 });
  }

  private pick<T>(list: T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }

  /** Credit what a counted announce moved since the peer's last counted report. */
  private credit(peer: ModelPeer, uploaded: number, downloaded: number): void {
    const up = uploaded - peer.uploaded;
    const down = downloaded - peer.downloaded;
    const e = this.expected.get(peer.user.id)!;
    e.uploaded += up;
    e.downloaded += down;
    e.creditedUploaded += up * (peer.torrent.doubleUpload ? 2 : 1);
    e.creditedDownloaded += peer.torrent.freeleech ? 0 : down;
    peer.uploaded = uploaded;
    peer.downloaded = downloaded;
  }

  private async send(peer: ModelPeer, p: Partial<AnnounceParams>): Promise<boolean> {
    const body = await announce(this.baseUrl, peer.user.passkey, {
      infoHash: peer.torrent.infoHash,
      peerId: peer.peerId,
      uploaded: peer.uploaded,
      downloaded: peer.downloaded,
      left: peer.left,
      ...p,
    });
    const failure = failureOf(body);
    if (failure !== undefined) this.failures.push(failure);
    else this.answered++;
    return failure === undefined;
  }

  /** One random client action; every action carries an event, so none is throttled by min interval. */
  async step(): Promise<void> {
    const active = this.peers.filter((p) => p.active);
    if (active.length < 4 || this.random() < 0.25) {
      // A client starts (a restarted client is a new peer_id whose counters start from zero).
      const peer: ModelPeer = {
        user: this.pick(this.users),
        torrent: this.pick(this.torrents),
        peerId: peerId(this.nextPeer++),
        uploaded: 0,
        downloaded: 0,
        left: this.random() < 0.3 ? 0 : 1 + Math.floor(this.random() * 1e9),
        active: true,
      };
      if (this.peers.filter((p) => p.active && p.user === peer.user && p.torrent === peer.torrent).length >= 2) return;
      this.peers.push(peer);
      await this.send(peer, { event: 'started' });
      return;
    }
    const peer = this.pick(active);
    const uploaded = peer.uploaded + Math.floor(this.random() * 5e6);
    const downloaded = peer.downloaded + (peer.left > 0 ? Math.floor(this.random() * 5e6) : 0);
    const roll = this.random();
    if (roll < 0.15) {
      if (await this.send(peer, { uploaded, downloaded, event: 'stopped' })) this.credit(peer, uploaded, downloaded);
      peer.active = false;
    } else if (roll < 0.3 && peer.left > 0) {
      if (await this.send(peer, { uploaded, downloaded, left: 0, event: 'completed' })) {
        this.credit(peer, uploaded, downloaded);
        this.completedByTorrent.set(peer.torrent.id, (this.completedByTorrent.get(peer.torrent.id) ?? 0) + 1);
        peer.left = 0;
      }
    } else {
      // `started` again from a running client: a counted re-announce.
      if (await this.send(peer, { uploaded, downloaded, event: 'started' })) this.credit(peer, uploaded, downloaded);
    }
  }

  /** Peers the model says are in the swarms: torrent|user|peer_id hex. */
  livePeers(): Set<string> {
    return new Set(this.peers.filter((p) => p.active).map((p) => `${p.torrent.id}|${p.user.id}|${p.peerId.toString('hex')}`));
  }
}
