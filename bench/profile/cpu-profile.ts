/**
 * Reading one V8 .cpuprofile file (node --cpu-prof writes one per thread when the thread exits):
 * where the thread spent its time, by function (self and inclusive), by source file and by area
 * (engine code, protocol codecs, uWS, Node internals, GC). Idle time is counted apart, never in a share.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface FunctionTime {
  name: string;
  /** file:line (1-based), shortened to the project-relative path. */
  where: string;
  selfMs: number;
  totalMs: number;
}

export interface ThreadIdentity {
  pid: number | null;
  /** Node's thread id from the file name: 0 is the main thread, workers count up from 1. */
  threadId: number | null;
  /** What the thread ran, guessed from its code: the engine's main thread, an engine worker, the flush encoder. */
  role: string;
}

/** A function's longest run of consecutive samples with it on the stack: how long the thread did nothing else. */
export interface FunctionStretch {
  name: string;
  where: string;
  longestMs: number;
  /** When the longest run started, ms after the profile's start. */
  atMs: number;
  /** Runs longer than 10 ms. */
  over10Ms: number;
}

export interface ProfileSummary {
  file: string;
  thread: ThreadIdentity;
  /** Whole life of the thread: start-up, fills and shutdown too, not only the measured window. */
  wallMs: number;
  /** Sampled time not idle (idle: the event loop waiting, or a thread blocked in Atomics.wait). */
  busyMs: number;
  byArea: { area: string; ms: number }[];
  byFile: { file: string; ms: number }[];
  functions: FunctionTime[];
  /**
   * Longest uninterrupted stretches by function, longest first: a request that arrives meanwhile
   * waits at least that long, so these set the latency tail (p99) where shares of time do not.
   */
  stretches: FunctionStretch[];
}

const IDLE = 'idle';

function shortUrl(url: string): string {
  const i = url.search(/\/(engine|core|control|cli|bench|node_modules)\//);
  return i >= 0 ? url.slice(i + 1) : url.replace(/^file:\/\//, '');
}

/** Where code belongs, for the area totals. */
function areaOf(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  if (functionName === '(idle)') return IDLE;
  // piscina's worker blocks in Atomics.wait between tasks: sampled as JS, but no CPU is used.
  if (functionName === 'atomicsWaitLoop') return IDLE;
  if (functionName === '(garbage collector)') return 'garbage collector';
  if (functionName === '(program)') return 'V8/native (program)';
  if (url.includes('/engine/protocol/')) return 'engine protocol codecs';
  if (url.includes('/engine/flush/')) return 'engine flush';
  if (url.includes('/engine/')) return 'engine';
  if (url.includes('uWebSockets') || url.includes('uws')) return 'uWebSockets.js';
  if (url.includes('node_modules/pg')) return 'pg';
  if (url.includes('node_modules/')) return `dependency ${url.split('node_modules/')[1]!.split('/')[0]}`;
  if (url.startsWith('node:')) return 'Node.js internals';
  if (url === '') return `native: ${functionName || '(anonymous)'}`;
  return shortUrl(url);
}

/** The file a sample's own time is charged to ("(native)" for V8 and C++ frames without a script). */
function fileOf(node: ProfileNode): string {
  return node.callFrame.url === '' ? `(native) ${node.callFrame.functionName || '(anonymous)'}` : shortUrl(node.callFrame.url);
}

/** CPU.<date>.<time>.<pid>.<thread id>.<sequence>.cpuprofile, as node --cpu-prof names them. */
function identify(file: string, nodes: ProfileNode[]): ThreadIdentity {
  const match = /^CPU\.\d+\.\d+\.(\d+)\.(\d+)\.\d+\.cpuprofile$/.exec(basename(file));
  const pid = match ? Number(match[1]) : null;
  const threadId = match ? Number(match[2]) : null;
  const urls = nodes.map((n) => n.callFrame.url);
  let role = 'worker thread';
  if (threadId === 0) role = 'main thread (supervisor and flusher)';
  else if (urls.some((u) => u.includes('/engine/worker.'))) role = 'engine worker';
  else if (urls.some((u) => u.includes('encode-task'))) role = 'flush encoder (piscina)';
  return { pid, threadId, role };
}

function add<K>(map: Map<K, number>, key: K, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

export function summarizeProfile(file: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  // timeDeltas[i] is the time from sample i-1 to sample i; like Chrome DevTools, charge each sample
  // with the time until the next one (the last one until the profile's end).
  const self = new Map<number, number>();
  let at = profile.startTime;
  const stamps = profile.timeDeltas.map((d) => (at += d));
  for (let i = 0; i < profile.samples.length; i++) {
    const until = i + 1 < stamps.length ? stamps[i + 1]! : profile.endTime;
    const ms = Math.max(0, until - stamps[i]!) / 1000;
    add(self, profile.samples[i]!, ms);
  }

  const where = (n: ProfileNode) => (n.callFrame.url === '' ? '(native)' : `${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`);
  const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}\u0000${where(n)}`;
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  const areas = new Map<string, number>();
  const files = new Map<string, number>();
  let busyMs = 0;
  for (const [id, ms] of self) {
    const node = byId.get(id)!;
    const area = areaOf(node);
    add(areas, area, ms);
    if (area === IDLE) continue;
    busyMs += ms;
    add(files, fileOf(node), ms);
    add(selfBy, key(node), ms);
    // Inclusive time: once per distinct function on the stack (recursion counted once).
    const seen = new Set<string>();
    for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
      const k = key(byId.get(up)!);
      if (seen.has(k)) continue;
      seen.add(k);
      add(totalBy, k, ms);
    }
  }
  const stretches = longestStretches(profile, byId, parent, key, stamps);
  const functions = [...totalBy.entries()].map(([k, totalMs]) => {
    const [name, where] = k.split('\u0000') as [string, string];
    return { name, where, selfMs: selfBy.get(k) ?? 0, totalMs };
  });
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return {
    file,
    thread: identify(file, profile.nodes),
    wallMs: (profile.endTime - profile.startTime) / 1000,
    busyMs,
    byArea: sorted(areas).filter(([area]) => area !== IDLE).map(([area, ms]) => ({ area, ms })),
    byFile: sorted(files).map(([file, ms]) => ({ file, ms })),
    functions,
    stretches,
  };
}

function longestStretches(
  profile: Profile,
  byId: Map<number, ProfileNode>,
  parent: Map<number, number>,
  key: (n: ProfileNode) => string,
  stamps: number[],
): FunctionStretch[] {
  const stackKeys = new Map<number, Set<string>>();
  const keysOf = (id: number) => {
    let keys = stackKeys.get(id);
    if (!keys) {
      keys = new Set();
      for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
        const node = byId.get(up)!;
        const area = areaOf(node);
        if (area !== IDLE && node.callFrame.functionName !== '(root)') keys.add(key(node));
      }
      stackKeys.set(id, keys);
    }
    return keys;
  };
  const open = new Map<string, { startMs: number; ms: number }>();
  const best = new Map<string, { longestMs: number; atMs: number; over10Ms: number }>();
  const close = (k: string, run: { startMs: number; ms: number }) => {
    const b = best.get(k) ?? { longestMs: 0, atMs: 0, over10Ms: 0 };
    if (run.ms > b.longestMs) Object.assign(b, { longestMs: run.ms, atMs: run.startMs });
    if (run.ms > 10) b.over10Ms++;
    best.set(k, b);
  };
  for (let i = 0; i < profile.samples.length; i++) {
    const until = i + 1 < stamps.length ? stamps[i + 1]! : profile.endTime;
    const ms = Math.max(0, until - stamps[i]!) / 1000;
    const keys = keysOf(profile.samples[i]!);
    for (const [k, run] of open) {
      if (!keys.has(k)) {
        close(k, run);
        open.delete(k);
      }
    }
    for (const k of keys) {
      const run = open.get(k);
      if (run) run.ms += ms;
      else open.set(k, { startMs: (stamps[i]! - profile.startTime) / 1000, ms });
    }
  }
  for (const [k, run] of open) close(k, run);
  return [...best.entries()]
    .map(([k, b]) => {
      const [name, where] = k.split('\u0000') as [string, string];
      return { name, where, ...b };
    })
    .sort((a, b) => b.longestMs - a.longestMs);
}
