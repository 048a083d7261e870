/**
 * The bonus run's data, with COPY: `peers` seeding (user, torrent) pairs as the flush leaves them in
 * user_torrent_history (seed_time grown by up to an hour since the previous accrual's marks), varied
 * torrents (size, seeders, freeleech) and ratios so every default rule matches somewhere, and the
 * previous period already credited (the steady state an hourly job runs in).
 */
import type { BenchCatalog } from './catalog.js';
import { copyRows, withClient } from './copy-rows.js';

const GIB = 1073741824;

/** Distinct pairs: pair k is user k mod U and, per user, the (k div U)-th torrent after a user-specific start. */
export function seedingPair(k: number, users: number, torrents: number): { user: number; torrent: number } {
  const user = k % users;
  return { user, torrent: (user * 7919 + Math.floor(k / users)) % torrents };
}

export async function seedBonusRows(url: string, catalog: BenchCatalog, peers: number, periodEnd: Date): Promise<void> {
  const users = catalog.userIds.length;
  const torrents = catalog.torrentIds.length;
  if (peers > users * torrents) throw new Error(`${peers} seeding pairs need more than ${users} users x ${torrents} torrents`);
  await withClient(url, async (client) => {
    // Sizes 1..64 GiB (about a fifth at 50 GiB or more), one torrent in ten freeleech, seeders 0..11.
    await client.query(
      `UPDATE torrents SET size = ((abs(hashtext(id::text)) % 64) + 1)::bigint * ${GIB},
         is_freeleech = abs(hashtext(id::text)) % 10 = 0, seeders = abs(hashtext(id::text || 's')) % 12`,
    );
    // Ratios 0, 1, 2, 3 (a quarter below the rules' 0.5).
    await copyRows(client, 'user_statistics', ['user_id', 'uploaded_credited', 'downloaded_credited'], users, (i) =>
      [catalog.userIds[i], (i % 4) * GIB, GIB].join('\t'));
    const previous = new Date(periodEnd.getTime() - 3600_000);
    await client.query(`INSERT INTO bonus_accrual_periods (period_start, period_end) VALUES ($1, $2)`, [new Date(previous.getTime() - 3600_000), previous]);
    const at = previous.toISOString();
    // Each pair seeded between 30 and 60 minutes of the hour; the marks hold what was already paid.
    const seedTime = (k: number) => 86_400 + 1800 + (k % 1801);
    await copyRows(client, 'user_torrent_history', ['user_id', 'torrent_id', 'seed_time', 'is_seeder', 'first_announce_at', 'last_announce_at'], peers, (k) => {
      const p = seedingPair(k, users, torrents);
      return [catalog.userIds[p.user], catalog.torrentIds[p.torrent], seedTime(k), 't', at, at].join('\t');
    });
    await copyRows(client, 'bonus_seed_marks', ['slot', 'user_id', 'torrent_id', 'seed_time_paid'], peers, (k) => {
      const p = seedingPair(k, users, torrents);
      return [0, catalog.userIds[p.user], catalog.torrentIds[p.torrent], 86_400].join('\t');
    });
    await client.query('ANALYZE torrents; ANALYZE user_statistics; ANALYZE user_torrent_history; ANALYZE bonus_seed_marks');
  });
}
