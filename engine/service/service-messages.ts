/** What the supervisor hands each worker's service listener, and the messages between them. */
import type { AddOutcome, HeldSearches } from '../indexers/search-log-buffer.js';
import type { ServiceTokenRecord } from './service-tokens.js';

/** workerData.service: present when the service listener serves anything (pool or search logs). */
export interface ServiceWorkerData {
  host: string;
  port: number;
  tokens: ServiceTokenRecord[];
  /** The search-log route's start state; absent when search logs are not served. */
  searchLogs?: { indexerIds: string[]; maxBodyBytes: number; maxBatchRows: number };
}

export type ServiceToWorker =
  /** Replace every token (userId unset) or only the tokens of one user. */
  | { kind: 'tokens'; tokens: ServiceTokenRecord[]; userId?: string }
  /** The whole list of known indexer ids. */
  | { kind: 'indexers'; ids: string[] }
  /** What the supervisor's buffer did with a report a worker submitted. */
  | { kind: 'search-logs-result'; requestId: number; outcome: AddOutcome };

export type ServiceToSupervisor =
  /** Applied a 'tokens' or 'indexers' message. */
  | { type: 'service-applied' }
  /** A validated search report for the supervisor's buffer. */
  | { type: 'search-logs'; workerIndex: number; requestId: number; held: HeldSearches };
