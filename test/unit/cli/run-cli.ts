/** Runs the CLI's `main()` in this process, capturing what it writes and its exit code. */
import { main } from '../../../server/src/cli';

export interface CliRun { code: number; stdout: string; stderr: string }

export function runCli(args: readonly string[], cwd: string): CliRun {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write;
  const err = process.stderr.write;
  const capture = (sink: (s: string) => void) => ((chunk: string | Uint8Array) => {
    sink(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  process.stdout.write = capture((s) => { stdout += s; });
  process.stderr.write = capture((s) => { stderr += s; });
  try {
    const code = main(args, cwd);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}
