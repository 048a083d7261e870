/** The piscina task that encodes a sealed batch for COPY, off the supervisor's event loop. */
import { encodeBatch, type EncodedBatch } from './copy-encoding.js';
import type { SealedBatch } from './pending-batch.js';

export default function encode(batch: SealedBatch): EncodedBatch {
  return encodeBatch(batch);
}
