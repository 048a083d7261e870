/**
 * `--trace-gc`: V8 logs every collection of every engine thread (isolate) to the engine's log, one
 * line each, e.g.
 *
 *   [4242:0x37a95bf0]  5579 ms: Mark-Compact 30.7 (63.3) -> 29.2 (63.3) MB, 43.89 / 0.00 ms  (...) testing; GC in old space requested
 *
 * This sums them per thread: full collections (and those the engine forced, engine/collect-garbage.ts,
 * which V8 reports as "testing"), minor ones, and their pause time. The thread of each isolate is not
 * in the line: isolates are listed in the order they first collected (the supervisor's first).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface IsolateGc {
  isolate: string;
  full: number;
  fullMs: number;
  forced: number;
  forcedMs: number;
  minor: number;
  minorMs: number;
}

const LINE = /^\[\d+:(0x[0-9a-f]+)\]\s+\d+ ms: (\S+).*? MB, ([\d.]+) \/ [\d.]+ ms/;

export function summarizeGcTrace(log: string): IsolateGc[] {
  const byIsolate = new Map<string, IsolateGc>();
  for (const line of log.split('\n')) {
    const match = LINE.exec(line);
    if (!match) continue;
    const [, isolate, kind, ms] = match;
    let gc = byIsolate.get(isolate!);
    if (!gc) byIsolate.set(isolate!, (gc = { isolate: isolate!, full: 0, fullMs: 0, forced: 0, forcedMs: 0, minor: 0, minorMs: 0 }));
    const pause = Number(ms);
    if (kind === 'Scavenge' || kind === 'Minor') {
      gc.minor++;
      gc.minorMs += pause;
    } else {
      gc.full++;
      gc.fullMs += pause;
      if (line.includes(' testing;')) {
        gc.forced++;
        gc.forcedMs += pause;
      }
    }
  }
  return [...byIsolate.values()];
}

/** Summarize the GC trace of every Swarmgate engine log in `workDir`; returns the summary's path. */
export function writeGcSummary(workDir: string, runDir: string): string {
  const sections: string[] = ['# Garbage collections per engine thread (`--trace-gc`)', ''];
  for (const file of readdirSync(workDir).filter((name) => name.startsWith('swarmgate-') && name.endsWith('.log')).sort()) {
    const isolates = summarizeGcTrace(readFileSync(join(workDir, file), 'utf8'));
    if (isolates.length === 0) continue;
    sections.push(`## ${file}`, '', '| isolate | full | full ms | of them forced | forced ms | minor | minor ms |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const gc of isolates) {
      sections.push(`| ${gc.isolate} | ${gc.full} | ${gc.fullMs.toFixed(0)} | ${gc.forced} | ${gc.forcedMs.toFixed(0)} | ${gc.minor} | ${gc.minorMs.toFixed(0)} |`);
    }
    sections.push('');
  }
  const path = join(runDir, 'gc-summary.md');
  writeFileSync(path, `${sections.join('\n')}\n`);
  return path;
}
