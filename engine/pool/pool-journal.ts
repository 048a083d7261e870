/** What one thread did to the pool since the last drain: rows for the pool flusher. */
import { emptyPoolDrain, type PoolDrain } from './pool-records.js';

export class PoolJournal {
  private current: PoolDrain = emptyPoolDrain();

  get entries(): PoolDrain {
    return this.current;
  }

  /** Hand everything over and start a new journal. */
  drain(): PoolDrain {
    const taken = this.current;
    this.current = emptyPoolDrain();
    return taken;
  }
}
