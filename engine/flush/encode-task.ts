/**
 * The piscina task that encodes a sealed batch for COPY, off the supervisor's event loop. The batch
 * arrives by transfer (the supervisor no longer holds it), so the answer always hands buffers back by
 * transfer: the encoded text and the batch's own buffers, for the pending batch to reuse
 * (spare-buffers.ts), or, should encoding throw, the batch itself, so nothing is lost.
 */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { noteReleased } from '../collect-garbage.js';
import { encodeBatch, encodedBuffers, encodedBytes, type EncodedBatch } from './copy-encoding.js';
import { sealedBuffers, type SealedBatch } from './sealed-batch.js';

export type EncodeOutcome = { encoded: EncodedBatch; spent: ArrayBuffer[] } | { failed: string; batch: SealedBatch };

export default function encode(batch: SealedBatch): unknown {
  let outcome: EncodeOutcome;
  let buffers: ArrayBuffer[];
  try {
    const encoded = encodeBatch(batch);
    const spent = sealedBuffers(batch);
    outcome = { encoded, spent };
    buffers = [...encodedBuffers(encoded), ...spent];
    // The text was built in larger buffers, garbage now: at least as many bytes as the text (this
    // thread reports no memory figures: what it does not give back shows as the process's native remainder).
    noteReleased(encodedBytes(encoded));
  } catch (err) {
    outcome = { failed: (err as Error).stack ?? String(err), batch };
    buffers = sealedBuffers(batch);
  }
  return move({
    get [transferableSymbol]() {
      return buffers;
    },
    get [valueSymbol]() {
      return outcome;
    },
  });
}
