/**
 * Changes made through gRPC reach a running engine through the event bus and change its answer to
 * the next announce within a second: in-process (one node) and over a real Redis (control plane and
 * engine each with their own connection, as two nodes would be).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InProcessEventBus, RedisEventBus, type EventBus } from '../../core/events.js';
import { announce, failureOf, peerId, startTestEngine, type TestEngine } from '../support/engine.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { call, present, startTestControl, type TestControl } from './harness.js';
import { makeTorrent } from './transmission.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

interface Buses {
  control: EventBus;
  engine: EventBus;
  close(): Promise<void>;
}

async function redisBuses(): Promise<Buses> {
  const control = new RedisEventBus(REDIS_URL);
  const engine = new RedisEventBus(REDIS_URL);
  await Promise.all([control.whenReady(), engine.whenReady()]);
  return { control, engine, close: async () => void (await Promise.all([control.close(), engine.close()])) };
}

async function inProcessBuses(): Promise<Buses> {
  const bus = new InProcessEventBus();
  return { control: bus, engine: bus, close: () => bus.close() };
}

for (const [kind, makeBuses] of [['in-process', inProcessBuses], ['Redis', redisBuses]] as const) {
  describe(`gRPC changes reach the engine within a second (${kind} event bus)`, () => {
    let db: TestDatabase;
    let buses: Buses;
    let engine: TestEngine;
    let control: TestControl;

    beforeAll(async () => {
      db = await createTestDatabase();
      buses = await makeBuses();
      engine = await startTestEngine({ db, bus: buses.engine, workers: 2 });
      control = await startTestControl({ db, bus: buses.control });
    });
    afterAll(async () => {
      await control.stop();
      await engine.stop();
      await buses.close();
      await db.drop();
    });

    // One client throughout, so the per-user client limit never answers instead of the rule under test.
    const hit = (passkey: string, infoHash: Buffer) =>
      announce(engine.baseUrl, passkey, { infoHash, peerId: peerId(1), event: 'started' }).then(failureOf);

    /** Announces until `accept` holds for the failure reason; returns how long that took. */
    async function untilAnswer(passkey: string, infoHash: Buffer, accept: (failure: string | undefined) => boolean): Promise<number> {
      const started = performance.now();
      for (;;) {
        const failure = await hit(passkey, infoHash);
        if (accept(failure)) return performance.now() - started;
        if (performance.now() - started > 5000) throw new Error(`still answered ${failure ?? 'success'} after 5 s`);
        await new Promise((r) => setTimeout(r, 10));
      }
    }

    it('a created user, an approved torrent, a disabled user and a rotated passkey', async () => {
      const users = control.admin.clients.users;
      const torrents = control.admin.clients.torrents;
      const { user: created } = await call(users.createUser.bind(users), { user: { username: `peer_${randomBytes(3).toString('hex')}`, email: `${randomBytes(4).toString('hex')}@example.test` } });
      const user = present(created, 'user');
      const made = await makeTorrent(`Engine.Test.${kind}`, { [`Engine.Test.${kind}`]: 3000 });
      const torrent = await call(torrents.registerTorrent.bind(torrents), { torrentFile: made.bytes, category: 'other' });
      const infoHash = Buffer.from(torrent.infoHash, 'hex');

      expect(await untilAnswer(user.passkey, infoHash, (f) => /pending moderation/.test(f ?? ''))).toBeLessThan(1000);

      await call(torrents.approveTorrent.bind(torrents), { name: torrent.name });
      expect(await untilAnswer(user.passkey, infoHash, (f) => f === undefined)).toBeLessThan(1000);

      await call(users.disableUser.bind(users), { name: user.name, reason: 'testing the engine' });
      expect(await untilAnswer(user.passkey, infoHash, (f) => /disabled/.test(f ?? ''))).toBeLessThan(1000);

      await call(users.enableUser.bind(users), { name: user.name });
      expect(await untilAnswer(user.passkey, infoHash, (f) => f === undefined)).toBeLessThan(1000);

      const rotated = await call(users.rotatePasskey.bind(users), { name: user.name });
      expect(await untilAnswer(user.passkey, infoHash, (f) => /Unknown passkey/.test(f ?? ''))).toBeLessThan(1000);
      expect(await hit(rotated.passkey, infoHash)).toBeUndefined();
    });
  });
}
