/**
 * Summarise the CPU profiles of a bench run (swarmgate bench --cpu-prof writes them under
 * bench/results/<run>/profiles/): per thread, time by area and the functions with the most self and
 * inclusive time. Usage: node build/bench/profile/summarize.js <profile dir or .cpuprofile files>
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeProfile, type ProfileSummary } from './cpu-profile.js';

function profileFiles(paths: string[]): string[] {
  return paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(p, f))
      : [p],
  );
}

const pct = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1e-9)).toFixed(1).padStart(5)} %`;

function print(s: ProfileSummary, top: number): void {
  process.stdout.write(`\n${s.file}\n  wall ${(s.wallMs / 1000).toFixed(1)} s, busy ${(s.busyMs / 1000).toFixed(1)} s\n  by area (share of busy time):\n`);
  for (const a of s.byArea.filter((a) => a.area !== 'idle').slice(0, 12)) process.stdout.write(`    ${pct(a.ms, s.busyMs)}  ${a.area}\n`);
  process.stdout.write('  most self time:\n');
  for (const f of [...s.functions].sort((a, b) => b.selfMs - a.selfMs).slice(0, top)) {
    process.stdout.write(`    ${pct(f.selfMs, s.busyMs)}  ${f.name}  ${f.where}\n`);
  }
  process.stdout.write('  most inclusive time (engine code):\n');
  for (const f of s.functions.filter((f) => f.where.startsWith('engine/')).sort((a, b) => b.totalMs - a.totalMs).slice(0, top)) {
    process.stdout.write(`    ${pct(f.totalMs, s.busyMs)}  ${f.name}  ${f.where}\n`);
  }
}

const args = process.argv.slice(2);
if (args.length === 0) {
  process.stderr.write('usage: summarize <profile dir or .cpuprofile files>\n');
  process.exit(2);
}
for (const file of profileFiles(args)) {
  const summary = summarizeProfile(file);
  // Threads that did nothing (a supervisor idling, a pool thread never used) are not worth a page.
  if (summary.busyMs < 100) continue;
  print(summary, 12);
}
