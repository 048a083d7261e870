/**
 * End-to-end flush lag: a peer that exists only to be timed announces a growing `uploaded` figure;
 * the time from its announce until its `peers` row shows that figure is what an operator would see
 * as "how stale is the database". Unlike swarmgate_flush_lag_seconds, it includes the time a change
 * waits in a worker's journal before the flusher drains it.
 */
import pg from 'pg';
import { escapeBinary } from '../mix/escape.js';
import type { Workspace } from '../suite/workspace.js';
import { httpGet } from '../support/wait.js';
import type { SwarmgateTarget } from '../targets/swarmgate.js';

export class LagProbe {
  private sent: { value: number; at: number }[] = [];
  private next = 1;
  /** Seconds from each announce to the poll that first saw its figure in PostgreSQL. */
  readonly lags: number[] = [];
  /** Probe announces the engine refused (not timed). */
  refused = 0;
  private readonly peerId = Buffer.from('-SP0100-000000000001', 'latin1');

  constructor(private readonly ws: Workspace, private readonly engine: SwarmgateTarget, private readonly client: pg.Client) {}

  /** Announces sent whose figure has not shown yet. */
  get waiting(): number {
    return this.sent.length;
  }

  async announce(): Promise<void> {
    const value = this.next++ * 16384;
    const { catalog } = this.ws;
    const query = `info_hash=${escapeBinary(catalog.infoHashes[0]!)}&peer_id=${this.peerId.toString('latin1')}&port=40001` +
      `&uploaded=${value}&downloaded=0&left=0&numwant=0&compact=1`;
    const at = performance.now();
    const answer = await httpGet(`${this.engine.baseUrl}/${catalog.passkeys[0]}/announce?${query}`, 5000);
    // A refused announce never shows in the table: waiting for it would only stretch the drain.
    if (answer.status === 200 && !answer.body.includes('failure reason')) this.sent.push({ value, at });
    else this.refused++;
  }

  async poll(): Promise<void> {
    if (this.sent.length === 0) return;
    const { rows } = await this.client.query<{ uploaded: number }>(
      'SELECT uploaded FROM peers WHERE torrent_id = $1 AND user_id = $2 AND peer_id = $3',
      [this.ws.catalog.torrentIds[0], this.ws.catalog.userIds[0], this.peerId],
    );
    const stored = rows[0] ? Number(rows[0].uploaded) : -1;
    const now = performance.now();
    while (this.sent.length > 0 && this.sent[0]!.value <= stored) this.lags.push((now - this.sent.shift()!.at) / 1000);
  }
}
