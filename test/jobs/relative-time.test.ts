/** swarmgatectl jobs list: the "last run" and "next run" columns say which way in time they point. */
import { describe, expect, it } from 'vitest';
import { relative } from '../../cli/ctl/commands/jobs.js';

const now = Date.parse('2026-11-30T12:00:00Z');
/** A Timestamp as the generated client decodes it (seconds as a number, nanos always present). */
const at = (offsetMs: number) => {
  const ms = now + offsetMs;
  return relative({ seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 }, now);
};

describe('relative job times', () => {
  it('a run that started under half a second ago is "0s ago", never "in 0s"', () => {
    expect(at(-400)).toBe('0s ago');
    expect(at(0)).toBe('0s ago');
    expect(at(400)).toBe('in 0s');
  });

  it('scales to minutes, hours and days both ways', () => {
    expect(at(-89_000)).toBe('89s ago');
    expect(at(-3 * 60_000)).toBe('3m ago');
    expect(at(57_000)).toBe('in 57s');
    expect(at(24 * 3_600_000)).toBe('in 24h');
    expect(at(-3 * 86_400_000)).toBe('3d ago');
  });

  it('is empty without a time', () => {
    expect(relative(null, now)).toBe('');
  });
});
