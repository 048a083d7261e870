/**
 * CPU time and memory of another process from /proc (Linux): the figures that keep a benchmark
 * honest on a small machine, where the load generator and the server share the cores. CPU time
 * covers every thread of the process (utime + stime of /proc/<pid>/stat).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessSample {
  cpuSeconds: number;
  rssBytes: number;
  /** Peak resident set (VmHWM). */
  peakRssBytes: number;
}

let ticksPerSecond: number | null = null;

function clockTicks(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

function statusField(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

export function sampleProcess(pid: number): ProcessSample {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces: count fields from after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return {
    cpuSeconds: (utime + stime) / clockTicks(),
    rssBytes: statusField(status, 'VmRSS'),
    peakRssBytes: statusField(status, 'VmHWM'),
  };
}

/**
 * CPU seconds of this process's children that have exited and been reaped (cutime + cstime of
 * /proc/self/stat). Around a load generator's whole life, the difference is exactly its CPU time,
 * including what it used after the last moment it could have been sampled while running.
 */
export function reapedChildrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / clockTicks();
}

/** CPU seconds this (bench) process has used: its polling and bookkeeping are not "other" work. */
export function ownCpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/**
 * CPU seconds all processes of the machine have been busy (user, nice, system, irq, softirq, steal
 * from /proc/stat). Over a measured window, this minus the server's and the load generator's time is
 * what everything else took: other work on the machine that disturbed the measurement.
 */
export function machineBusySeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) / clockTicks();
}

/**
 * CPU seconds of every process with this command name (e.g. "postgres": the server and all its
 * backends), so work done on the server's behalf in the database can be reported beside its own.
 */
export function commandCpuSeconds(command: string): number {
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const open = stat.indexOf('(');
      const close = stat.lastIndexOf(')');
      if (stat.slice(open + 1, close) !== command) continue;
      const fields = stat.slice(close + 2).split(' ');
      // utime + stime, plus cutime + cstime: backends that exited were reaped by the postmaster,
      // whose children's time keeps their CPU in the sum (otherwise it would drop when they exit).
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // the process ended while we looked
    }
  }
  return ticks / clockTicks();
}
