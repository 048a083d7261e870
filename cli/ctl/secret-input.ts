/** Reading a password: all of stdin with --password-stdin, else a prompt that does not echo. */
import { createInterface } from 'node:readline';

export async function readStdin(): Promise<string> {
  let data = '';
  for await (const chunk of process.stdin) data += chunk;
  return data.replace(/\r?\n$/, '');
}

export function promptHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) return readStdin();
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  // Keep the prompt, drop the echo of what is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
    if (s.startsWith(question)) process.stderr.write(question);
  };
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    }),
  );
}
