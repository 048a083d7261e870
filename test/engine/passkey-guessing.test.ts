import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announce, announceQuery, failureOf, getOverNewConnection, peerId, startTestEngine, type TestEngine } from '../support/engine.js';
import { createTorrent, createUser, type TestTorrent, type TestUser } from '../support/fixtures.js';
import { metricValue } from '../support/log-capture.js';
import { strictDecode } from '../support/strict-bencode.js';

const failure = (body: Buffer) => {
  const reason = (strictDecode(body) as Record<string, unknown>)['failure reason'];
  return reason === undefined ? undefined : String(reason);
};

/** Unknown passkeys are counted per address; past the limit the address gets a short refusal. */
describe('passkey guessing', () => {
  let t: TestEngine;
  let user: TestUser;
  let torrent: TestTorrent;
  const limit = 5;

  beforeAll(async () => {
    t = await startTestEngine({
      // One worker: the count is per worker, and connections would otherwise spread over two.
      workers: 1,
      engine: { unknownPasskeyLimit: limit },
      prepare: async (db) => {
        user = await createUser(db.pool);
        torrent = await createTorrent(db.pool);
      },
    });
  });
  afterAll(() => t.stop());

  it('answers the first unknown passkeys normally, then refuses the address cheaply, and counts it all', async () => {
    const query = announceQuery({ infoHash: torrent.infoHash, peerId: peerId(1) });
    const answers: (string | undefined)[] = [];
    for (let i = 0; i < limit + 5; i++) {
      const guess = `${String(i).padStart(32, 'f')}`;
      answers.push(failure((await getOverNewConnection(t.engine.port, `/${guess}/announce?${query}`)).body));
    }
    expect(answers.slice(0, limit).every((a) => /Unknown passkey/.test(a ?? ''))).toBe(true);
    expect(answers.slice(limit).every((a) => /Too many unknown passkeys/.test(a ?? ''))).toBe(true);
    // Scrapes with guessed passkeys count against the same address.
    expect(failure((await getOverNewConnection(t.engine.port, `/${'e'.repeat(32)}/scrape?info_hash=x`)).body)).toMatch(/Too many unknown passkeys/);

    // A real user at the same address is not affected.
    expect(failureOf(await announce(t.baseUrl, user.passkey, { infoHash: torrent.infoHash, peerId: peerId(2), event: 'started' }))).toBeUndefined();

    expect(await metricValue(t.opsUrl, 'swarmgate_unknown_passkeys_total')).toBe(limit + 6);
    expect(await metricValue(t.opsUrl, 'swarmgate_unknown_passkeys_refused_total')).toBe(6);
    // The guessing-address gauge is refreshed by a sweep every few seconds.
    await new Promise((r) => setTimeout(r, 5500));
    expect(await metricValue(t.opsUrl, 'swarmgate_passkey_guessing_addresses')).toBe(1);
  });
});
