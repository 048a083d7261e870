/**
 * A TCP port on 127.0.0.1 that was free a moment ago, for a test to hand to a process it starts.
 *
 * Chosen below the kernel's ephemeral range (net.ipv4.ip_local_port_range, 32768 and up by default)
 * on purpose: a port the OS picked for `listen(0)` is ephemeral, so any later `listen(0)` anywhere on
 * the machine (an operations listener on port 0, a client's outgoing socket) can be handed the same
 * port before the test's process binds it. Below the range only another explicit choice can collide,
 * and the bind check here catches one that is already listening.
 */
import { createServer } from 'node:net';

const LOWEST = 20_000;
const COUNT = 12_000; // up to 31999

function tryListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = LOWEST + Math.floor(Math.random() * COUNT);
    if (await tryListen(port)) return port;
  }
  throw new Error(`no free port in ${LOWEST}-${LOWEST + COUNT - 1} after 100 tries`);
}

/** `count` distinct free ports. */
export async function freePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}
