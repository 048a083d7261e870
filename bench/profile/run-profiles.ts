/** The profiles of a run folder: find every .cpuprofile under it and report them together. */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeProfile } from './cpu-profile.js';
import { profileReport } from './profile-report.js';

export function profileFiles(paths: string[]): string[] {
  return paths
    .flatMap((p) =>
      statSync(p).isDirectory()
        ? readdirSync(p, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(p, f))
        : [p],
    )
    .sort();
}

/** The Markdown report for every profile under `paths` (empty string when there is none). */
export function summarizeProfiles(paths: string[], options: { top?: number; base?: string } = {}): string {
  const files = profileFiles(paths);
  if (files.length === 0) return '';
  return profileReport(files.map(summarizeProfile), { top: options.top ?? 12, base: options.base ?? process.cwd(), minBusyMs: 100 });
}

export interface ProfilesWritten {
  /** The folder the engines wrote their .cpuprofile files into. */
  dir: string;
  /** profiles/summary.md: the report of summarize.js, written at the end of the run. */
  summary: string;
  files: number;
}

/** At the end of a --cpu-prof run (every engine has exited, so every thread wrote its profile). */
export function writeProfileSummary(dir: string): ProfilesWritten | null {
  if (!existsSync(dir)) return null;
  const files = profileFiles([dir]).length;
  const summary = join(dir, 'summary.md');
  writeFileSync(summary, files > 0 ? `${summarizeProfiles([dir], { base: dir })}\n` : 'No .cpuprofile was written: a thread writes its profile only when it exits cleanly.\n');
  return { dir, summary, files };
}
