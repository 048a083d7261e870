/**
 * aria2c as a seeder or a downloader against a tracker on loopback.
 *
 * What aria2c 1.36.0 sends, as seen by a recording HTTP server (test/e2e-harness.test.ts checks the main points):
 *   GET <announce path>?info_hash=..&peer_id=..&uploaded=N&downloaded=N&left=N&compact=1&key=..&numwant=50
 *       &no_peer_id=1&port=<listen port>[&event=started|completed|stopped]&supportcrypto=1
 *   in exactly that order; User-Agent `aria2/1.36.0`; the passkey path of the URL is kept as is.
 * - info_hash and peer_id are binary, percent-encoded with UPPERCASE hex; unreserved bytes
 *   (A-Z a-z 0-9 - . _ ~) are sent raw. Decode to bytes, not to UTF-8 text.
 * - peer_id = `A2-1-36-0-` (--peer-id-prefix) + 10 random bytes, new per process, so a seeder and a
 *   downloader always differ. key = the last 8 bytes of peer_id (binary, percent-encoded, not hex).
 * - compact=1 and no_peer_id=1 always. numwant=50, or 0 on `stopped` (and once it has enough peers).
 * - `&ip=` only with --bt-external-ip; `requirecrypto=1` replaces `supportcrypto=1` with --bt-require-crypto=true;
 *   `trackerid=` only after a tracker sent one. No `corrupt`, `redundant` or IPv6 parameters.
 * - Events. Seeder (data complete at start): started (left=0), regular announces, stopped -- never `completed`.
 *   Downloader: started (left=size), completed (left=0), [regular], stopped (left=0, numwant=0).
 *   With --seed-time=0 the completed announce is skipped (the halt wins): started, then stopped with left=0.
 *   Hence `seedAfterCompleteSec` (default 3).
 * - `stopped` is only sent on a graceful halt: --stop=SEC or SIGINT. SIGTERM is an *emergency* shutdown in
 *   aria2 and sends nothing, so these processes are stopped with SIGINT. No `stopped` is sent for a torrent
 *   whose `started` never succeeded.
 * - --bt-tracker-interval=N replaces the tracker's interval and min interval altogether (set 0 to obey the
 *   tracker). A first announce comes ~1 s after start (after the hash check for a seeder).
 * - A bencoded `failure reason` is honoured: logged at ERROR in --log and on the console as
 *   "Tracker returned failure reason: <reason>" (see failureReasons()). aria2 retries after
 *   --bt-tracker-interval with event=started again; without that option it waited longer than 8 s.
 * - With DHT/LPD/PEX off and no UDP tracker it opens no UDP socket; --interface=127.0.0.1 keeps its
 *   listening socket and connections on loopback (it binds 0.0.0.0 otherwise). A private torrent
 *   (info.private=1) turns DHT/PEX/LPD off for that torrent anyway, but aria2 would still start DHT.
 * - Without --check-integrity (or --bt-seed-unverified) and a control file, a seeder does not take the
 *   existing file as complete.
 *
 * transmission-cli 3.00 for comparison: peer_id `-TR3000-` + 12 chars [0-9a-z]; info_hash in lowercase hex
 * escapes; order port, uploaded, downloaded, left, numwant (80; 0 on stopped), key (hex text, may be shorter than
 * 8 chars), compact=1, supportcrypto=1, event; User-Agent `Transmission/3.00`. Oddly its very first announce
 * is `stopped` (numwant=0), then `started`. After a `failure reason` it backs off for well over 15 s.
 */
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AnnounceRequest } from './announce-query.js';
import { downloaderArgs, seederArgs, type Aria2ArgsOptions } from './aria2-args.js';
import { readAria2Log } from './aria2-log.js';
import { startBounded, type BoundedProcess, type ExitInfo } from './bounded-process.js';
import { describeLogs } from './log-tail.js';
import { makeTempDir } from './temp-dir.js';

export interface Aria2Options {
  torrentPath: string;
  listenPort: number;
  /** Default: aria2's own `A2-1-36-0-`; the rest of the 20 bytes is random per process. */
  peerIdPrefix?: string;
  externalIp?: string;
  /** --bt-tracker-interval in seconds (default 2, so re-announces and retries come quickly). */
  trackerIntervalSec?: number;
  /** Where aria2.log and console.log go (default: a fresh temp dir). */
  logDir?: string;
  /** Names the client in error messages. */
  label?: string;
}

export interface SeederOptions extends Aria2Options {
  /** Directory that already holds the torrent's file(s). */
  dataDir: string;
  /** Hash-check the data before seeding (default true); false = --bt-seed-unverified. */
  verify?: boolean;
  /** aria2c exits by itself after this long (default 120 s). */
  lifetimeMs?: number;
  /** Wait for the first announce to get a successful response before returning (default true). */
  waitForAnnounce?: boolean;
  announceTimeoutMs?: number;
}

export interface DownloaderOptions extends Aria2Options {
  outDir: string;
  /** Whole run, including `seedAfterCompleteSec`. */
  timeoutMs: number;
  /**
   * Seconds to keep seeding after completion before exiting (default 3). At 0, aria2 skips the
   * `completed` announce and only sends `stopped` (with left=0).
   */
  seedAfterCompleteSec?: number;
}

export interface Aria2Client {
  readonly label: string;
  readonly pid: number;
  readonly logPath: string;
  readonly consolePath: string;
  readonly exited: Promise<ExitInfo>;
  /** Announces sent so far, parsed from the log. */
  announces(): AnnounceRequest[];
  /** `failure reason` strings the tracker returned so far. */
  failureReasons(): string[];
  /** Resolves once `count` announces got a successful response; rejects on a tracker error, exit or timeout. */
  waitForAnnounceResponses(count: number, timeoutMs: number): Promise<void>;
  /** Graceful stop (aria2 announces `stopped`), SIGKILL to the process group if it takes too long. */
  stop(): Promise<ExitInfo>;
  /** Tails of both logs, for error messages. */
  describe(): string;
}

const DEFAULT_INTERVAL_SEC = 2;

export async function startSeeder(options: SeederOptions): Promise<Aria2Client> {
  const lifetimeMs = options.lifetimeMs ?? 120_000;
  const client = launch(options, options.label ?? 'seeder', lifetimeMs, (common) =>
    seederArgs({ ...common, dir: options.dataDir, verify: options.verify ?? true }),
  );
  if (options.waitForAnnounce ?? true) {
    try {
      await client.waitForAnnounceResponses(1, options.announceTimeoutMs ?? 20_000);
    } catch (error) {
      await client.stop();
      throw error;
    }
  }
  return client;
}

/** Starts a downloader that exits by itself once complete; see `download` to wait for that. */
export function startDownloader(options: DownloaderOptions): Aria2Client {
  return launch(options, options.label ?? 'downloader', options.timeoutMs, (common) =>
    downloaderArgs({ ...common, dir: options.outDir, seedAfterCompleteSec: options.seedAfterCompleteSec ?? 3 }),
  );
}

/** Downloads the torrent into `outDir`; resolves when aria2c exits 0, throws with log tails otherwise. */
export async function download(options: DownloaderOptions): Promise<Aria2Client> {
  const client = startDownloader(options);
  const timer = new AbortController();
  const outcome = await Promise.race([
    client.exited,
    sleep(options.timeoutMs, 'timeout' as const, { signal: timer.signal }).catch(() => 'cancelled' as const),
  ]);
  timer.abort(); // the losing timer rejects into 'cancelled', which the race no longer sees
  if (outcome === 'timeout' || outcome === 'cancelled') {
    await client.stop();
    throw new Error(`${client.label}: download not complete after ${options.timeoutMs} ms\n${client.describe()}`);
  }
  if (outcome.code !== 0) {
    throw new Error(`${client.label}: aria2c exited with ${outcome.code ?? outcome.signal}\n${client.describe()}`);
  }
  return client;
}

function launch(
  options: Aria2Options,
  label: string,
  lifetimeMs: number,
  build: (common: Omit<Aria2ArgsOptions, 'dir'>) => string[],
): Aria2Client {
  const logDir = options.logDir ?? makeTempDir(`aria2-${label}`);
  const logPath = join(logDir, `${label}.aria2.log`);
  const consolePath = join(logDir, `${label}.console.log`);
  const args = build({
    torrentPath: options.torrentPath,
    listenPort: options.listenPort,
    logPath,
    stopAfterSec: Math.max(1, Math.ceil(lifetimeMs / 1000)),
    trackerIntervalSec: options.trackerIntervalSec ?? DEFAULT_INTERVAL_SEC,
    peerIdPrefix: options.peerIdPrefix,
    externalIp: options.externalIp,
  });
  // The wrapper's limit is a little longer than aria2's own --stop, so aria2 normally stops itself cleanly.
  // SIGINT: aria2 1.36 treats SIGTERM as an emergency shutdown that skips the `stopped` announce.
  const proc = startBounded('aria2c', args, { lifetimeMs: lifetimeMs + 10_000, outputPath: consolePath, stopSignal: 'SIGINT' });
  return clientFor(label, proc, logPath);
}

function clientFor(label: string, proc: BoundedProcess, logPath: string): Aria2Client {
  const describe = () => describeLogs({ [`${label} aria2 log`]: logPath, [`${label} console`]: proc.outputPath });
  return {
    label,
    pid: proc.pid,
    logPath,
    consolePath: proc.outputPath,
    exited: proc.exited,
    announces: () => readAria2Log(logPath).announces,
    failureReasons: () => readAria2Log(logPath).failureReasons,
    async waitForAnnounceResponses(count, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const log = readAria2Log(logPath);
        if (log.successfulResponses >= count) return;
        const problem =
          log.trackerErrors.length > 0
            ? `tracker error: ${log.trackerErrors.join(' | ')}`
            : proc.hasExited()
              ? `aria2c exited: ${JSON.stringify(await proc.exited)}`
              : Date.now() > deadline
                ? `no announce response within ${timeoutMs} ms`
                : undefined;
        if (problem) throw new Error(`${label}: ${problem}\n${describe()}`);
        await sleep(100);
      }
    },
    stop: () => proc.stop(),
    describe,
  };
}
