/**
 * ModerationService blacklisted ports. The blacklisted_ports table is the one source the engine
 * reads (seeded once from engine.blacklistedPorts at its first start); it reloads them with the site
 * settings, so a change is published as settings.changed.
 */
import { alreadyExists, invalidField, notFound } from '../../errors/control-error.js';
import { Violations } from '../../errors/violations.js';
import type { BlacklistedPort } from '../../generated/swarmgate/control/v1/BlacklistedPort.js';
import type { ModerationServiceHandlers } from '../../generated/swarmgate/control/v1/ModerationService.js';
import { mutate } from '../../mutation.js';
import { callerOf } from '../../server/call-context.js';
import { toTimestamp } from '../../timestamps.js';
import { unary } from '../../server/unary.js';
import type { ServiceDeps } from '../deps.js';
import { parseIdName } from './names.js';

type PortHandlers = Pick<ModerationServiceHandlers, 'ListBlacklistedPorts' | 'CreateBlacklistedPort' | 'DeleteBlacklistedPort'>;

interface PortRow {
  id: number;
  port_from: number;
  port_to: number;
  reason: string | null;
  created_at: Date;
}

const PORT_COLUMNS = `id, port_from, port_to, reason, created_at`;

function toPortMessage(r: PortRow): BlacklistedPort {
  return { name: `blacklistedPorts/${r.id}`, portFrom: r.port_from, portTo: r.port_to, reason: r.reason ?? '', createTime: toTimestamp(r.created_at) };
}

const image = (r: PortRow) => ({ port_from: r.port_from, port_to: r.port_to, reason: r.reason });

export function blacklistedPortHandlers(deps: ServiceDeps): PortHandlers {
  const { pool, bus } = deps;
  return {
    ListBlacklistedPorts: unary(async () => ({
      ports: (await pool.query<PortRow>(`SELECT ${PORT_COLUMNS} FROM blacklisted_ports ORDER BY port_from, port_to`)).rows.map(toPortMessage),
    })),

    CreateBlacklistedPort: unary(async (request, context) => {
      const port = request.port;
      if (!port) throw invalidField('port', 'is required');
      const from = port.portFrom ?? 0;
      const to = port.portTo || from;
      const v = new Violations();
      v.check(Number.isInteger(from) && from >= 0 && from <= 65535, 'port.port_from', 'must be from 0 to 65535');
      v.check(Number.isInteger(to) && to >= from && to <= 65535, 'port.port_to', 'must be from port_from to 65535');
      v.throwIfAny();
      const row = await mutate(pool, bus, context, async (scope) => {
        const { rows } = await scope.tx.query<PortRow>(
          `INSERT INTO blacklisted_ports (port_from, port_to, reason, created_by) VALUES ($1, $2, nullif($3, ''), $4)
           ON CONFLICT (port_from, port_to) DO NOTHING RETURNING ${PORT_COLUMNS}`,
          [from, to, (port.reason ?? '').trim(), callerOf(context).userId],
        );
        if (!rows[0]) throw alreadyExists('PORTS_BLACKLISTED', `ports ${from}-${to} are already blacklisted`);
        await scope.audit({ action: 'blacklisted_port.create', entityType: 'blacklisted_port', entityId: String(rows[0].id), after: image(rows[0]) });
        scope.publish({ type: 'settings.changed' });
        return rows[0];
      });
      return toPortMessage(row);
    }),

    DeleteBlacklistedPort: unary(async (request, context) => {
      const id = parseIdName(request.name, 'blacklistedPorts', 'name');
      await mutate(pool, bus, context, async (scope) => {
        const { rows } = await scope.tx.query<PortRow>(`DELETE FROM blacklisted_ports WHERE id = $1 RETURNING ${PORT_COLUMNS}`, [id]);
        if (!rows[0]) throw notFound(request.name);
        await scope.audit({ action: 'blacklisted_port.delete', entityType: 'blacklisted_port', entityId: String(id), before: image(rows[0]) });
        scope.publish({ type: 'settings.changed' });
      });
      return {};
    }),
  };
}
