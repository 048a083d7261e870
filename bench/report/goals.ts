/** The goals of ../shared/ARCHITECTURE.md, each with the figure this run measured and a verdict. */
import { describeArgon2 } from '../runs/argon2-parameters.js';
import { describePhases } from '../targets/engine-log.js';
import type { BonusResult, ControlResult, FlushResult, LatencyResult, MemoryResult, PoolResult, RestartResult, SearchLogResult, Skipped } from '../runs/run-results.js';
import { isSkipped, type BenchResults, type GoalRow, type Ratio } from './results.js';

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function throughputGoal(
  results: Omit<BenchResults, 'goals'>,
  against: 'bare-uws' | 'bittorrent-tracker' | 'opentracker',
  connection: 'keep-alive' | 'close',
  minimum: number,
): Pick<GoalRow, 'measured' | 'verdict'> {
  const ratios = results.ratios.filter((r: Ratio) => r.mix === 'announce' && r.connection === connection && r.against === against);
  if (ratios.length === 0) return { measured: 'not measured', verdict: 'not measured' };
  const parts = ratios.map(
    (r) => `${fmt(r.throughput, 2)}× with ${r.driver} (${fmt(r.swarmgateRequestsPerSecond)} vs ${fmt(r.theirRequestsPerSecond)} req/s` +
      `${r.cpuEfficiency ? `; CPU per announce ${fmt(1 / r.cpuEfficiency, 2)}× theirs` : ''}${r.disturbed ? '; disturbed by other processes' : ''})`,
  );
  // Met only if met under every driver: the load generator shares the cores, and one driver can
  // hide a gap the other shows.
  return { measured: parts.join('; '), verdict: ratios.every((r) => r.throughput >= minimum) ? 'met' : 'not met' };
}

/** Goal sizes of ARCHITECTURE.md: a figure measured at fewer peers cannot meet a goal set at more. */
const GOAL_SIZES = { memory: 1_000_000, latency: 5_000_000, restart: 1_000_000 } as const;

/**
 * Below the goal's size a pass proves nothing ("not measured"); a miss of a figure that only gets
 * worse with more peers (start time, latency) stays a miss.
 */
function atGoalSize(verdict: GoalRow['verdict'], measuredAt: number, goalSize: number, worsensWithSize: boolean): GoalRow['verdict'] {
  if (measuredAt >= goalSize) return verdict;
  return verdict === 'not met' && worsensWithSize ? 'not met' : 'not measured';
}

const belowGoal = (measuredAt: number, goalSize: number) => (measuredAt < goalSize ? `; below the goal's ${fmt(goalSize)} peers` : '');

/** The Swarmgate memory row at the goal's size: the smallest at or above it, else the largest below. */
function memoryAtGoalSize(memory: MemoryResult[]): MemoryResult | undefined {
  const measured = memory.filter((m) => m.target === 'swarmgate' && !m.skipped && m.bytesPerPeerRss !== null);
  return [...measured].sort((a, b) => a.size - b.size).find((m) => m.size >= GOAL_SIZES.memory) ?? measured.sort((a, b) => b.size - a.size)[0];
}

/** "Peer storage is compact: under 100 bytes per peer" (ARCHITECTURE.md): the slab and its index. */
function peerStoreGoal(memory: MemoryResult[] | { skipped: string }): Pick<GoalRow, 'measured' | 'verdict'> {
  if (isSkipped(memory)) return { measured: `not measured (${memory.skipped})`, verdict: 'not measured' };
  const ours = memoryAtGoalSize(memory);
  if (!ours?.bytesPerPeerStore) return { measured: 'not measured', verdict: 'not measured' };
  const peers = ours.peers ?? 0;
  return {
    measured: `peer store ${fmt(ours.bytesPerPeerStore)} B per peer at ${fmt(peers)} peers${belowGoal(peers, GOAL_SIZES.memory)}`,
    verdict: atGoalSize(ours.bytesPerPeerStore <= 100 ? 'met' : 'not met', peers, GOAL_SIZES.memory, false),
  };
}

/**
 * The whole process: RSS growth per peer once the flusher caught up (<= 150 B), and while the peers
 * arrive (<= 250 B, issue 15: the flush backlog of a fill is transient but real).
 */
function processMemoryGoal(memory: MemoryResult[] | { skipped: string }): Pick<GoalRow, 'measured' | 'verdict'> {
  if (isSkipped(memory)) return { measured: `not measured (${memory.skipped})`, verdict: 'not measured' };
  const ours = memoryAtGoalSize(memory);
  if (!ours) return { measured: 'not measured', verdict: 'not measured' };
  const peers = ours.peers ?? 0;
  const after = ours.afterFlush?.bytesPerPeerRss ?? null;
  const arriving = ours.bytesPerPeerRss!;
  const measured = `${after === null ? 'not measured once the flusher caught up' : `${fmt(after)} B per peer once the flusher caught up`}, ` +
    `${fmt(arriving)} B while ${fmt(peers)} peers arrived (RSS growth)${belowGoal(peers, GOAL_SIZES.memory)}`;
  if (after === null) return { measured, verdict: 'not measured' };
  return { measured, verdict: atGoalSize(after <= 150 && arriving <= 250 ? 'met' : 'not met', peers, GOAL_SIZES.memory, false) };
}

/** PostgreSQL's CPU per announce against the engine's, in the keep-alive wrk row (the flusher writes while it runs). */
function databaseCostGoal(results: Omit<BenchResults, 'goals'>): Pick<GoalRow, 'measured' | 'verdict'> {
  const row = results.measurements.find(
    (m) => m.target === 'swarmgate' && m.mix === 'announce' && m.connection === 'keep-alive' && m.driver === 'wrk' && !m.skipped,
  );
  if (!row?.requests || !row.serverCpuSeconds || row.databaseCpuSeconds === undefined) return { measured: 'not measured', verdict: 'not measured' };
  const engine = (row.serverCpuSeconds * 1e6) / row.requests;
  const database = (row.databaseCpuSeconds * 1e6) / row.requests;
  const ratio = database / engine;
  return {
    measured: `${fmt(ratio, 2)}× (PostgreSQL ${fmt(database, 1)} µs, engine ${fmt(engine, 1)} µs per keep-alive announce with wrk)`,
    verdict: ratio <= 0.5 ? 'met' : 'not met',
  };
}

function latencyGoal(latency: LatencyResult | { skipped: string }): Pick<GoalRow, 'measured' | 'verdict'> {
  if (isSkipped(latency)) return { measured: `not measured (${latency.skipped})`, verdict: 'not measured' };
  const fixed = latency.fixedRate;
  const sat = latency.saturation;
  if (fixed.skipped || !fixed.latencyMs) return { measured: `not measured (${fixed.skipped ?? 'no result'})`, verdict: 'not measured' };
  const peers = latency.peers ?? 0;
  const served = fixed.requestsPerSecond ?? 0;
  // A p99 "at 20k/s" means nothing if the engine served far less: the offered rate was not held.
  const held = served >= 0.95 * fixed.offeredRate;
  const saturation = sat.latencyMs ? `; at saturation (${fmt(sat.requestsPerSecond!)} req/s) p99 ${fmt(sat.latencyMs.p99, 1)} ms` : '';
  const verdict = fixed.latencyMs.p99 <= 10 && (fixed.errors ?? 0) === 0 && held ? 'met' : 'not met';
  return {
    measured: `p99 ${fmt(fixed.latencyMs.p99, 1)} ms at ${fmt(fixed.offeredRate)} announces/s offered` +
      `${held ? '' : ` (only ${fmt(served)}/s served)`}, ${fmt(peers)} peers${saturation}${belowGoal(peers, GOAL_SIZES.latency)}`,
    verdict: atGoalSize(verdict, peers, GOAL_SIZES.latency, true),
  };
}

function restartGoal(restart: RestartResult | { skipped: string }): Pick<GoalRow, 'measured' | 'verdict'> {
  if (isSkipped(restart)) return { measured: `not measured (${restart.skipped})`, verdict: 'not measured' };
  const loader = `the peers loader alone takes ${fmt(restart.loadPeersMs / 1000, 1)} s`;
  const phases = describePhases(restart.phases);
  if (restart.failure) {
    const what = restart.failure.reason === 'timeout'
      ? `did not serve within ${fmt(restart.timeoutMs / 1000)} s`
      : `exited after ${fmt(restart.failure.waitedMs / 1000, 1)} s without serving`;
    return {
      measured: `${what} with ${fmt(restart.peersInTable)} peers in the table; engine log: ${phases}; ${loader}${belowGoal(restart.peersInTable, GOAL_SIZES.restart)}`,
      // Giving up before the goal's 10 s proves nothing.
      verdict: restart.failure.reason === 'timeout' && restart.timeoutMs < 10_000 ? 'not measured' : 'not met',
    };
  }
  const first = restart.firstAnnounceMs ?? Number.POSITIVE_INFINITY;
  const verdict = first <= 10_000 && (restart.peersLoaded ?? 0) >= restart.peersInTable * 0.99 ? 'met' : 'not met';
  return {
    measured: `${fmt(first / 1000, 1)} s to the first answered announce with ${fmt(restart.peersLoaded ?? 0)} of ${fmt(restart.peersInTable)} peers restored ` +
      `(engine log: ${phases}; ${loader})${belowGoal(restart.peersInTable, GOAL_SIZES.restart)}`,
    verdict: atGoalSize(verdict, restart.peersInTable, GOAL_SIZES.restart, true),
  };
}

function flushGoal(flush: FlushResult | Skipped): Pick<GoalRow, 'measured' | 'verdict'> {
  if (isSkipped(flush)) return { measured: `not measured (${flush.skipped})`, verdict: 'not measured' };
  const lagLimit = (2 * flush.intervalMs) / 1000;
  const rate = flush.peerRowsPerSecondWhileServing;
  const written = rate === null
    ? `fewer than two batches committed while serving (${flush.commitsWhileServing}; ${fmt(flush.peerRowsWrittenWhileServing)} peer rows written in ${fmt(flush.seconds, 1)} s)`
    : `${fmt(rate)} peer rows written/s while serving (commit to commit, ${flush.commitsWhileServing} batches)`;
  const plain = flush.plainCopy.rowsPerSecond;
  const capacity = flush.peerRowsPerFlushSecond
    ? `; the flusher writes ${fmt(flush.peerRowsPerFlushSecond)} rows per second of flush time, ` +
      `${plain > 0 ? fmt(flush.peerRowsPerFlushSecond / plain, 2) : '-'}x PostgreSQL's plain COPY of the same rows into an unindexed table (${fmt(plain)}/s, goal >= 0.5x)`
    : '';
  const lag = flush.probeLagSeconds.samples > 0
    ? `lag max ${fmt(flush.probeLagSeconds.max, 1)} s end to end (limit ${fmt(lagLimit, 1)} s)`
    : 'lag not measured (no probe announce showed)';
  const behind = flush.caughtUp ? '' : `; not caught up ${fmt(flush.drainSeconds, 0)} s after the load`;
  const measured = `${written} at ${fmt(flush.announcesPerSecond)} new-peer announces/s${capacity}; ${lag}${behind}${flush.disturbed ? '; disturbed by other processes' : ''}`;
  // Fewer than three intervals of load cannot show a sustained rate: no verdict rather than a wrong one.
  if (rate === null && flush.seconds < (3 * flush.intervalMs) / 1000) {
    return { measured: `${measured}; load shorter than 3 flush intervals`, verdict: 'not measured' };
  }
  const met = rate !== null && rate >= 50_000 && flush.probeLagSeconds.samples > 0 && flush.probeLagSeconds.max <= lagLimit && flush.caughtUp;
  return { measured, verdict: met ? 'met' : 'not met' };
}

/** Control plane: reported beside the goals so it is not missed, without a verdict (ARCHITECTURE.md sets none). */
function controlFigure(control: ControlResult | Skipped): Pick<GoalRow, 'measured' | 'verdict'> {
  if (isSkipped(control)) return { measured: `not measured (${control.skipped})`, verdict: 'not measured' };
  const calls = (name: string, s: ControlResult['login']) =>
    `${name} ${fmt(s.callsPerSecond, s.callsPerSecond < 100 ? 1 : 0)}/s, p50 ${fmt(s.latencyMs.p50, 1)} ms, p99 ${fmt(s.latencyMs.p99, 1)} ms` +
    ` (${s.concurrency} in flight${s.errors > 0 ? `, ${fmt(s.errors)} errors` : ''})`;
  return {
    measured: `${calls('Login', control.login)}: argon2id-bound by design (${describeArgon2(control.passwordHash)}); ${calls('GetUser', control.getUser)}`,
    verdict: 'no goal',
  };
}

function searchLogFigure(searchlog: SearchLogResult | Skipped | undefined): Pick<GoalRow, 'measured' | 'verdict'> {
  if (!searchlog || isSkipped(searchlog)) return { measured: `not measured (${searchlog?.skipped ?? 'not run (--runs searchlog)'})`, verdict: 'not measured' };
  return {
    measured:
      `${fmt(searchlog.rowsPerSecond)} rows/s accepted; flush lag p50 ${fmt(searchlog.flushLagMs.p50 / 1000, 2)} s, max ${fmt(searchlog.flushLagMs.max / 1000, 2)} s ` +
      `(interval ${fmt(searchlog.flushIntervalMs / 1000, 1)} s); ${fmt(searchlog.rowsWritten)} of ${fmt(searchlog.rowsAccepted)} written`,
    verdict: 'no goal',
  };
}

function bonusGoal(bonus: BonusResult | Skipped | undefined): Pick<GoalRow, 'measured' | 'verdict'> {
  if (bonus === undefined || isSkipped(bonus)) return { measured: `not measured (${bonus?.skipped ?? 'not run'})`, verdict: 'not measured' };
  const measured =
    `${fmt(bonus.accrualSeconds, 1)} s for ${fmt(bonus.peers)} seeding pairs over ${fmt(bonus.users)} users and ${fmt(bonus.torrents)} torrents ` +
    `(${fmt(bonus.usersCredited)} users credited; the same period again ${fmt(bonus.repeatMs, 0)} ms, nothing credited)`;
  // The goal is stated for the full size; a smaller run is a figure, not a verdict.
  if (bonus.peers < 1_000_000) return { measured: `${measured}; smaller than the goal's 1M`, verdict: 'not measured' };
  return { measured, verdict: bonus.accrualSeconds < 30 ? 'met' : 'not met' };
}

/** Pool: >= 20x the locked SQL way's operations/s, and no cap violations on either safe side. */
function poolGoal(pool: PoolResult | Skipped | undefined): Pick<GoalRow, 'measured' | 'verdict'> {
  if (!pool || isSkipped(pool)) return { measured: `not measured (${pool?.skipped ?? 'not run (--runs pool)'})`, verdict: 'not measured' };
  const side = (m: PoolResult['engine']) =>
    `${fmt(m.operationsPerSecond)} ops/s, p99 ${fmt(m.latencyMs.p99, 1)} ms, ${fmt(m.violations)} cap violations, ` +
    `CPU ${fmt(m.cpu.serverMicrosPerOperation + m.cpu.databaseMicrosPerOperation)} µs/op${m.cpu.disturbed ? ' (disturbed)' : ''}`;
  const speedup = pool.speedupOverLocked;
  const met = speedup !== null && speedup >= 20 && pool.engine.violations === 0 && pool.engine.errors === 0;
  return {
    measured:
      `${speedup === null ? 'no locked rate' : `${fmt(speedup, 1)}×`} the locked SQL way: engine ${side(pool.engine)}; SQL with a row lock ${side(pool.sqlLocked)}; ` +
      `SQL as written ${side(pool.sqlUnlocked)} (${pool.keys} keys, cap ${pool.cap}, ${pool.concurrency} sessions in flight)`,
    verdict: met ? 'met' : 'not met',
  };
}

export function evaluateGoals(results: Omit<BenchResults, 'goals'>): GoalRow[] {
  const rows: GoalRow[] = [];
  rows.push({
    figure: 'announces/s, keep-alive, vs bare uWS.js',
    goal: '>= 0.8 x',
    anchor: 'bare uWS.js reply ~117k/s',
    ...throughputGoal(results, 'bare-uws', 'keep-alive', 0.8),
    command: 'npm run bench -- --runs keepalive --targets swarmgate,bare-uws',
  });
  rows.push({
    figure: 'announces/s, keep-alive, vs bittorrent-tracker',
    goal: '>= 8 x',
    anchor: 'bittorrent-tracker ~10-12k/s',
    ...throughputGoal(results, 'bittorrent-tracker', 'keep-alive', 8),
    command: 'npm run bench -- --runs keepalive --targets swarmgate,bittorrent-tracker',
  });
  rows.push({
    figure: 'announces/s, new connection each, vs opentracker',
    goal: '>= 1.0 x',
    anchor: 'opentracker ~40-44k/s',
    ...throughputGoal(results, 'opentracker', 'close', 1.0),
    command: 'npm run bench -- --runs close --targets swarmgate,opentracker',
  });
  rows.push({
    figure: 'memory per peer at 1M peers',
    goal: '<= 100 B',
    anchor: 'opentracker ~8 B, bittorrent-tracker ~320 B',
    ...peerStoreGoal(results.memory),
    command: 'npm run bench -- --runs memory --scale-peers 1000000',
  });
  rows.push({
    figure: 'memory, whole process, at 1M peers',
    goal: 'RSS <= 150 B per peer once the flusher caught up; <= 250 B while they arrive',
    anchor: '-',
    ...processMemoryGoal(results.memory),
    command: 'npm run bench -- --runs memory --scale-peers 1000000',
  });
  rows.push({
    figure: 'p99 announce latency at 5M peers under load',
    goal: '<= 10 ms',
    anchor: '-',
    ...latencyGoal(results.latency),
    command: 'npm run bench -- --runs latency --scale-peers 5000000',
  });
  rows.push({
    figure: 'flush while serving',
    goal: '>= 50k peer upserts/s; lag <= 2 intervals',
    anchor: '-',
    ...flushGoal(results.flush),
    command: 'npm run bench -- --runs flush',
  });
  rows.push({
    figure: 'database cost per announce',
    goal: 'PostgreSQL CPU <= 0.5 x the engine\'s',
    anchor: '-',
    ...databaseCostGoal(results),
    command: 'npm run bench -- --runs keepalive --targets swarmgate',
  });
  rows.push({
    figure: 'restart with 1M peers',
    goal: 'serving again in <= 10 s',
    anchor: '-',
    ...restartGoal(results.restart),
    command: 'npm run bench -- --runs restart --restart-peers 1000000',
  });
  rows.push({
    figure: 'pool stream leases (start/heartbeat/end)',
    goal: '>= 20 x the locked SQL way; 0 cap violations',
    anchor: "the pool document's SQL count, made safe with a row lock",
    ...poolGoal(results.pool),
    command: 'npm run bench -- --runs pool',
  });
  rows.push({
    figure: 'control plane: Login and GetUser calls/s and latency',
    goal: 'none (a figure)',
    anchor: '-',
    ...controlFigure(results.control),
    command: 'npm run bench -- --runs control',
  });
  rows.push({
    figure: 'search-log rows accepted/s and flush lag',
    goal: 'none (a figure)',
    anchor: '-',
    ...searchLogFigure(results.searchlog),
    command: 'npm run bench -- --runs searchlog',
  });
  rows.push({
    figure: 'bonus accrual, 1M seeding peers, 100k users, 100k torrents',
    goal: '< 30 s',
    anchor: '-',
    ...bonusGoal(results.bonus),
    command: 'npm run bench -- --runs bonus',
  });
  return rows;
}
