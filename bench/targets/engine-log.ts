/**
 * The start-up phases the engine writes to its log (pino JSON lines), e.g. "catalog loaded, starting
 * workers" and "engine listening", each with the engine's own `ms`. The restart run reports them so a
 * slow or hung start shows where the time went, even when the engine never answered.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface EnginePhase {
  message: string;
  /** The engine's own figure for the phase (its `ms` field), when it logs one. */
  ms: number | null;
  /** Seconds from spawning the process to the log line. */
  atSeconds: number;
  /** Sub-phase figures the line carries (fields named *Ms, e.g. peersMs, recountMs). */
  parts?: Record<string, number>;
}

/** The phases the bench knows; any other info line with an `ms` figure is a phase too (new ones show up unasked). */
export const KNOWN_PHASES = ['catalog loaded, starting workers', 'engine listening'] as const;

interface LogLine {
  level?: number;
  time?: number;
  msg?: string;
  ms?: unknown;
  [field: string]: unknown;
}

function subPhases(line: LogLine): Record<string, number> | undefined {
  const parts = Object.entries(line).filter(([k, v]) => k !== 'ms' && k.endsWith('Ms') && typeof v === 'number') as [string, number][];
  return parts.length > 0 ? Object.fromEntries(parts) : undefined;
}

export function readEnginePhases(logPath: string, spawnedAtEpochMs: number): EnginePhase[] {
  if (!existsSync(logPath)) return [];
  const phases: EnginePhase[] = [];
  for (const text of readFileSync(logPath, 'utf8').split('\n')) {
    if (!text.startsWith('{')) continue;
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      continue; // a line cut short by a kill
    }
    const known = (KNOWN_PHASES as readonly string[]).includes(line.msg ?? '');
    if (!line.msg || !(known || ((line.level ?? 0) >= 30 && typeof line.ms === 'number'))) continue;
    const parts = subPhases(line);
    phases.push({
      message: line.msg,
      ms: typeof line.ms === 'number' ? line.ms : null,
      atSeconds: typeof line.time === 'number' ? (line.time - spawnedAtEpochMs) / 1000 : Number.NaN,
      ...(parts ? { parts } : {}),
    });
  }
  return phases;
}

/** "catalog loaded, starting workers (engine: 5,400 ms) at 5.6 s; engine listening: not logged". */
export function describePhases(phases: EnginePhase[]): string {
  const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;
  const seen = phases.map((p) => {
    const parts = Object.entries(p.parts ?? {}).map(([k, v]) => `, ${k} ${ms(v)}`).join('');
    return `${p.message} (${p.ms === null ? 'no ms' : `engine: ${ms(p.ms)}`}${parts}) at ${p.atSeconds.toFixed(1)} s`;
  });
  const missing = KNOWN_PHASES.filter((k) => !phases.some((p) => p.message === k)).map((k) => `${k}: not logged`);
  return [...seen, ...missing].join('; ') || 'no phase logged';
}
