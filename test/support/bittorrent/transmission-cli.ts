/** transmission-cli (the legacy one-torrent client from Debian's transmission-cli) as a downloader. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBounded, type BoundedProcess } from './bounded-process.js';
import { makeTempDir } from './temp-dir.js';

export interface TransmissionCliOptions {
  torrentPath: string;
  downloadDir: string;
  listenPort: number;
  lifetimeMs: number;
}

export function startTransmissionCli(o: TransmissionCliOptions): BoundedProcess {
  const home = makeTempDir('transmission');
  const config = join(home, 'config');
  mkdirSync(config);
  // Tracker-only and loopback-only: no DHT, local peer discovery, PEX or uTP, sockets bound to 127.0.0.1.
  const settings = {
    'dht-enabled': false,
    'lpd-enabled': false,
    'pex-enabled': false,
    'utp-enabled': false,
    'port-forwarding-enabled': false,
    'bind-address-ipv4': '127.0.0.1',
    'bind-address-ipv6': '::1',
  };
  writeFileSync(join(config, 'settings.json'), JSON.stringify(settings, null, 2));
  return startBounded(
    'transmission-cli',
    // -g: its own config dir, so nothing is read from or written to ~/.config; -M: no UPnP/NAT-PMP.
    ['-g', config, '-w', o.downloadDir, '-p', String(o.listenPort), '-M', '-ep', o.torrentPath],
    { lifetimeMs: o.lifetimeMs, outputPath: join(home, 'transmission-cli.log') },
  );
}
