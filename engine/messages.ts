/** Messages between the supervisor and the engine workers, and between workers. */
import type { MessagePort } from 'node:worker_threads';
import type { WorkerDrain } from './flush/peer-journal.js';
import type { Config } from '../core/config.js';
import type { Catalog, GroupRecord, IpBanRecord, SiteSettings, TorrentRecord, UserRecord } from './records.js';
import type { PackedPeers } from './restore/packed-peers.js';
import type { PoolToWorker, PoolWorkerData } from './pool/pool-records.js';
import type { PoolWorkerReply } from './pool/pool-worker.js';
import type { ServiceToSupervisor, ServiceToWorker, ServiceWorkerData } from './service/service-messages.js';

export interface WorkerData {
  config: Config['engine'];
  /** X-Forwarded-For is believed from loopback when this token comes with it (engine/http10-bridge.ts). */
  bridgeToken: string;
  workerIndex: number;
  workerCount: number;
  leechingBuffer: SharedArrayBuffer;
  /** Every swarm's scrape figures, by swarm id (engine/state/swarm-counts.ts). */
  swarmCountsBuffer: SharedArrayBuffer;
  metricsBuffer: SharedArrayBuffer;
  /** Users, groups, settings and torrents in full (the same list, in the same order, for every worker). */
  catalog: Catalog;
  /** The peers of this worker's swarms from the `peers` table, packed (its buffer is transferred). */
  peers: PackedPeers;
  /** Log every counted announce for the `announces` table. */
  announceLog: boolean;
  /** Ask the supervisor for an early flush when the journal holds this many peers (0: never). */
  flushBatchPeers: number;
  /** MessagePort to each other worker, by worker index (undefined for this worker). */
  peerPorts: (MessagePort | undefined)[];
  /** The debrid key pool (engine/pool/); absent when the pool is off. */
  pool?: PoolWorkerData;
  /** The service listener (engine/service/): pool routes and search-log route; absent when neither is on. */
  service?: ServiceWorkerData;
}

/** A change to the read-mostly state, applied by every worker in the order sent. */
export type CatalogChange =
  | { kind: 'user'; user: UserRecord }
  | { kind: 'user-removed'; userIndex: number }
  | { kind: 'group'; group: GroupRecord }
  | { kind: 'torrent'; torrent: TorrentRecord }
  | { kind: 'ip-bans'; bans: IpBanRecord[] }
  | { kind: 'client-blacklist'; prefixes: string[] }
  | { kind: 'settings'; settings: SiteSettings };

export interface PeerSnapshot {
  peerId: string; // hex
  userIndex: number;
  ip: string;
  port: number;
  uploaded: number;
  downloaded: number;
  left: number;
  seeder: boolean;
  paused: boolean;
  lastAnnounce: number;
}

export interface SwarmSnapshot {
  infoHash: string; // hex
  torrentId: string;
  seeders: number;
  leechers: number;
  completedDelta: number;
  peers: PeerSnapshot[];
}

/** A worker's unflushed journal (peeked, not drained) and its swarms, for tests and inspection. */
export interface WorkerSnapshot {
  journal: WorkerDrain;
  swarms: SwarmSnapshot[];
}

export type SupervisorToWorker =
  /** Every worker has restored its swarms: start serving. */
  | { type: 'listen' }
  | { type: 'catalog'; changes: CatalogChange[] }
  | { type: 'inspect'; requestId: number }
  /** Hand the journal to the flusher and start a new one. */
  | { type: 'drain'; requestId: number }
  /** The buffers of this worker's earlier drain, merged by the flusher: for the next drain to reuse. */
  | { type: 'spare-buffers'; buffers: ArrayBuffer[] }
  | { type: 'stop' }
  /** Every worker has stopped: close the ports and let the thread end. */
  | { type: 'exit' }
  | { type: 'pool'; message: PoolToWorker }
  | { type: 'service'; message: ServiceToWorker };

export type WorkerToSupervisor =
  /** State built from the catalog and the peers; waiting for 'listen'. */
  | { type: 'restored'; workerIndex: number }
  | { type: 'ready'; workerIndex: number }
  | { type: 'listen-failed'; workerIndex: number; reason: string }
  | { type: 'applied' }
  | { type: 'inspect-result'; requestId: number; snapshot: WorkerSnapshot }
  | { type: 'drain-result'; requestId: number; drain: WorkerDrain }
  | { type: 'journal-full'; workerIndex: number }
  /** An address passed the unknown-passkey limit this minute (the supervisor logs it). */
  | { type: 'passkey-guessing'; workerIndex: number; address: string; count: number }
  | { type: 'stopped'; workerIndex: number }
  | PoolWorkerReply
  | ServiceToSupervisor;

export type WorkerToWorker =
  /** Parsed announces for swarms the receiver owns, as fixed-size records (engine/handoff.ts). */
  | { type: 'announce'; records: Uint8Array }
  /** The answers, each as id, length and body, back to back in one transferred buffer. */
  | { type: 'announce-replies'; bodies: Uint8Array };
