/**
 * Who used the CPU over a measured window: the server, PostgreSQL, the load generator, the bench
 * itself, and everything else. On a small shared machine "everything else" is what disturbs a
 * measurement; a window where it used more than a tenth of a core is flagged.
 */
import { commandCpuSeconds, machineBusySeconds, ownCpuSeconds, sampleProcess } from './process-stats.js';

export interface CpuUse {
  /** Wall seconds of the window. */
  windowSeconds: number;
  serverCpuSeconds: number;
  /** Every `postgres` process (the flusher's writes land there); 0 for a server that does not use it (then it is in other). */
  databaseCpuSeconds: number;
  benchCpuSeconds: number;
  /** Busy CPU of the machine minus all of the above and the load generator's. */
  otherCpuSeconds: number;
}

/** More than this share of a core used by other processes over the window marks it disturbed. */
export const DISTURBED_CORES = 0.1;

export class CpuWindow {
  private readonly at = performance.now();
  private readonly server: number;
  private readonly busy = machineBusySeconds();
  private readonly database = commandCpuSeconds('postgres');
  private readonly bench = ownCpuSeconds();

  constructor(private readonly serverPid: number) {
    this.server = sampleProcess(serverPid).cpuSeconds;
  }

  /**
   * Close the window; `loadCpuSeconds` is the load generator's own CPU over it. For a server that
   * does not use PostgreSQL, PostgreSQL's CPU is other work (e.g. another engine's final flush), not its cost.
   */
  end(loadCpuSeconds: number | null, serverUsesDatabase = true): CpuUse & { rssBytes: number } {
    const after = sampleProcess(this.serverPid);
    const busy = machineBusySeconds() - this.busy;
    const serverCpuSeconds = after.cpuSeconds - this.server;
    const database = commandCpuSeconds('postgres') - this.database;
    const databaseCpuSeconds = serverUsesDatabase ? database : 0;
    const benchCpuSeconds = ownCpuSeconds() - this.bench;
    return {
      windowSeconds: (performance.now() - this.at) / 1000,
      serverCpuSeconds,
      databaseCpuSeconds,
      benchCpuSeconds,
      otherCpuSeconds: Math.max(0, busy - serverCpuSeconds - databaseCpuSeconds - (loadCpuSeconds ?? 0) - benchCpuSeconds),
      rssBytes: after.rssBytes,
    };
  }
}

export function isDisturbed(use: Pick<CpuUse, 'otherCpuSeconds' | 'windowSeconds'>): boolean {
  return use.otherCpuSeconds > DISTURBED_CORES * use.windowSeconds;
}
