/**
 * A TCP proxy in front of PostgreSQL for failure tests: it can cut every connection and refuse new
 * ones (an outage), and it can drop the connection right after forwarding a COMMIT so the client never
 * learns whether the transaction committed (a lost acknowledgement).
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
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let down = false;
  let onCommitSeen: (() => void) | null = null;

  const server: Server = createServer((client) => {
    if (down) return void client.destroy();
    const upstream = createConnection({ host: targetHost, port: targetPort });
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      pairs.delete(pair);
    };
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
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
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    client.on('error', drop);
    upstream.on('error', drop);
    client.on('close', drop);
    upstream.on('close', drop);
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
    loseNextCommitAck() {
      return new Promise((resolve) => {
        onCommitSeen = resolve;
      });
    },
    async close() {
      cut();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
