// Runs the two real-client harnesses from a test and parses what they write, with zod
// schemas so the tests work on typed data instead of `any`.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { chromiumPath, extensionUnderTest, harnessDir, prefix, repoRoot } from './prereqs';

const position = z.object({ line: z.number(), character: z.number() });
export const rangeSchema = z.object({ start: position, end: position });

/** A diagnostic as the VS Code probe serialises it (severity as text, code as string). */
export const vscodeDiagnosticSchema = z.object({
  range: rangeSchema,
  severity: z.string(),
  message: z.string(),
  source: z.string().optional(),
  code: z.string().optional(),
});
export const vscodeActionSchema = z.object({
  title: z.string(),
  kind: z.string().optional(),
  isPreferred: z.boolean().optional(),
  edit: z.array(z.object({ uri: z.string(), edits: z.array(z.object({ range: rangeSchema, newText: z.string() })) })).optional(),
});

const vscodeRunSchema = z.object({
  ok: z.boolean(),
  error: z.string().optional(),
  result: z.unknown(),
  probe: z.object({
    vscodeVersion: z.string(),
    appName: z.string(),
    extensions: z.array(z.object({ id: z.string(), present: z.boolean(), active: z.boolean() })),
    log: z.array(z.string()),
  }).optional(),
  screenshots: z.record(z.string(), z.string()),
  timings: z.record(z.string(), z.number()),
});
export type VscodeRun = z.infer<typeof vscodeRunSchema> & { exitCode: number | null; outDir: string; stderr: string };

interface Exec { code: number | null; stdout: string; stderr: string }

function exec(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<Exec> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => { stdout += c.toString('utf8'); });
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString('utf8'); });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Output of a run goes to test-results/e2e/<name>/ (gitignored; CI keeps it as an artifact). */
export function outDirFor(name: string): string {
  const dir = join(repoRoot, 'test-results', 'e2e', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

export interface VscodeRunOptions {
  name: string;
  scenario: string;
  workspace: string;
  /** Extension folders (symlinked) or .vsix files; default: extensionUnderTest. */
  extensions?: string[];
  settings?: string;
  timeoutSeconds?: number;
}

/** Runs test/e2e/harness/run-vscode.mjs with a scenario and parses <out>/result.json. */
export async function runVscode(o: VscodeRunOptions): Promise<VscodeRun> {
  const outDir = outDirFor(o.name);
  const args = [join(harnessDir, 'run-vscode.mjs'),
    ...(o.extensions ?? [extensionUnderTest]).flatMap((e) => ['--ext', e]),
    '--workspace', o.workspace, '--scenario', o.scenario, '--out', outDir,
    '--timeout', String(o.timeoutSeconds ?? 180), '--prefix', prefix, '--chromium', chromiumPath,
    ...(o.settings !== undefined ? ['--settings', o.settings] : [])];
  const r = await exec(process.execPath, args, process.env);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(outDir, 'result.json'), 'utf8'));
  } catch (err) {
    throw new Error(`run-vscode.mjs exited ${r.code} without a result.json (${String(err)}):\n${r.stderr.slice(-3000)}`);
  }
  return { ...vscodeRunSchema.parse(parsed), exitCode: r.code, outDir, stderr: r.stderr };
}

/** A diagnostic exactly as an LSP server publishes it (severity 1-4, code string or number). */
export const lspDiagnosticSchema = z.object({
  range: rangeSchema,
  severity: z.number().optional(),
  code: z.union([z.string(), z.number()]).optional(),
  source: z.string().optional(),
  message: z.string(),
});
const nvimResultSchema = z.object({
  ok: z.boolean(),
  error: z.string().optional(),
  client: z.string(),
  timedOut: z.boolean().optional(),
  diagnostics: z.array(lspDiagnosticSchema),
  codeActions: z.array(z.object({
    diagnosticCodes: z.array(z.string()),
    actions: z.array(z.object({ title: z.string(), kind: z.string().optional() })),
  })),
  applied: z.object({ title: z.string(), textAfter: z.string(), diagnosticsAfter: z.array(lspDiagnosticSchema) }).nullable().optional(),
  serverCapabilities: z.record(z.string(), z.unknown()).optional(),
  completionSnippetSupport: z.boolean().optional(),
  documentSymbols: z.object({ error: z.string().optional(), items: z.array(z.string()) }).optional(),
  workspaceSymbols: z.array(z.object({ query: z.string(), error: z.string().optional(), items: z.array(z.string()) })).optional(),
  completions: z.array(z.object({
    position: position,
    error: z.string().optional(),
    items: z.array(z.object({ label: z.string(), insertTextFormat: z.number(), newText: z.string() })),
  })).optional(),
});
export type NvimRun = z.infer<typeof nvimResultSchema> & { exitCode: number | null; stderr: string };

/** Runs harness/nvim-lsp-probe.sh: Neovim opens `file`, talks to `serverCmd` over stdio. */
export async function runNvimProbe(file: string, root: string, serverCmd: string[], probeArgs: string[]): Promise<NvimRun> {
  const r = await exec('bash', [join(harnessDir, 'nvim-lsp-probe.sh'), '--root', root, ...probeArgs, file, '--', ...serverCmd], process.env);
  let parsed: unknown;
  try {
    parsed = JSON.parse(r.stdout);
  } catch {
    throw new Error(`nvim-lsp-probe.sh exited ${r.code} without JSON:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  }
  return { ...nvimResultSchema.parse(parsed), exitCode: r.code, stderr: r.stderr };
}

/**
 * What every VS Code scenario test does first: assert the scenario ran without error and
 * parse its result with the test's schema; `see` points a failure message at the evidence.
 */
export function scenarioResult<T>(run: VscodeRun, schema: z.ZodType<T>): { r: T; see: string } {
  const see = `(logs and screenshots in ${run.outDir})`;
  assert.equal(run.error, undefined, `the scenario failed ${see}:\n${run.error ?? ''}`);
  return { r: schema.parse(run.result), see };
}
