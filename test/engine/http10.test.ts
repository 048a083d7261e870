import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceQuery, compactPeers, freePort, peerId, startTestEngine, type TestEngine } from '../support/engine.js';
import { createTorrent, createUser, type TestTorrent, type TestUser } from '../support/fixtures.js';
import { strictDecode } from '../support/strict-bencode.js';

/** Send raw request bytes; resolve with everything the server sent once it closes the connection. */
function rawExchange(port: number, request: string, timeoutMs = 10_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer and no close within ${timeoutMs} ms for ${request.split('\r\n')[0]}`));
    }, timeoutMs);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('latin1'));
    });
    socket.write(request);
  });
}

function split(response: string): { statusLine: string; headers: string; body: string } {
  const end = response.indexOf('\r\n\r\n');
  const head = response.slice(0, end);
  return { statusLine: head.split('\r\n')[0]!, headers: head.toLowerCase(), body: response.slice(end + 4) };
}

/**
 * HTTP/1.0 (old clients, health checkers, nginx's default upstream protocol) is answered and the
 * connection closed after the answer: on the HTTP/1.0 bridge for announces, on the operations
 * listener for /healthz and /metrics.
 */
describe('HTTP/1.0', () => {
  let t: TestEngine;
  let user: TestUser;
  let torrent: TestTorrent;

  beforeAll(async () => {
    t = await startTestEngine({
      engine: { http10Port: await freePort(), maxPeersPerUserPerTorrent: 10 },
      prepare: async (db) => {
        user = await createUser(db.pool);
        torrent = await createTorrent(db.pool);
      },
    });
  });
  afterAll(() => t.stop());

  it('answers an HTTP/1.0 announce, closes after it, and counts the real client address', async () => {
    const path = `/${user.passkey}/announce?${announceQuery({ infoHash: torrent.infoHash, peerId: peerId(1), port: 40001, left: 10, event: 'started' })}`;
    const response = split(await rawExchange(t.engine.http10Port, `GET ${path} HTTP/1.0\r\n\r\n`));
    expect(response.statusLine).toMatch(/^HTTP\/1\.[01] 200 OK$/);
    expect(response.headers).toContain('connection: close');
    const body = strictDecode(Buffer.from(response.body, 'latin1'));
    expect(body).toMatchObject({ incomplete: 1, complete: 0 });

    // A second peer sees the first at the address the bridge connected from, not the bridge's token.
    const second = `/${user.passkey}/announce?${announceQuery({ infoHash: torrent.infoHash, peerId: peerId(2), port: 40002, left: 0, event: 'started' })}`;
    const answer = strictDecode(Buffer.from(split(await rawExchange(t.engine.http10Port, `GET ${second} HTTP/1.0\r\nHost: tracker\r\n\r\n`)).body, 'latin1'));
    expect(compactPeers((answer as Record<string, unknown>).peers)).toEqual(['127.0.0.1:40001']);
  });

  it('answers HTTP/1.0 /healthz on the bridge and on the operations listener, and /metrics there', async () => {
    const viaBridge = split(await rawExchange(t.engine.http10Port, 'GET /healthz HTTP/1.0\r\n\r\n'));
    expect([viaBridge.statusLine, viaBridge.body]).toEqual([expect.stringMatching(/ 200 OK$/), 'ok\n']);
    const opsPort = Number(new URL(t.opsUrl).port);
    const viaOps = split(await rawExchange(opsPort, 'GET /healthz HTTP/1.0\r\n\r\n'));
    expect([viaOps.statusLine, viaOps.body]).toEqual([expect.stringMatching(/ 200 OK$/), 'ok\n']);
    const metrics = split(await rawExchange(opsPort, 'GET /metrics HTTP/1.0\r\n\r\n'));
    expect(metrics.body).toMatch(/swarmgate_announces_total\{outcome="ok"\} [1-9]/);
  });

  it('believes X-Forwarded-For only from the bridge, never from a client that sends it itself', async () => {
    const path = `/${user.passkey}/announce?${announceQuery({ infoHash: torrent.infoHash, peerId: peerId(3), port: 40003, left: 10, event: 'started' })}`;
    const spoofed = await rawExchange(t.engine.port, `GET ${path} HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 203.0.113.9\r\nX-Swarmgate-Bridge: guess\r\nConnection: close\r\n\r\n`);
    expect(split(spoofed).statusLine).toMatch(/200 OK$/);
    const { swarms } = await t.engine.inspect();
    const peer = swarms.flatMap((s) => s.peers).find((p) => p.port === 40003);
    expect(peer?.ip).toBe('127.0.0.1');
  });

  it('passes the client\'s User-Agent on to the engine, which records it with the peer', async () => {
    const path = `/${user.passkey}/announce?${announceQuery({ infoHash: torrent.infoHash, peerId: peerId(4), port: 40004, left: 10, event: 'started' })}`;
    const response = split(await rawExchange(t.engine.http10Port, `GET ${path} HTTP/1.0\r\nUser-Agent: rtorrent/0.9.8/0.13.8\r\n\r\n`));
    expect(response.statusLine).toMatch(/200 OK$/);
    const { peers } = await t.engine.inspect();
    expect(peers.find((p) => p.port === 40004)?.agent).toBe('rtorrent/0.9.8/0.13.8');
  });
});
