/** The machine a run measured on: figures mean little without it. */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';

export interface Machine {
  cpus: number;
  model: string;
  memoryBytes: number;
  node: string;
  kernel: string;
  /** 1, 5 and 15 minute load averages when the run started: other work on the machine shows here. */
  loadAverage: number[];
}

function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) return match[1]!.trim();
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? 'unknown';
}

export function describeMachine(): Machine {
  return {
    cpus: availableParallelism(),
    model: cpuModel(),
    memoryBytes: totalmem(),
    node: process.version,
    kernel: release(),
    loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

export function machineLine(m: Machine): string {
  return `${m.cpus} × ${m.model}, ${(m.memoryBytes / 2 ** 30).toFixed(0)} GiB, Linux ${m.kernel}, Node ${m.node}, load average ${m.loadAverage.join(' ')}`;
}
