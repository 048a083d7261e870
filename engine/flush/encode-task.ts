/**
 * The piscina task that encodes a sealed batch for COPY, off the supervisor's event loop. The batch
 * arrives by transfer (the supervisor no longer holds it), with the flusher's spare COPY buffers lent
 * for the COPY data to be built in (spare-buffers.ts), so the answer always hands buffers back by
 * transfer: the encoded data and the batch's own buffers, for the pending batch to reuse, and the
 * COPY buffers not used; or, should encoding throw, the batch itself, so nothing is lost.
 */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { noteReleased } from '../collect-garbage.js';
import { encodeBatch, encodedBuffers, type EncodedBatch } from './copy-encoding.js';
import { sealedBuffers, type SealedBatch } from './sealed-batch.js';
import { SpareBuffers } from './spare-buffers.js';

export interface EncodeTask {
  batch: SealedBatch;
  /** Spare COPY buffers lent by the flusher; the ones not used come back as `unusedCopy`. */
  copySpares: ArrayBuffer[];
}

export type EncodeOutcome =
  | { encoded: EncodedBatch; spent: ArrayBuffer[]; unusedCopy: ArrayBuffer[] }
  | { failed: string; batch: SealedBatch; unusedCopy: ArrayBuffer[] };

/** The transfer list of a task: the batch's buffers and the lent COPY buffers. */
export function encodeTaskBuffers(task: EncodeTask): ArrayBuffer[] {
  return [...sealedBuffers(task.batch), ...task.copySpares];
}

export default function encode({ batch, copySpares }: EncodeTask): unknown {
  const spares = new SpareBuffers();
  spares.give(copySpares);
  let outcome: EncodeOutcome;
  let buffers: ArrayBuffer[];
  try {
    const encoded = encodeBatch(batch, spares);
    const spent = sealedBuffers(batch);
    const unusedCopy = spares.takeAll();
    outcome = { encoded, spent, unusedCopy };
    buffers = [...encodedBuffers(encoded), ...spent, ...unusedCopy];
  } catch (err) {
    const unusedCopy = spares.takeAll();
    outcome = { failed: (err as Error).stack ?? String(err), batch, unusedCopy };
    buffers = [...sealedBuffers(batch), ...unusedCopy];
  }
  // Buffers outgrown while building (and lent ones beyond what spares keep) are garbage in this
  // thread; everything else goes back (this thread reports no memory figures: what it does not give
  // back shows as the process's native remainder).
  noteReleased(spares.droppedBytes);
  return move({
    get [transferableSymbol]() {
      return buffers;
    },
    get [valueSymbol]() {
      return outcome;
    },
  });
}
