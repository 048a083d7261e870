/** ModerationService client blacklist: peer_id prefixes the engine refuses (client_blacklist.changed). */
import { alreadyExists, invalidField, notFound } from '../../errors/control-error.js';
import { Violations } from '../../errors/violations.js';
import type { ClientBlacklistEntry } from '../../generated/swarmgate/control/v1/ClientBlacklistEntry.js';
import type { ModerationServiceHandlers } from '../../generated/swarmgate/control/v1/ModerationService.js';
import { mutate } from '../../mutation.js';
import { callerOf } from '../../server/call-context.js';
import { toTimestamp } from '../../timestamps.js';
import { unary } from '../../server/unary.js';
import type { ServiceDeps } from '../deps.js';
import { parseIdName } from './names.js';

type BlacklistHandlers = Pick<ModerationServiceHandlers, 'ListClientBlacklist' | 'CreateClientBlacklistEntry' | 'DeleteClientBlacklistEntry'>;

interface EntryRow {
  id: number;
  peer_id_prefix: Buffer;
  client_name: string;
  reason: string | null;
  created_at: Date;
}

const ENTRY_COLUMNS = `id, peer_id_prefix, client_name, reason, created_at`;

function toEntryMessage(r: EntryRow): ClientBlacklistEntry {
  return { name: `clientBlacklist/${r.id}`, peerIdPrefix: r.peer_id_prefix, clientName: r.client_name, reason: r.reason ?? '', createTime: toTimestamp(r.created_at) };
}

const image = (r: EntryRow) => ({ peer_id_prefix: r.peer_id_prefix.toString('latin1'), client_name: r.client_name, reason: r.reason });

export function clientBlacklistHandlers(deps: ServiceDeps): BlacklistHandlers {
  const { pool, bus } = deps;
  return {
    ListClientBlacklist: unary(async () => ({
      entries: (await pool.query<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM client_blacklist ORDER BY peer_id_prefix`)).rows.map(toEntryMessage),
    })),

    CreateClientBlacklistEntry: unary(async (request, context) => {
      const entry = request.entry;
      if (!entry) throw invalidField('entry', 'is required');
      const prefix = Buffer.from(entry.peerIdPrefix ?? []);
      const clientName = (entry.clientName ?? '').trim();
      const v = new Violations();
      v.check(prefix.length >= 1 && prefix.length <= 20, 'entry.peer_id_prefix', '1 to 20 bytes');
      v.check(clientName.length >= 1 && clientName.length <= 100, 'entry.client_name', 'is required (at most 100 characters)');
      v.throwIfAny();
      const row = await mutate(pool, bus, context, async (scope) => {
        const { rows } = await scope.tx.query<EntryRow>(
          `INSERT INTO client_blacklist (peer_id_prefix, client_name, reason, created_by) VALUES ($1, $2, nullif($3, ''), $4)
           ON CONFLICT (peer_id_prefix) DO NOTHING RETURNING ${ENTRY_COLUMNS}`,
          [prefix, clientName, (entry.reason ?? '').trim(), callerOf(context).userId],
        );
        if (!rows[0]) throw alreadyExists('PREFIX_BLACKLISTED', `the prefix ${JSON.stringify(prefix.toString('latin1'))} is already blacklisted`);
        await scope.audit({ action: 'client_blacklist.create', entityType: 'client_blacklist', entityId: String(rows[0].id), after: image(rows[0]) });
        scope.publish({ type: 'client_blacklist.changed' });
        return rows[0];
      });
      return toEntryMessage(row);
    }),

    DeleteClientBlacklistEntry: unary(async (request, context) => {
      const id = parseIdName(request.name, 'clientBlacklist', 'name');
      await mutate(pool, bus, context, async (scope) => {
        const { rows } = await scope.tx.query<EntryRow>(`DELETE FROM client_blacklist WHERE id = $1 RETURNING ${ENTRY_COLUMNS}`, [id]);
        if (!rows[0]) throw notFound(request.name);
        await scope.audit({ action: 'client_blacklist.delete', entityType: 'client_blacklist', entityId: String(id), before: image(rows[0]) });
        scope.publish({ type: 'client_blacklist.changed' });
      });
      return {};
    }),
  };
}
