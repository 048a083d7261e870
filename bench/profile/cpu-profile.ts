/**
 * Reading V8 .cpuprofile files (node --cpu-prof): where a thread spent its time, by function (self
 * and inclusive) and by area (engine code, protocol codecs, uWS, Node internals, GC, idle).
 */
import { readFileSync } from 'node:fs';

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
  where: string;
  selfMs: number;
  totalMs: number;
}

export interface ProfileSummary {
  file: string;
  wallMs: number;
  /** Sampled time not idle (idle: the event loop waiting, or a thread blocked in Atomics.wait). */
  busyMs: number;
  byArea: { area: string; ms: number }[];
  functions: FunctionTime[];
}

function shortUrl(url: string): string {
  const i = url.search(/\/(engine|core|control|cli|bench|node_modules)\//);
  return i >= 0 ? url.slice(i + 1) : url.replace(/^file:\/\//, '');
}

/** Where code belongs, for the area totals. */
function areaOf(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  if (functionName === '(idle)') return 'idle';
  // piscina's worker blocks in Atomics.wait between tasks: sampled as JS, but no CPU is used.
  if (functionName === 'atomicsWaitLoop') return 'idle';
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

export function summarizeProfile(file: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}\u0000${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  const areas = new Map<string, number>();
  let busyMs = 0;
  for (const [id, ms] of self) {
    const node = byId.get(id)!;
    const area = areaOf(node);
    areas.set(area, (areas.get(area) ?? 0) + ms);
    if (area !== 'idle') busyMs += ms;
    selfBy.set(key(node), (selfBy.get(key(node)) ?? 0) + ms);
    // Inclusive time: once per distinct function on the stack (recursion counted once).
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = key(byId.get(at)!);
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + ms);
    }
  }
  const functions = [...totalBy.entries()].map(([k, totalMs]) => {
    const [name, where] = k.split('\u0000') as [string, string];
    return { name, where, selfMs: selfBy.get(k) ?? 0, totalMs };
  });
  return {
    file,
    wallMs: (profile.endTime - profile.startTime) / 1000,
    busyMs,
    byArea: [...areas.entries()].map(([area, ms]) => ({ area, ms })).sort((a, b) => b.ms - a.ms),
    functions,
  };
}
