/**
 * The indexer ids a search report may name. The supervisor loads them at start and reloads one on
 * `indexer.changed`; each worker holds a copy (replaced whole when the supervisor sends the list).
 */
import type { Pool } from '../../core/db.js';

export class KnownIndexers {
  private readonly ids = new Set<string>();

  constructor(ids: readonly string[] = []) {
    this.replace(ids);
  }

  async load(pool: Pool): Promise<void> {
    const { rows } = await pool.query<{ id: string }>(`SELECT id FROM prowlarr_indexers`);
    this.replace(rows.map((row) => row.id));
  }

  async reload(pool: Pool, indexerId: string): Promise<void> {
    const { rowCount } = await pool.query(`SELECT 1 FROM prowlarr_indexers WHERE id = $1`, [indexerId]);
    if (rowCount) this.ids.add(indexerId.toLowerCase());
    else this.ids.delete(indexerId.toLowerCase());
  }

  replace(ids: readonly string[]): void {
    this.ids.clear();
    for (const id of ids) this.ids.add(id.toLowerCase());
  }

  all(): string[] {
    return [...this.ids];
  }

  has(indexerId: string): boolean {
    return this.ids.has(indexerId.toLowerCase());
  }
}
