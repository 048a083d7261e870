/**
 * The piscina task that encodes a sealed batch for COPY, off the supervisor's event loop. The batch
 * arrives by transfer (the supervisor no longer holds it), so the answer always hands buffers back by
 * transfer: the encoded text, or, should encoding throw, the batch itself, so nothing is lost.
 */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { noteReleased } from '../collect-garbage.js';
import { encodeBatch, encodedBuffers, type EncodedBatch } from './copy-encoding.js';
import { sealedBuffers, type SealedBatch } from './sealed-batch.js';

export type EncodeOutcome = { encoded: EncodedBatch } | { failed: string; batch: SealedBatch };

export default function encode(batch: SealedBatch): unknown {
  let outcome: EncodeOutcome;
  let buffers: ArrayBuffer[];
  try {
    const encoded = encodeBatch(batch);
    outcome = { encoded };
    buffers = encodedBuffers(encoded);
    // The batch came in by transfer and is garbage once encoded (this thread reports no memory
    // figures: what it does not give back shows as the process's native remainder).
    noteReleased(sealedBuffers(batch).reduce((sum, b) => sum + b.byteLength, 0));
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
