/** Torrent categories: what ListCategories answers and what a wrong slug's error names. */
import type { Pool, PoolClient } from '../../../core/db.js';
import type { Category__Output as Category } from '../../generated/swarmgate/control/v1/Category.js';

interface CategoryRow {
  slug: string;
  name: string;
  parent: string | null;
  description: string | null;
}

/** Active categories, top-level ones first in their sort order, each followed by its children. */
export async function listCategories(db: Pool | PoolClient): Promise<Category[]> {
  const { rows } = await db.query<CategoryRow>(
    `SELECT c.slug, c.name, p.slug AS parent, c.description
     FROM torrent_categories c LEFT JOIN torrent_categories p ON p.id = c.parent_id
     WHERE c.is_active
     ORDER BY coalesce(p.sort_order, c.sort_order), coalesce(p.id, c.id), c.parent_id NULLS FIRST, c.sort_order, c.slug`,
  );
  return rows.map((r) => ({ slug: r.slug, name: r.name, parent: r.parent ?? '', description: r.description ?? '' }));
}

export async function categorySlugs(db: Pool | PoolClient): Promise<string[]> {
  return (await listCategories(db)).map((c) => c.slug);
}
