/**
 * One instance per port. The engine's workers bind with SO_REUSEPORT (so they can share the port),
 * which also lets a second Swarmgate bind the same port without an error; the kernel would then split
 * connections between two processes that each know only their own swarms and users. So before binding
 * we probe: if something already accepts connections there, start-up stops and names it.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { createConnection } from 'node:net';

export interface GuardedPort {
  /** What would listen there, e.g. "the engine (announce/scrape)". */
  what: string;
  host: string;
  port: number;
  /** The variable that moves it, named in the message. */
  env: string;
}

/** The address to probe for a bind address: a wildcard is reached on loopback. */
function probeHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::' || host === '[::]') return '::1';
  return host.replace(/^\[|\]$/g, '');
}

function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Best effort, Linux: "pid 1234 (node build/cli/swarmgate.js start)" for the process listening on `port`. */
export function listenerOf(port: number): string | null {
  try {
    const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
    const inodes = new Set<string>();
    for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
      for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
        const fields = line.trim().split(/\s+/);
        // local_address is ADDR:PORT in hex; state 0A is LISTEN; field 9 is the socket's inode.
        if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A') inodes.add(fields[9]!);
      }
    }
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      let fds: string[];
      try {
        fds = readdirSync(`/proc/${pid}/fd`);
      } catch {
        continue;
      }
      for (const fd of fds) {
        let target: string;
        try {
          target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        } catch {
          continue;
        }
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode && inodes.has(inode)) {
          const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
          return `pid ${pid} (${command})`;
        }
      }
    }
  } catch {
    // Not Linux, or /proc is not readable: the message goes without the process.
  }
  return null;
}

/** Throws, naming the port and (where it can be found) the process, when one of `ports` is already served. */
export async function assertPortsFree(ports: GuardedPort[]): Promise<void> {
  for (const { what, host, port, env } of ports) {
    if (!(await accepts(probeHost(host), port))) continue;
    const owner = listenerOf(port);
    throw new Error(
      `${what}: port ${port} on ${host} is already served${owner ? ` by ${owner}` : ' by another process'}. ` +
        `A second instance on the same port would split its clients with the first; stop the other one or set ${env} to another port.`,
    );
  }
}
