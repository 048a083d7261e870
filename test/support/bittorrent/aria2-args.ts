/** aria2c command lines for a tracker-only BitTorrent client on loopback (see the notes in aria2.ts). */

export interface Aria2ArgsOptions {
  torrentPath: string;
  dir: string;
  listenPort: number;
  logPath: string;
  /** aria2c stops itself (gracefully, announcing `stopped`) after this many seconds. */
  stopAfterSec: number;
  /** --bt-tracker-interval: re-announce every N seconds whatever the tracker says; 0 = obey the tracker. */
  trackerIntervalSec: number;
  peerIdPrefix?: string;
  /** Sent as `&ip=`; the tracker sees 127.0.0.1 as the source address anyway. */
  externalIp?: string;
}

export function commonAria2Args(o: Aria2ArgsOptions): string[] {
  const args = [
    '--no-conf=true',
    `--dir=${o.dir}`,
    `--log=${o.logPath}`,
    '--log-level=info',
    '--console-log-level=warn',
    '--summary-interval=0',
    '--show-console-readout=false',
    '--enable-color=false',
    `--listen-port=${o.listenPort}`,
    // Listen, and connect to the tracker and peers, on loopback only (it listens on 0.0.0.0 otherwise).
    '--interface=127.0.0.1',
    '--disable-ipv6=true',
    // Private torrents: peers only from the tracker. aria2 also disables these itself when info.private=1.
    '--enable-dht=false',
    '--enable-dht6=false',
    '--enable-peer-exchange=false',
    '--bt-enable-lpd=false',
    '--bt-require-crypto=false',
    `--bt-tracker-interval=${o.trackerIntervalSec}`,
    '--bt-tracker-connect-timeout=5',
    '--bt-tracker-timeout=5',
    '--file-allocation=none',
    '--auto-file-renaming=false',
    `--stop=${o.stopAfterSec}`,
    // Exit with the test process even if it dies without cleaning up.
    `--stop-with-process=${process.pid}`,
  ];
  if (o.peerIdPrefix !== undefined) args.push(`--peer-id-prefix=${o.peerIdPrefix}`);
  if (o.externalIp !== undefined) args.push(`--bt-external-ip=${o.externalIp}`);
  return args;
}

export function seederArgs(o: Aria2ArgsOptions & { verify: boolean }): string[] {
  return [
    ...commonAria2Args(o),
    '--seed-ratio=0.0', // with no --seed-time: seed until stopped
    ...(o.verify ? ['--check-integrity=true', '--bt-hash-check-seed=true'] : ['--bt-seed-unverified=true']),
    `--torrent-file=${o.torrentPath}`,
  ];
}

export function downloaderArgs(o: Aria2ArgsOptions & { seedAfterCompleteSec: number }): string[] {
  return [
    ...commonAria2Args(o),
    // --seed-time=0 would halt at completion, and aria2 then sends `stopped` instead of `completed`;
    // seeding a few seconds gives it time to announce `completed` first.
    `--seed-time=${(o.seedAfterCompleteSec / 60).toFixed(4)}`,
    `--bt-stop-timeout=${o.stopAfterSec}`,
    `--torrent-file=${o.torrentPath}`,
  ];
}
