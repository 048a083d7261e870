/**
 * How to start one of the project's own scripts in a child process. From build/ it is plain JS;
 * from the TypeScript sources (vitest, `tsx`) the child needs tsx's loader, which flags given to
 * this process do not pass on.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Arguments for `node`: loader flags, then the script path. */
export function nodeScript(url: URL): string[] {
  const path = fileURLToPath(url);
  return extname(path) === '.ts' ? ['--import', 'tsx', path] : [path];
}

/** The script at `relative` (no extension) from module `from`, with `from`'s own extension (.ts or .js). */
export function scriptUrl(relative: string, from: string): URL {
  return new URL(`${relative}${extname(fileURLToPath(from))}`, from);
}
