/**
 * A stand-in HTTP tracker that records every request it gets and answers with whatever `respond` returns
 * (by default a bencoded `failure reason`): for looking at what real clients send.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { bencodeEncode } from './bencode-codec.js';
import { parseAnnounceTarget, type AnnounceRequest } from './announce-query.js';

export interface RecordedAnnounce extends AnnounceRequest {
  userAgent: string | undefined;
}

export interface AnnounceRecorder {
  readonly port: number;
  /** `http://127.0.0.1:PORT<path>`. */
  url(path: string): string;
  readonly requests: RecordedAnnounce[];
  /** Resolves with the first recorded request matching `match`. */
  waitFor(match: (request: RecordedAnnounce) => boolean, timeoutMs: number): Promise<RecordedAnnounce>;
  close(): Promise<void>;
}

export function bencodedFailure(reason: string): Buffer {
  return Buffer.from(bencodeEncode({ 'failure reason': reason }));
}

/** A successful answer with no peers (compact form). */
export function bencodedNoPeers(intervalSec = 60): Buffer {
  return Buffer.from(bencodeEncode({ interval: intervalSec, 'min interval': intervalSec, peers: new Uint8Array(0) }));
}

export async function startAnnounceRecorder(
  respond: (request: RecordedAnnounce) => Uint8Array = () => bencodedFailure('recorder: not a real tracker'),
): Promise<AnnounceRecorder> {
  const requests: RecordedAnnounce[] = [];
  const server = createServer((req, res) => {
    const request = { ...parseAnnounceTarget(req.url ?? '/'), userAgent: req.headers['user-agent'] };
    requests.push(request);
    const body = respond(request);
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': body.byteLength });
    res.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    async waitFor(match, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = requests.find(match);
        if (found) return found;
        if (Date.now() > deadline) {
          throw new Error(`no matching request within ${timeoutMs} ms; got:\n${requests.map((r) => r.target).join('\n')}`);
        }
        await sleep(50);
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
