/** BonusService: freeleech tokens (list, activate one's own, staff revoke). */
import { refersToCaller } from '../../auth/access.js';
import { invalidField, permissionDenied } from '../../errors/control-error.js';
import { compileFilter, filterValues, type FilterField } from '../../filter.js';
import type { BonusServiceHandlers } from '../../generated/swarmgate/control/v1/BonusService.js';
import { mutate } from '../../mutation.js';
import { fetchPage } from '../../pagination.js';
import { parseTorrentName, parseUserChildName, parseUserName } from '../../resource-names.js';
import { callerOf } from '../../server/call-context.js';
import { unary } from '../../server/unary.js';
import type { ServiceDeps } from '../deps.js';
import { checkText, readableAccount, TOKEN_STATUS_TO_PROTO, toTokenMessage } from './bonus-records.js';
import { torrentIdOf } from './spend-handlers.js';
import { activateToken, revokeToken, TOKEN_SELECT, type TokenRow } from './tokens.js';

const TOKEN_FILTER: Record<string, FilterField> = {
  status: {
    column: 'ft.status',
    operators: ['=', '!='],
    convert: filterValues.enumeration(Object.fromEntries(Object.entries(TOKEN_STATUS_TO_PROTO).map(([k, v]) => [v, k]))),
  },
  torrent: {
    column: 'ft.torrent_id',
    operators: ['='],
    convert: (value) => {
      const ref = /^torrents\/[0-9a-f-]{36}$/i.test(value) ? parseTorrentName(value, 'filter') : null;
      return ref && 'id' in ref ? { ok: ref.id } : { error: 'must be "torrents/{uuid}"' };
    },
  },
};

function parseTokenName(name: string, field: string) {
  const parsed = parseUserChildName(name, 'freeleechTokens', field);
  if (!parsed.childId) throw invalidField(field, `"${name}" is not a name of the form "users/{user}/freeleechTokens/{uuid}"`);
  return { user: parsed.user, tokenId: parsed.childId };
}

type TokenHandlers = Pick<BonusServiceHandlers, 'ListFreeleechTokens' | 'ActivateFreeleechToken' | 'RevokeFreeleechToken'>;

export function tokenHandlers(deps: ServiceDeps, tokenHours: number): TokenHandlers {
  const { pool, bus } = deps;
  return {
    ListFreeleechTokens: unary(async (request, context) => {
      const user = await readableAccount(pool, callerOf(context), parseUserName(request.parent, 'parent'));
      const params: unknown[] = [user.id];
      const conditions = ['ft.user_id = $1', ...compileFilter(request.filter, TOKEN_FILTER, params)];
      const page = await fetchPage<TokenRow & { created_us: string }>(pool, {
        select: TOKEN_SELECT.replace(' FROM freeleech_tokens ft', `, (extract(epoch FROM ft.created_at) * 1000000)::bigint::text AS created_us FROM freeleech_tokens ft`),
        alias: 'ft',
        conditions,
        params,
        pageSize: request.pageSize,
        pageToken: request.pageToken,
        scope: { parent: user.id, filter: request.filter },
      });
      return { tokens: page.rows.map(toTokenMessage), nextPageToken: page.nextPageToken };
    }),

    ActivateFreeleechToken: unary(async (request, context) => {
      const caller = callerOf(context);
      const { user, tokenId } = parseTokenName(request.name, 'name');
      if (!refersToCaller(caller, user)) throw permissionDenied('NOT_OWN_TOKEN', 'only the token holder can activate it');
      const torrent = parseTorrentName(request.torrent, 'torrent');
      return mutate(pool, bus, context, async (scope) => {
        const row = await activateToken(scope, { userId: caller.userId, tokenId, torrentId: await torrentIdOf(scope.tx, torrent), hours: tokenHours });
        return toTokenMessage(row);
      });
    }),

    RevokeFreeleechToken: unary(async (request, context) => {
      const caller = callerOf(context);
      const { tokenId } = parseTokenName(request.name, 'name');
      const reason = checkText(request.reason, 'reason', 500, true);
      return mutate(pool, bus, context, async (scope) => {
        const { before, after } = await revokeToken(scope, { tokenId, actorUserId: caller.userId, reason });
        await scope.audit({ action: 'freeleech_token.revoke', entityType: 'freeleech_token', entityId: tokenId, before: { ...before }, after: { ...after } });
        return toTokenMessage(after);
      });
    }),
  };
}
