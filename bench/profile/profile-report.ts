/**
 * The CPU profiles of a run as Markdown an issue note can quote: one section per engine process and
 * thread (main, workers, flush encoder), each with its busy time, the functions with the most self
 * time, the files and the areas. Shares are of the thread's busy (non-idle) time.
 */
import { dirname, relative } from 'node:path';
import type { ProfileSummary } from './cpu-profile.js';

export interface ReportOptions {
  /** Functions and files listed per thread. */
  top: number;
  /** Paths are shown relative to this folder. */
  base: string;
}

const pct = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1e-9)).toFixed(1)} %`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function table(header: string[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

function threadSection(s: ProfileSummary, options: ReportOptions): string[] {
  const { thread } = s;
  const title = `thread ${thread.threadId ?? '?'}: ${thread.role}${thread.pid === null ? '' : `, pid ${thread.pid}`}`;
  const out = [`### ${title}`, '', `\`${relative(options.base, s.file) || s.file}\`: busy ${seconds(s.busyMs)} of ${seconds(s.wallMs)} (the thread's whole life, start-up and shutdown included).`, ''];
  const selfTop = [...s.functions].filter((f) => f.selfMs > 0).sort((a, b) => b.selfMs - a.selfMs).slice(0, options.top);
  out.push(...table(['self', 'inclusive', 'function', 'where'], selfTop.map((f) => [pct(f.selfMs, s.busyMs), pct(f.totalMs, s.busyMs), `\`${f.name}\``, `\`${f.where}\``])), '');
  out.push(...table(['self', 'file'], s.byFile.slice(0, options.top).map((f) => [pct(f.ms, s.busyMs), `\`${f.file}\``])), '');
  const stretches = s.stretches.filter((f) => f.longestMs >= 5).slice(0, options.top);
  if (stretches.length > 0) {
    out.push('Longest uninterrupted stretches (a request arriving meanwhile waits that long: the latency tail):', '');
    out.push(...table(['longest', 'at', 'runs over 10 ms', 'function', 'where'], stretches.map((f) => [`${f.longestMs.toFixed(1)} ms`, seconds(f.atMs), String(f.over10Ms), `\`${f.name}\``, `\`${f.where}\``])), '');
  }
  out.push(`Areas: ${s.byArea.slice(0, 8).map((a) => `${a.area} ${pct(a.ms, s.busyMs)}`).join(', ')}.`, '');
  return out;
}

/** Threads that did nothing (a pool thread never used) are left out; `minBusyMs` says from where. */
export function profileReport(summaries: ProfileSummary[], options: ReportOptions & { minBusyMs: number }): string {
  const byProcess = new Map<string, ProfileSummary[]>();
  for (const s of summaries) {
    const group = `${relative(options.base, dirname(s.file)) || '.'} (pid ${s.thread.pid ?? '?'})`;
    byProcess.set(group, [...(byProcess.get(group) ?? []), s]);
  }
  const out = ['# CPU profiles (self time per thread)', ''];
  for (const [group, threads] of byProcess) {
    out.push(`## ${group}`, '');
    const shown = threads.filter((t) => t.busyMs >= options.minBusyMs).sort((a, b) => (a.thread.threadId ?? 0) - (b.thread.threadId ?? 0));
    for (const s of shown) out.push(...threadSection(s, options));
    const idle = threads.length - shown.length;
    if (idle > 0) out.push(`(${idle} thread${idle > 1 ? 's' : ''} busy under ${options.minBusyMs} ms left out)`, '');
  }
  return out.join('\n');
}
