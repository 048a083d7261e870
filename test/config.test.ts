import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig } from '../core/config.js';

describe('configuration', () => {
  it('has a documented default for every setting', () => {
    const config = loadConfig({ env: {} });
    expect(config.engine.port).toBe(6969);
    expect(config.control.port).toBe(50051);
    expect(config.databaseUrl).toBeUndefined();
    // One worker per core but one, at least one: the spare core is the flusher's (docs/engine-threads.md).
    expect(config.engine.workers).toBe(Math.max(1, availableParallelism() - 1));
    for (const row of describeConfig(config)) expect(row.doc.length).toBeGreaterThan(10);
  });

  it('reads environment variables with their types', () => {
    const config = loadConfig({
      env: { SWARMGATE_ENGINE_PORT: '7000', SWARMGATE_ALLOW_DICTIONARY_PEERS: 'false', SWARMGATE_TRUSTED_PROXIES: '10.0.0.1, ::1' },
    });
    expect(config.engine.port).toBe(7000);
    expect(config.engine.allowDictionaryPeers).toBe(false);
    expect(config.engine.trustedProxies).toEqual(['10.0.0.1', '::1']);
  });

  it('layers the file under the environment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-config-'));
    const file = join(dir, 'swarmgate.json');
    writeFileSync(file, JSON.stringify({ engine: { port: 7100, workers: 3 }, logLevel: 'warn' }));
    const config = loadConfig({ env: { SWARMGATE_ENGINE_WORKERS: '5' }, file });
    expect(config.engine.port).toBe(7100);
    expect(config.engine.workers).toBe(5);
    expect(config.logLevel).toBe('warn');
  });

  it('names the key, the variable, the value and what is allowed for a bad value', () => {
    expect(() => loadConfig({ env: { SWARMGATE_ENGINE_PORT: '70000' } })).toThrow(ConfigError);
    expect(() => loadConfig({ env: { SWARMGATE_ENGINE_PORT: '70000' } })).toThrow(
      /engine\.port \(SWARMGATE_ENGINE_PORT\) = "70000": .*65535/,
    );
    expect(() => loadConfig({ env: { SWARMGATE_LOG_LEVEL: 'loud' } })).toThrow(/logLevel \(SWARMGATE_LOG_LEVEL\) = "loud": .*"info"/);
  });

  it('rejects unknown keys in the file and a bad database URL without echoing it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-config-'));
    const file = join(dir, 'swarmgate.json');
    writeFileSync(file, JSON.stringify({ engine: { prot: 1 } }));
    expect(() => loadConfig({ env: {}, file })).toThrow(/engine\.prot .*unknown setting/);
    let message = '';
    try {
      loadConfig({ env: { DATABASE_URL: 'not a url secret' } });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/databaseUrl \(DATABASE_URL\) = <redacted>/);
    expect(message).not.toContain('secret');
  });

  it('redacts secrets when described', () => {
    const config = loadConfig({ env: { DATABASE_URL: 'postgres://sg:hunter2@db.example:5432/sg' } });
    const row = describeConfig(config).find((r) => r.path === 'databaseUrl');
    expect(row?.value).toBe('postgres://sg:***@db.example:5432/sg');
  });
});
