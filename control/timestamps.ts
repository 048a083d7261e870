/** google.protobuf.Timestamp <-> Date. */
import type { Timestamp, Timestamp__Output } from './generated/google/protobuf/Timestamp.js';

export function toTimestamp(date: Date | null | undefined): Timestamp | null {
  if (!date) return null;
  const ms = date.getTime();
  const seconds = Math.floor(ms / 1000);
  return { seconds, nanos: (ms - seconds * 1000) * 1e6 };
}

export function fromTimestamp(ts: Timestamp__Output | null | undefined): Date | null {
  if (!ts) return null;
  return new Date(Number(ts.seconds) * 1000 + Math.floor(ts.nanos / 1e6));
}
