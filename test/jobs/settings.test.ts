import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../core/config.js';
import { allJobs } from '../../control/jobs/catalog.js';
import { resolveJobSettings } from '../../control/jobs/job-settings.js';
import { parseSchedule } from '../../control/jobs/schedule.js';

const settingsFor = (env: Record<string, string>) => resolveJobSettings(allJobs(), loadConfig({ env }).jobs);

describe('job settings', () => {
  it('every job of the catalog has a unique name and a default schedule that parses', () => {
    const settings = settingsFor({});
    expect([...settings.keys()].sort()).toEqual(expect.arrayContaining(['expiry', 'partitions', 'retention', 'sessions']));
    for (const s of settings.values()) expect(s.enabled).toBe(true);
  });

  it('overrides schedules and turns jobs off, as name=schedule pairs or a JSON object', () => {
    const pairs = settingsFor({ SWARMGATE_JOB_SCHEDULES: 'partitions=every 6h; retention=0 2 * * 0 ;sessions=off' });
    expect(pairs.get('partitions')!.schedule.text).toBe('every 6h');
    expect(pairs.get('retention')!.schedule.text).toBe('0 2 * * 0');
    expect(pairs.get('sessions')!.enabled).toBe(false);
    expect(pairs.get('expiry')!.schedule.text).toBe('every 1m');

    const json = settingsFor({ SWARMGATE_JOB_SCHEDULES: '{"expiry": "every 30s", "partitions": "off"}' });
    expect(json.get('expiry')!.schedule.text).toBe('every 30s');
    expect(json.get('partitions')!.enabled).toBe(false);
  });

  it('reads the settings from a config file as objects', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swarmgate-jobs-'));
    try {
      const file = join(dir, 'config.json');
      writeFileSync(file, JSON.stringify({ jobs: { schedules: { sessions: 'every 12h' }, retentionMonths: { announces: 6, audit_logs: 'keep' } } }));
      const config = loadConfig({ env: {}, file });
      expect(config.jobs.retentionMonths).toEqual({ announces: 6, audit_logs: 'keep' });
      expect(resolveJobSettings(allJobs(), config.jobs).get('sessions')!.schedule.text).toBe('every 12h');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an unknown job name or a bad schedule is a configuration error naming the setting', () => {
    expect(() => settingsFor({ SWARMGATE_JOB_SCHEDULES: 'partition=every 1h' })).toThrow(ConfigError);
    expect(() => settingsFor({ SWARMGATE_JOB_SCHEDULES: 'partition=every 1h' })).toThrow(
      /jobs\.schedules \(SWARMGATE_JOB_SCHEDULES\): unknown job "partition"; jobs are: .*partitions/,
    );
    expect(() => settingsFor({ SWARMGATE_JOB_SCHEDULES: 'expiry=every fortnight' })).toThrow(/job "expiry": "every fortnight" is neither an interval/);
    expect(() => settingsFor({ SWARMGATE_JOB_SCHEDULES: 'expiry=61 * * * *' })).toThrow(/not a valid cron expression/);
    expect(() => loadConfig({ env: { SWARMGATE_JOB_SCHEDULES: 'expiry' } })).toThrow(/jobs\.schedules .*"expiry" is not a name=value pair/);
    expect(() => loadConfig({ env: { SWARMGATE_RETENTION_MONTHS: 'announces=0' } })).toThrow(/jobs\.retentionMonths/);
  });

  it('schedules: intervals from the last start, cron at its next UTC time', () => {
    const at = new Date('2026-03-10T10:00:00Z');
    expect(parseSchedule('every 5m').dueAt(at, at).toISOString()).toBe('2026-03-10T10:05:00.000Z');
    expect(parseSchedule('every 5m').dueAt(null, at)).toEqual(at);
    expect(parseSchedule('0 3 * * *').dueAt(at, at).toISOString()).toBe('2026-03-11T03:00:00.000Z');
    expect(parseSchedule('0 3 * * *').dueAt(null, at).toISOString()).toBe('2026-03-11T03:00:00.000Z');
    // A run missed while every node was down is due at once (once).
    expect(parseSchedule('0 3 * * *').dueAt(new Date('2026-03-01T03:00:00Z'), at).getTime()).toBeLessThan(at.getTime());
    expect(() => parseSchedule('every 10ms')).toThrow(/at least 50ms/);
  });
});
