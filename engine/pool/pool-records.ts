/**
 * What the supervisor hands the workers about the pool, and what workers hand back to be flushed.
 * Plain records, cloned across threads; the live figures themselves are in the shared cells
 * (engine/pool/shared/), never in these.
 */
import type { LeaseBuffers } from './shared/lease-table.js';

/** A pool key as workers need it. The API key is decrypted once, in the supervisor. */
export interface PoolKeyRecord {
  /** Index of the key's row in the shared key cells (stable for the process). */
  index: number;
  id: string;
  name: string;
  apiKey: string;
  /** What logs and metrics show instead of the key (shownFingerprint). */
  fingerprint: string;
  /** torbox_slots ids by slot number - 1. */
  slotIds: string[];
}

export interface PoolBuffers {
  keys: SharedArrayBuffer;
  slots: SharedArrayBuffer;
  userSlots: SharedArrayBuffer;
  leases: LeaseBuffers;
  /** Pool requests per worker (Float64 per worker, each written by its own worker only). */
  requests: SharedArrayBuffer;
}

export interface PoolWorkerSettings {
  leaseTtlSeconds: number;
  degradedAfterFailures: number;
  failingAfterFailures: number;
  onAnnouncePort: boolean;
}

/** workerData.pool: present when the pool is on (a master key is configured). */
export interface PoolWorkerData {
  settings: PoolWorkerSettings;
  buffers: PoolBuffers;
  keys: PoolKeyRecord[];
}

export type PoolToWorker =
  | { kind: 'keys'; keys: PoolKeyRecord[] }
  | { kind: 'key-removed'; index: number }
  | { kind: 'drain'; requestId: number };

export type StreamType = 'movie' | 'series';
export type EndReason = 'stopped' | 'expired' | 'evicted' | 'error';

export interface StreamMetadata {
  type: StreamType | null;
  imdbId: string | null;
  /** Hex of the 20- or 32-byte info hash. */
  torrentHash: string | null;
  title: string | null;
}

export interface LeaseStart {
  leaseId: string;
  startedAtMs: number;
  key: number;
  slot: number;
  userId: string;
  deviceId: string;
  stream: StreamMetadata;
}

export interface LeaseEnd {
  leaseId: string;
  startedAtMs: number;
  endedAtMs: number;
  reason: EndReason;
}

export interface UsageReport {
  id: string;
  atMs: number;
  key: number;
  userId: string | null;
  deviceId: string | null;
  stream: StreamMetadata;
  endpoint: string;
  statusCode: number | null;
  responseTimeMs: number | null;
  cached: boolean | null;
  ok: boolean;
  errorType: string | null;
}

/** A key's health after a report (the flusher keeps the highest version per key). */
export interface HealthChange {
  key: number;
  version: number;
  status: string;
  failures: number;
  reason: string;
  atMs: number;
  ok: boolean;
}
