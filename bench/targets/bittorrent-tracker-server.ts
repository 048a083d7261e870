/**
 * bittorrent-tracker (webtorrent's Node tracker) with only its HTTP server: the Node reference.
 * Configured to do the same work as the others: peers kept for the whole run (its default LRU keeps
 * 1000 per swarm for 20 minutes) and the same announce interval.
 *
 * Run as a child process with IPC: bittorrent-tracker-server <port> <module path>. Sends "ready";
 * answers "peers" with the number of peers it holds.
 */
import { pathToFileURL } from 'node:url';

interface TrackerSwarm {
  peers: { length: number };
}
interface TrackerServer {
  torrents: Record<string, TrackerSwarm>;
  listen(port: number, hostname: string, onListening: () => void): void;
  close(cb: () => void): void;
  on(event: 'error' | 'warning', listener: (err: Error) => void): void;
}
type TrackerServerClass = new (options: Record<string, unknown>) => TrackerServer;

const port = Number(process.argv[2]);
const modulePath = process.argv[3]!;
const { default: Server } = (await import(pathToFileURL(modulePath).href)) as { default: TrackerServerClass };

const server = new Server({
  http: true,
  udp: false,
  ws: false,
  stats: false,
  interval: 1800 * 1000,
  peersCacheLength: 1e9,
  peersCacheTtl: 3600 * 1000,
});
server.on('error', (err) => console.error('tracker error', err.message));
server.on('warning', () => {});
server.listen(port, '127.0.0.1', () => process.send?.('ready'));

process.on('message', (message) => {
  if (message !== 'peers') return;
  let peers = 0;
  for (const swarm of Object.values(server.torrents)) peers += swarm.peers.length;
  process.send?.({ peers });
});
process.on('SIGINT', () => server.close(() => process.exit(0)));
