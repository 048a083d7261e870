/**
 * expiry: ends what has a time limit once its time has come, and tells the engine, so the next
 * announce sees the change without a restart (the engine loads its catalog once and then only
 * reloads what an event names):
 *   - freeleech tokens past expires_at become 'expired'  -> freeleech_tokens.changed per torrent;
 *   - temporary bans past expires_at are lifted (lifted_at = their expiry, lift_reason 'expired')
 *                                                        -> bans.changed (IP, account and download bans);
 *   - personal freeleech past its end is cleared         -> user.changed per user.
 * Each statement only touches rows still in force, so a second run (or node) finds nothing to do.
 * Events go out after the statements commit (each runs in its own implicit transaction).
 */
import type { DomainEvent } from '../../../core/events.js';
import type { JobDefinition } from '../job.js';

export const expiryJob: JobDefinition = {
  name: 'expiry',
  description: 'end expired freeleech tokens, temporary bans and personal freeleech',
  defaultSchedule: 'every 1m',
  async run({ pool, bus, now }) {
    const at = now();
    const tokens = await pool.query<{ torrent_id: string | null }>(
      `UPDATE freeleech_tokens SET status = 'expired'
        WHERE status IN ('available', 'active') AND expires_at <= $1
        RETURNING torrent_id`,
      [at],
    );
    const bans = await pool.query<{ ban_type: string }>(
      `UPDATE bans SET lifted_at = greatest(expires_at, starts_at), lift_reason = 'expired'
        WHERE lifted_at IS NULL AND expires_at <= $1
        RETURNING ban_type`,
      [at],
    );
    const users = await pool.query<{ id: string }>(
      `UPDATE users SET personal_freeleech_until = NULL WHERE personal_freeleech_until <= $1 RETURNING id`,
      [at],
    );

    const events: DomainEvent[] = [];
    const torrents = new Set(tokens.rows.map((r) => r.torrent_id).filter((id): id is string => id !== null));
    for (const torrentId of torrents) events.push({ type: 'freeleech_tokens.changed', torrentId });
    if (bans.rows.length > 0) events.push({ type: 'bans.changed' });
    for (const { id } of users.rows) events.push({ type: 'user.changed', userId: id });
    for (const event of events) await bus.publish(event);

    const expiredTokens = tokens.rowCount ?? 0;
    const liftedBans = bans.rowCount ?? 0;
    const endedPersonalFreeleech = users.rowCount ?? 0;
    return {
      rowsTouched: expiredTokens + liftedBans + endedPersonalFreeleech,
      details: { expiredTokens, liftedBans, endedPersonalFreeleech, events: events.length },
    };
  },
};
