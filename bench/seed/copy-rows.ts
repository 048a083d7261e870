/**
 * Bulk seeding with COPY (pg-copy-streams): users, approved torrents and, for the restart run,
 * `peers` rows. Millions of rows go in at disk speed instead of one INSERT round trip each.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { BenchCatalog } from './catalog.js';
import { fillPeer } from './fill-peers.js';

const ROWS_PER_CHUNK = 5000;

/** COPY `rows` text-format lines (tab-separated, no escaping needed for our values) into `table`. */
export async function copyRows(client: pg.Client, table: string, columns: string[], count: number, row: (i: number) => string): Promise<void> {
  function* chunks(): Generator<string> {
    for (let start = 0; start < count; start += ROWS_PER_CHUNK) {
      let chunk = '';
      for (let i = start; i < Math.min(count, start + ROWS_PER_CHUNK); i++) chunk += `${row(i)}\n`;
      yield chunk;
    }
  }
  const sink = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(chunks()), sink);
}

const bytea = (bytes: Buffer) => `\\\\x${bytes.toString('hex')}`;

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Users (enabled members: unlimited download slots) and approved torrents. */
export async function seedCatalog(url: string, catalog: BenchCatalog): Promise<void> {
  await withClient(url, async (client) => {
    const group = (await client.query<{ id: number }>(`SELECT id FROM user_groups WHERE name = 'member'`)).rows[0]!.id;
    const category = (await client.query<{ id: number }>(`SELECT id FROM torrent_categories ORDER BY id LIMIT 1`)).rows[0]!.id;
    await copyRows(client, 'users', ['id', 'username', 'email', 'passkey', 'group_id', 'status'], catalog.userIds.length, (i) =>
      [catalog.userIds[i], `bench_${i}`, `bench_${i}@bench.invalid`, catalog.passkeys[i], group, 'enabled'].join('\t'));
    await copyRows(client, 'torrents', ['id', 'info_hash', 'name', 'category_id', 'size', 'moderation_status'], catalog.torrentIds.length, (i) =>
      [catalog.torrentIds[i], bytea(catalog.infoHashes[i]!), `Bench torrent ${i}`, category, 1 << 30, 'approved'].join('\t'));
    await client.query('ANALYZE users; ANALYZE torrents');
  });
}

/**
 * `count` background peers (bench/seed/fill-peers.ts) as `peers` rows, last announced `ageSeconds`
 * ago: recent enough that the engine does not reap them, old enough that their next announce counts.
 */
export async function seedPeers(url: string, catalog: BenchCatalog, count: number, ageSeconds = 600): Promise<void> {
  const users = catalog.userIds.length;
  const torrents = catalog.torrentIds.length;
  const updatedAt = new Date(Date.now() - ageSeconds * 1000).toISOString();
  await withClient(url, async (client) => {
    await copyRows(
      client,
      'peers',
      ['torrent_id', 'user_id', 'peer_id', 'ip', 'port', 'uploaded', 'downloaded', '"left"', 'is_seeder', 'is_paused', 'created_at', 'updated_at'],
      count,
      (k) => {
        const p = fillPeer(k, users, torrents);
        const ip = `10.${(k >>> 16) & 255}.${(k >>> 8) & 255}.${k & 255}`;
        return [catalog.torrentIds[p.torrent], catalog.userIds[p.user], bytea(Buffer.from(p.peerId, 'latin1')), ip, p.port,
          0, 0, p.left, p.seeder ? 't' : 'f', 'f', updatedAt, updatedAt].join('\t');
      },
    );
    await client.query('ANALYZE peers');
  });
}

export async function clearPeers(url: string): Promise<void> {
  await withClient(url, (client) => client.query('TRUNCATE peers').then(() => undefined));
}
