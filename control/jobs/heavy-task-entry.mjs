// Piscina entry for heavy jobs (the flush encoder's entry explains the two cases): from the compiled
// build this imports heavy-task.js beside it; from the TypeScript sources it registers tsx inside the
// worker thread first, since loader flags of the main thread do not reach worker threads.
import { existsSync } from 'node:fs';

const compiled = new URL('./heavy-task.js', import.meta.url);
let task;
if (existsSync(compiled)) {
  task = await import(compiled.href);
} else {
  const tsx = await import('tsx/esm/api');
  tsx.register();
  task = await import(new URL('./heavy-task.ts', import.meta.url).href);
}
export default task.default;
