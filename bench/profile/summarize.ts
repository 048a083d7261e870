/**
 * Summarise the CPU profiles of a bench run (swarmgate bench --cpu-prof writes them under
 * bench/results/<run>/profiles/<n>-<run>/, one .cpuprofile per thread): per engine process and
 * thread, the functions with the most self time, the files and the areas, as Markdown.
 * Usage: node build/bench/profile/summarize.js <profile dir or .cpuprofile files> [--top N]
 */
import { existsSync } from 'node:fs';
import { summarizeProfiles } from './run-profiles.js';

const argv = process.argv.slice(2);
const topAt = argv.indexOf('--top');
const top = topAt >= 0 ? Number(argv[topAt + 1]) : 12;
const paths = argv.filter((_, i) => topAt < 0 || (i !== topAt && i !== topAt + 1));
if (paths.length === 0 || !Number.isInteger(top) || top <= 0) {
  process.stderr.write('usage: summarize <profile dir or .cpuprofile files> [--top N]\n');
  process.exit(2);
}
const missing = paths.filter((p) => !existsSync(p));
if (missing.length > 0) {
  process.stderr.write(`not found: ${missing.join(', ')}\n`);
  process.exit(2);
}
const report = summarizeProfiles(paths, { top });
if (report === '') {
  process.stderr.write(`no .cpuprofile files under ${paths.join(', ')} (a thread writes its profile when it exits cleanly)\n`);
  process.exit(1);
}
process.stdout.write(`${report}\n`);
