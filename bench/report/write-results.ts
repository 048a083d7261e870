/** Write a run's results.json, summary.md and chart.svg, and copy them to bench/results/latest.*. */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownSummary } from './markdown.js';
import type { BenchResults } from './results.js';
import { requestsChart } from './svg-chart.js';

export interface WrittenFiles {
  json: string;
  markdown: string;
  svg: string;
}

export function writeResults(results: BenchResults, runDir: string, outDir: string): WrittenFiles {
  const files: WrittenFiles = {
    json: join(runDir, 'results.json'),
    markdown: join(runDir, 'summary.md'),
    svg: join(runDir, 'chart.svg'),
  };
  writeFileSync(files.json, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(files.markdown, markdownSummary(results));
  writeFileSync(files.svg, requestsChart(results.measurements, `Requests per second, ${results.machine.cpus} × ${results.machine.model}`));
  copyFileSync(files.json, join(outDir, 'latest.json'));
  copyFileSync(files.markdown, join(outDir, 'latest.md'));
  copyFileSync(files.svg, join(outDir, 'chart.svg'));
  return files;
}
