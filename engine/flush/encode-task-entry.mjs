// Piscina entry for the flush encoder. Piscina loads plain JavaScript only: from the compiled build
// this imports encode-task.js beside it; from the TypeScript sources (tests, tsx) it registers tsx
// inside the worker thread first, since loader flags of the main thread do not reach worker threads.
import { existsSync } from 'node:fs';

const compiled = new URL('./encode-task.js', import.meta.url);
let task;
if (existsSync(compiled)) {
  task = await import(compiled.href);
} else {
  const tsx = await import('tsx/esm/api');
  tsx.register();
  task = await import(new URL('./encode-task.ts', import.meta.url).href);
}
export default task.default;
