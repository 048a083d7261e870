/**
 * The pool routes (JSON over HTTP), registered on the engine's service listener
 * (engine/service/service-listener.ts) and, when configured, on the announce port. Callers need an
 * API token holding PERMISSION_POOL_STREAM (engine/service/service-tokens.ts).
 * Every answer is JSON; see README "Debrid key pool" for bodies and errors. Nothing
 * here logs: answers carry decrypted API keys.
 */
import type { TemplatedApp } from 'uWebSockets.js';
import type { PoolState } from '../pool-state.js';
import { endLease, heartbeatLease, startLease } from '../stream-leases.js';
import { reportUpstreamCall } from '../key-reports.js';
import { LEASE_ID_BYTES, parseLeaseId } from '../shared/lease-id.js';
import { readJsonBody } from './json-body.js';
import { openReply, sendError, sendJson, type Reply } from '../../service/json-reply.js';
import type { ServiceTokens } from '../../service/service-tokens.js';
import { isProblem, parseEndRequest, parseHeartbeatRequest, parseReportRequest, parseStartRequest, type Problem } from './pool-requests.js';

export const POOL_PREFIX = '/pool/v1';

/** What a 429 tells the proxy to wait: a lease ends or expires within a heartbeat or so. */
export const RETRY_AFTER_SECONDS = 5;

const leaseId = new Uint8Array(LEASE_ID_BYTES);

function badInput(reply: Reply, p: Problem): void {
  sendError(reply, 400, 'INVALID_ARGUMENT', p.field ? `${p.field} ${p.message}` : p.message, p.field ? { field: p.field } : undefined);
}

/** Expiry times as ISO text; every answer within a second shares one. */
let isoSeconds = -1;
let isoText = '';
function iso(unixSeconds: number): string {
  if (unixSeconds !== isoSeconds) {
    isoText = new Date(unixSeconds * 1000).toISOString();
    isoSeconds = unixSeconds;
  }
  return isoText;
}

export function registerPoolRoutes(app: TemplatedApp, s: PoolState, tokens: ServiceTokens): TemplatedApp {
  const ttl = s.settings.leaseTtlSeconds;

  /** Common prologue: answer-once wrapper, authentication, then the body. */
  const route = (res: Parameters<Parameters<TemplatedApp['post']>[1]>[0], req: Parameters<Parameters<TemplatedApp['post']>[1]>[1], onBody: (reply: Reply, body: unknown) => void) => {
    const reply = openReply(res);
    s.requests[s.workerIndex]!++;
    if (!tokens.authorize(reply, req.getHeader('authorization'), 'PERMISSION_POOL_STREAM', Date.now())) return;
    readJsonBody(reply, req, (body) => onBody(reply, body));
  };

  return app
    .post(`${POOL_PREFIX}/streams`, (res, req) =>
      route(res, req, (reply, body) => {
        const request = parseStartRequest(body);
        if (isProblem(request)) return badInput(reply, request);
        const user = s.user(request.userId);
        if (!user) return sendError(reply, 404, 'USER_UNKNOWN', `no user has the id ${request.userId}`, { field: 'userId' });
        if (!user.enabled) return sendError(reply, 403, 'USER_DISABLED', 'the user is disabled, deleted or banned', { field: 'userId' });
        const result = startLease(s, user.index, request.userId, request.deviceId, request.stream, Date.now());
        switch (result.outcome) {
          case 'started': {
            const key = s.key(result.key)!;
            const slotNumber = result.slot - s.keyCells.slotBase(result.key) + 1;
            return sendJson(reply, 201, {
              leaseId: result.leaseId,
              poolKeyId: key.id,
              poolKeyName: key.name,
              slotNumber,
              apiKey: key.apiKey,
              ttlSeconds: ttl,
              expiresAt: iso(result.expiresAt),
            });
          }
          case 'at-cap': {
            const key = s.key(result.key);
            const cap = s.keyCells.cap(result.key);
            return sendError(
              reply,
              429,
              'STREAM_CAP_REACHED',
              `pool key ${key?.name ?? result.key} already has its ${cap} concurrent streams; retry after a stream ends`,
              { poolKeyId: key?.id, cap, retryAfterSeconds: RETRY_AFTER_SECONDS },
              { headers: [['Retry-After', String(RETRY_AFTER_SECONDS)]] },
            );
          }
          case 'no-key':
            return sendError(reply, 503, 'NO_HEALTHY_KEY', 'no active, healthy pool key has a free user slot for this user');
          case 'table-full':
            return sendError(reply, 503, 'LEASE_TABLE_FULL', 'the engine holds as many live leases as it can; retry shortly', undefined, {
              headers: [['Retry-After', String(RETRY_AFTER_SECONDS)]],
            });
        }
      }),
    )
    .post(`${POOL_PREFIX}/streams/:leaseId/heartbeat`, (res, req) => {
      const id = req.getParameter(0) ?? '';
      route(res, req, (reply, body) => {
        const problem = parseHeartbeatRequest(body);
        if (problem) return badInput(reply, problem);
        if (!parseLeaseId(id, leaseId)) return sendError(reply, 400, 'INVALID_ARGUMENT', 'leaseId must be a UUID', { field: 'leaseId' });
        const expiresAt = heartbeatLease(s, leaseId, Date.now());
        if (expiresAt < 0) return sendError(reply, 404, 'LEASE_UNKNOWN', 'no live lease has this id (ended, expired or never started)', { field: 'leaseId' });
        sendJson(reply, 200, { leaseId: id.toLowerCase(), ttlSeconds: ttl, expiresAt: iso(expiresAt) });
      });
    })
    .post(`${POOL_PREFIX}/streams/:leaseId/end`, (res, req) => {
      const id = req.getParameter(0) ?? '';
      route(res, req, (reply, body) => {
        const request = parseEndRequest(body);
        if (isProblem(request)) return badInput(reply, request);
        if (!parseLeaseId(id, leaseId)) return sendError(reply, 400, 'INVALID_ARGUMENT', 'leaseId must be a UUID', { field: 'leaseId' });
        const durationMs = endLease(s, leaseId, request.outcome, Date.now());
        if (durationMs < 0) return sendError(reply, 404, 'LEASE_UNKNOWN', 'no live lease has this id (ended, expired or never started)', { field: 'leaseId' });
        sendJson(reply, 200, { leaseId: id.toLowerCase(), ended: true, outcome: request.outcome, durationSeconds: Math.floor(durationMs / 1000) });
      });
    })
    .post(`${POOL_PREFIX}/reports`, (res, req) =>
      route(res, req, (reply, body) => {
        const request = parseReportRequest(body);
        if (isProblem(request)) return badInput(reply, request);
        const key = s.keyById(request.poolKeyId);
        if (!key) return sendError(reply, 404, 'POOL_KEY_UNKNOWN', `no pool key has the id ${request.poolKeyId}`, { field: 'poolKeyId' });
        if (request.userId !== null && !s.user(request.userId)) {
          return sendError(reply, 404, 'USER_UNKNOWN', `no user has the id ${request.userId}`, { field: 'userId' });
        }
        const status = reportUpstreamCall(s, { ...request, key: key.index }, Date.now());
        sendJson(reply, 202, { poolKeyId: key.id, status, consecutiveFailures: s.keyCells.consecutiveFailures(key.index) });
      }),
    )
    .any(`${POOL_PREFIX}/*`, (res, req) => {
      const reply = openReply(res);
      const method = req.getMethod().toUpperCase();
      if (method !== 'POST') return sendError(reply, 405, 'METHOD_NOT_ALLOWED', 'the pool routes take POST', undefined, { headers: [['Allow', 'POST']] });
      sendError(reply, 404, 'NOT_FOUND', `no pool route at ${req.getUrl()}; see ${POOL_PREFIX}/streams`);
    });
}
