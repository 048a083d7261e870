/**
 * The TypeScript types and the descriptor sets served by reflection in control/generated are what
 * `npm run proto:gen` makes from proto/ now.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { projectRoot } from '../../core/paths.js';

const out = mkdtempSync(join(tmpdir(), 'swarmgate-proto-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

it('control/generated is up to date with proto/', () => {
  const script = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts['proto:gen'] as string;
  const command = script.replace(/^rm -rf \S+ && /, '').replaceAll('control/generated', out);
  execFileSync('sh', ['-c', `PATH="${join(projectRoot, 'node_modules/.bin')}:$PATH" ${command}`], { cwd: projectRoot });
  const committed = join(projectRoot, 'control/generated');
  const expected = files(out).map((f) => relative(out, f)).sort();
  expect(files(committed).map((f) => relative(committed, f)).sort()).toEqual(expected);
  for (const file of expected) {
    expect(readFileSync(join(committed, file)).equals(readFileSync(join(out, file))), `${file} is stale: run npm run proto:gen`).toBe(true);
  }
});
