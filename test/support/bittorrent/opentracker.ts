/**
 * opentracker as a stand-in tracker, to validate the harness before Swarmgate's engine exists.
 * The Debian build only serves whitelisted info hashes and only at `/announce` (a `/<passkey>/announce`
 * path is answered 404), so the torrents' hashes must be known before it starts.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBounded, type ExitInfo } from './bounded-process.js';
import { freePort } from './free-port.js';
import { describeLogs } from './log-tail.js';
import { makeTempDir } from './temp-dir.js';

export interface OpenTracker {
  readonly port: number;
  readonly announceUrl: string;
  stop(): Promise<ExitInfo>;
  describe(): string;
}

export async function startOpentracker({ infoHashesHex, lifetimeMs = 120_000 }: { infoHashesHex: string[]; lifetimeMs?: number }): Promise<OpenTracker> {
  const dir = makeTempDir('opentracker');
  chmodSync(dir, 0o755); // as root it chroots here and drops to nobody, who must still read the whitelist
  writeFileSync(join(dir, 'whitelist.txt'), infoHashesHex.map((hash) => `${hash}\n`).join(''));
  writeFileSync(join(dir, 'opentracker.conf'), 'access.whitelist ./whitelist.txt\n');
  const port = await freePort();
  // Only -p: with a TCP port given it binds no UDP port at all.
  const proc = startBounded('opentracker', ['-i', '127.0.0.1', '-p', String(port), '-d', dir, '-f', './opentracker.conf'], {
    lifetimeMs,
    outputPath: join(dir, 'opentracker.log'),
    cwd: dir,
  });
  const tracker: OpenTracker = {
    port,
    announceUrl: `http://127.0.0.1:${port}/announce`,
    stop: () => proc.stop(),
    describe: () => describeLogs({ opentracker: proc.outputPath }),
  };
  try {
    await waitUntilServing(tracker, infoHashesHex[0], () => proc.hasExited());
  } catch (error) {
    await proc.stop();
    throw new Error(`${(error as Error).message}\n${tracker.describe()}`);
  }
  return tracker;
}

/**
 * Ready = an announce for a whitelisted hash is answered without a failure. opentracker answers `stopped`
 * before checking its whitelist, so the probe sends `started` and then `stopped` to leave no fake peer behind.
 */
async function waitUntilServing(tracker: OpenTracker, hashHex: string | undefined, exited: () => boolean): Promise<void> {
  const infoHash = hashHex ? [...Buffer.from(hashHex, 'hex')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('') : '';
  const probe = `${tracker.announceUrl}?info_hash=${infoHash}&peer_id=-PROBE-0000000000000&port=1&uploaded=0&downloaded=0&left=0&compact=1&event=`;
  const deadline = Date.now() + 10_000;
  let last = '';
  while (Date.now() < deadline && !exited()) {
    try {
      const body = await (await fetch(`${probe}started`, { signal: AbortSignal.timeout(1_000) })).text();
      if (!body.includes('failure reason')) {
        await fetch(`${probe}stopped`, { signal: AbortSignal.timeout(1_000) }).then((response) => response.text());
        return;
      }
      last = body;
    } catch (error) {
      last = (error as Error).message;
    }
    await sleep(100);
  }
  throw new Error(`opentracker on ${tracker.port} not serving: ${last}`);
}
