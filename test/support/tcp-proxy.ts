/**
 * A TCP proxy in front of PostgreSQL for failure tests: it can cut every connection and refuse new
 * ones (an outage), drop the connection right after forwarding a COMMIT so the client never learns
 * whether the transaction committed (a lost acknowledgement), and freeze everything without a FIN or
 * an RST (a network partition): established connections stop carrying bytes, new ones are accepted
 * but never reach the server, and a side that closes meanwhile is not told to the other until the
 * partition heals (`thaw`), when what was held back is delivered, as TCP would after retransmits.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';

const COMMIT_QUERY = Buffer.from('COMMIT\0');

export interface TcpProxy {
  port: number;
  /** Connection string through the proxy for a database URL. */
  urlFor(databaseUrl: string): string;
  /** Drop all connections and refuse new ones until `restore`. */
  cut(): void;
  restore(): void;
  /** The next COMMIT is forwarded, then the client's connection is dropped before the reply. */
  loseNextCommitAck(): Promise<void>;
  /** A partition: no byte, FIN or RST crosses until `thaw`; new connections hang. */
  freeze(): void;
  thaw(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let down = false;
  let frozen = false;
  /** What to do when the partition heals: held bytes, held closes, held connections. */
  let onThaw: (() => void)[] = [];
  let onCommitSeen: (() => void) | null = null;

  const connectUpstream = (client: Socket) => {
    const upstream = createConnection({ host: targetHost, port: targetPort });
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const drop = () => {
      if (frozen) return void onThaw.push(drop); // the other side hears of it once the partition heals
      client.destroy();
      upstream.destroy();
      pairs.delete(pair);
    };
    const forward = (to: Socket) => (chunk: Buffer) => {
      if (frozen) onThaw.push(() => to.write(chunk));
      else to.write(chunk);
    };
    const toUpstream = forward(upstream);
    client.on('data', (chunk: Buffer) => {
      toUpstream(chunk);
      if (onCommitSeen && chunk[0] === 0x51 /* 'Q' */ && chunk.includes(COMMIT_QUERY)) {
        const done = onCommitSeen;
        onCommitSeen = null;
        // Let the server receive and run the COMMIT, but never deliver its answer.
        client.pause();
        upstream.removeAllListeners('data');
        setTimeout(() => {
          drop();
          done();
        }, 200);
      }
    });
    upstream.on('data', forward(client));
    client.on('error', drop);
    upstream.on('error', drop);
    client.on('close', drop);
    upstream.on('close', drop);
  };

  const server: Server = createServer((client) => {
    if (down) return void client.destroy();
    // During a partition the connection is accepted here (the client's SYN got an answer somewhere)
    // but goes nowhere until it heals.
    if (frozen) {
      client.on('error', () => undefined);
      onThaw.push(() => (client.destroyed ? undefined : connectUpstream(client)));
      return;
    }
    connectUpstream(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;

  const cut = () => {
    down = true;
    for (const [a, b] of pairs) {
      a.destroy();
      b.destroy();
    }
    pairs.clear();
  };

  return {
    port,
    urlFor(databaseUrl) {
      const url = new URL(databaseUrl);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.toString();
    },
    cut,
    restore() {
      down = false;
    },
    freeze() {
      frozen = true;
    },
    thaw() {
      frozen = false;
      const held = onThaw;
      onThaw = [];
      for (const action of held) action();
    },
    loseNextCommitAck() {
      return new Promise((resolve) => {
        onCommitSeen = resolve;
      });
    },
    async close() {
      frozen = false;
      onThaw = [];
      cut();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
