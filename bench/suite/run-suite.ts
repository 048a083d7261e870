/**
 * A whole bench run: prepare the scratch database and pools, run the side-by-side rows and whichever
 * scale, flush and control-plane runs were asked for, then write and print the results.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describeMachine, machineLine } from '../report/machine.js';
import { evaluateGoals } from '../report/goals.js';
import { computeRatios } from '../report/ratios.js';
import type { BenchResults } from '../report/results.js';
import { goalTable, measurementTable, ratioTable } from '../report/tables.js';
import { writeResults, type WrittenFiles } from '../report/write-results.js';
import { writeGcSummary } from '../profile/gc-trace.js';
import { writeProfileSummary } from '../profile/run-profiles.js';
import { runBonus } from '../runs/bonus-run.js';
import { runControlPlane } from '../runs/control-run.js';
import { runPool } from '../runs/pool-run.js';
import { runFlush } from '../runs/flush-run.js';
import { runSearchLog } from '../runs/searchlog-run.js';
import { runScale } from '../runs/scale-runs.js';
import type { BenchOptions } from './options.js';
import { prepareWorkspace } from './prepare.js';
import { note } from './progress.js';
import { runSideBySide } from './side-by-side.js';

export async function runBench(options: BenchOptions, command: string): Promise<{ results: BenchResults; files: WrittenFiles }> {
  const startedAt = new Date();
  const machine = describeMachine();
  note(`machine: ${machineLine(machine)}`);
  if (machine.loadAverage[0]! > 0.5) note(`warning: the machine is not idle (1-minute load average ${machine.loadAverage[0]}); rows with other CPU use are marked "disturbed"`);
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const { workspace: ws, seedSeconds } = await prepareWorkspace(options, stamp);
  try {
    const sideBySide = await runSideBySide(ws);
    const flush = await runFlush(ws);
    const control = await runControlPlane(ws);
    const searchlog = await runSearchLog(ws);
    const pool = await runPool(ws);
    const scale = await runScale(ws);
    const bonus = await runBonus(ws);
    // Every engine has exited by now, so every thread has written its profile.
    const profiles = options.cpuProfile ? writeProfileSummary(join(ws.runDir, 'profiles')) : undefined;
    const gcSummary = options.traceGc ? writeGcSummary(ws.workDir, ws.runDir) : undefined;
    const { databaseUrl: _hidden, ...shown } = options;
    const partial: Omit<BenchResults, 'goals'> = {
      version: 1,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      command,
      machine,
      options: shown,
      seedSeconds,
      prefills: sideBySide.prefills,
      measurements: sideBySide.measurements,
      ratios: computeRatios(sideBySide.measurements),
      ...scale,
      flush,
      control,
      searchlog,
      bonus,
      pool,
      ...(profiles !== undefined ? { profiles } : {}),
    };
    const results: BenchResults = { ...partial, goals: evaluateGoals(partial) };
    const files = writeResults(results, ws.runDir, options.outDir);
    if (results.measurements.length > 0) process.stdout.write(`\n${measurementTable(results.measurements)}\n`);
    if (results.ratios.length > 0) process.stdout.write(`\n${ratioTable(results.ratios)}\n`);
    process.stdout.write(`\n${goalTable(results.goals)}\n\nresults: ${files.json}\nsummary: ${files.markdown}\nchart:   ${files.svg}\n`);
    if (profiles) process.stdout.write(`profiles: ${profiles.files} in ${profiles.dir}, summary ${profiles.summary}\n`);
    if (gcSummary) process.stdout.write(`collections: ${gcSummary}\n`);
    return { results, files };
  } finally {
    if (!options.keepDatabase) await ws.database.drop();
    else note(`kept database ${ws.database.name}`);
    // Pools are large and only useful while running; logs (work/*.log) and profiles stay.
    for (const file of readdirSync(ws.workDir)) {
      if (file.endsWith('.pool') || file.endsWith('.spec')) rmSync(join(ws.workDir, file), { force: true });
    }
  }
}
