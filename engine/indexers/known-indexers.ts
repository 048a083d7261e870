/** The indexer ids a search report may name, loaded at start and kept current by `indexer.changed`. */
import type { Pool } from '../../core/db.js';

export class KnownIndexers {
  private readonly ids = new Set<string>();

  async load(pool: Pool): Promise<void> {
    const { rows } = await pool.query<{ id: string }>(`SELECT id FROM prowlarr_indexers`);
    this.ids.clear();
    for (const row of rows) this.ids.add(row.id);
  }

  async reload(pool: Pool, indexerId: string): Promise<void> {
    const { rowCount } = await pool.query(`SELECT 1 FROM prowlarr_indexers WHERE id = $1`, [indexerId]);
    if (rowCount) this.ids.add(indexerId);
    else this.ids.delete(indexerId);
  }

  has(indexerId: string): boolean {
    return this.ids.has(indexerId.toLowerCase());
  }
}
