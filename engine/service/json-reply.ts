/**
 * JSON answers of every route on the service listener (pool and search logs). Errors always have one
 * shape, so a proxy handles them the same way:
 * {"error": {"status": 429, "code": "STREAM_CAP_REACHED", "message": "...", ...details}}.
 */
import type { HttpResponse } from 'uWebSockets.js';

const STATUS_LINES: Record<number, string> = {
  200: '200 OK',
  201: '201 Created',
  202: '202 Accepted',
  400: '400 Bad Request',
  401: '401 Unauthorized',
  403: '403 Forbidden',
  404: '404 Not Found',
  405: '405 Method Not Allowed',
  411: '411 Length Required',
  413: '413 Payload Too Large',
  415: '415 Unsupported Media Type',
  429: '429 Too Many Requests',
  503: '503 Service Unavailable',
};

/** A response whose client may have gone: aborted ones are never written. */
export interface Reply {
  res: HttpResponse;
  aborted: boolean;
  done: boolean;
}

export function openReply(res: HttpResponse): Reply {
  const reply: Reply = { res, aborted: false, done: false };
  res.onAborted(() => {
    reply.aborted = true;
  });
  return reply;
}

export interface ReplyOptions {
  headers?: readonly (readonly [string, string])[];
  /** Close the connection after the answer (a body left unread). */
  close?: boolean;
}

const NO_OPTIONS: ReplyOptions = {};

export function sendJson(reply: Reply, status: number, body: unknown, options: ReplyOptions = NO_OPTIONS): void {
  if (reply.aborted || reply.done) return;
  reply.done = true;
  const text = JSON.stringify(body);
  reply.res.cork(() => {
    reply.res.writeStatus(STATUS_LINES[status] ?? `${status} Error`).writeHeader('Content-Type', 'application/json');
    if (options.headers) for (const [name, value] of options.headers) reply.res.writeHeader(name, value);
    reply.res.writeHeader('Cache-Control', 'no-store').end(text, options.close);
  });
}

export interface ErrorDetails {
  [name: string]: string | number | boolean | undefined;
}

export function sendError(reply: Reply, status: number, code: string, message: string, details?: ErrorDetails, options?: ReplyOptions): void {
  sendJson(reply, status, { error: { status, code, message, ...details } }, options);
}
