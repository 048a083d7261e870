/**
 * Reads a request body of at most `maxBytes` and parses it as JSON. Too large: 413 at once (from
 * Content-Length when sent, else as soon as the bytes pass the limit). Not JSON: 400. An empty body
 * is `{}` (heartbeat and end need none).
 */
import type { HttpRequest } from 'uWebSockets.js';
import { sendError, type Reply } from '../../service/json-reply.js';

export const MAX_BODY_BYTES = 16 * 1024;

/** Call during the handler (req is gone afterwards); `onJson` runs once the whole body has come. */
export function readJsonBody(reply: Reply, req: HttpRequest, onJson: (body: unknown) => void): void {
  const declared = req.getHeader('content-length');
  if (declared !== '' && Number(declared) > MAX_BODY_BYTES) {
    return tooLarge(reply);
  }
  const type = req.getHeader('content-type');
  if (type !== '' && !/^application\/json\b/i.test(type)) {
    return sendError(reply, 415, 'UNSUPPORTED_MEDIA_TYPE', 'send the body as application/json');
  }
  // Allocated only for a body that comes in more than one piece (rare: bodies are small).
  let chunks: Buffer[] | null = null;
  let size = 0;
  reply.res.onData((chunk, isLast) => {
    if (reply.done || reply.aborted) return;
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) return tooLarge(reply);
    // The chunk's memory is reused by uWS once this callback returns: decode or copy it now.
    if (!isLast) return void (chunks ??= []).push(Buffer.from(chunk.slice(0)));
    const text = chunks === null ? Buffer.from(chunk).toString('utf8') : Buffer.concat([...chunks, Buffer.from(chunk)], size).toString('utf8');
    if (text.trim() === '') return onJson({});
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (err) {
      return sendError(reply, 400, 'MALFORMED_JSON', `the body is not valid JSON: ${(err as Error).message}`);
    }
    onJson(body);
  });
}

function tooLarge(reply: Reply): void {
  // Closing after the answer stops reading the rest of a huge body.
  sendError(reply, 413, 'BODY_TOO_LARGE', `the body is larger than ${MAX_BODY_BYTES} bytes`, { maxBytes: MAX_BODY_BYTES }, { close: true });
}
