// Emacs with eglot (Debian's emacs-nox + elpa-eglot) as an independent LSP client over stdio,
// driven in batch by test/e2e/harness/eglot-probe.el: the server's pushed diagnostics reach
// flymake, eglot's own code-action request (with flymake's diagnostics as context) offers the
// heading-syntax quick fix, eglot applies it and the server re-pushes without it, and a hover
// on a timeline time answers. The configuration is docs/editors.md's, verbatim, with the
// package's `postmortem-language-server` bin on PATH.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { z } from 'zod';
import { e2eDir, e2eGate, failIfMissing, harnessDir, repoRoot, serverBuilt, type Check } from './support/prereqs';
import { editorsDocBlock } from './support/editors-doc';

const WORKSPACE = join(e2eDir, 'workspace');
const FILE = join('postmortems', '2024-05-09-db-outage.md');

const eglotInstalled: Check = () => {
  const r = spawnSync('emacs', ['--batch', '-Q', '--eval', `(progn (add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa") (package-initialize) (require 'eglot) (princ "ok"))`], { encoding: 'utf8' });
  return r.stdout === 'ok' ? undefined : 'emacs with eglot not found (apt-get install -y emacs-nox elpa-eglot)';
};
const gate = e2eGate([eglotInstalled, serverBuilt], 60_000);

const Range = z.object({ start: z.object({ line: z.number(), character: z.number() }), end: z.object({ line: z.number(), character: z.number() }) });
const Diagnostic = z.object({ range: Range, code: z.union([z.string(), z.number()]).optional(), source: z.string().optional(), message: z.string() });
const Result = z.object({
  ok: z.literal(true),
  client: z.string(),
  diagnostics: z.array(Diagnostic),
  flymake: z.array(z.string()),
  codeActions: z.array(z.string()),
  applied: z.object({ title: z.string(), textAfter: z.string(), diagnosticsAfter: z.array(Diagnostic) }).optional(),
  hover: z.object({ contents: z.object({ kind: z.string(), value: z.string() }) }).nullable(),
});

function runProbe(config: string, binDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // From the workspace folder: eglot's project, the server's workspace root.
    const env = { ...process.env, PATH: `${binDir}${delimiter}${process.env.PATH ?? ''}` };
    const p = spawn('emacs', ['--batch', '-Q', '-l', join(harnessDir, 'eglot-probe.el'), FILE, 'heading-syntax', '16', '3', config], { cwd: WORKSPACE, env });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (b: Buffer) => { stdout += b.toString(); });
    p.stderr.on('data', (b: Buffer) => { stderr += b.toString(); });
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('Emacs eglot: diagnostics in flymake, the heading-syntax quick fix, hover on a timeline time', gate.options, async () => {
  failIfMissing(gate.missing);
  const dir = mkdtempSync(join(tmpdir(), 'pm-eglot-'));
  const config = join(dir, 'init.el');
  writeFileSync(config, editorsDocBlock('emacs'));
  // The bin on PATH as `npm install --global postmortem-lint` puts it there.
  const binDir = join(dir, 'bin');
  mkdirSync(binDir);
  symlinkSync(join(repoRoot, 'bin', 'postmortem-language-server.js'), join(binDir, 'postmortem-language-server'));
  const run = await runProbe(config, binDir).finally(() => rmSync(dir, { recursive: true, force: true }));
  assert.equal(run.code, 0, `probe exited ${String(run.code)}:\n${run.stdout}\n${run.stderr.slice(-3000)}`);
  const r = Result.parse(JSON.parse(run.stdout));
  assert.match(r.client, /^emacs \d+\.\d+, eglot \d/);

  const ours = r.diagnostics.filter((d) => d.source === 'postmortem');
  assert.equal(ours.find((d) => String(d.code) === 'heading-syntax')?.range.start.line, 0, JSON.stringify(ours));
  assert.equal(ours.find((d) => String(d.code) === 'heading-empty')?.range.start.line, 7, JSON.stringify(ours));
  assert.ok(r.flymake.some((t) => t.includes('[heading-syntax]')), `flymake shows the finding: ${r.flymake.join(' | ')}`);

  assert.ok(r.applied, `no quick fix with an edit; offered: ${r.codeActions.join(' | ')}`);
  assert.match(r.applied.title, /Insert a space/);
  const expected = readFileSync(join(WORKSPACE, FILE), 'utf8').replace(/^#Orders/, '# Orders');
  assert.equal(r.applied.textAfter, expected, 'the fix inserts the space and changes nothing else');
  const after = r.applied.diagnosticsAfter.map((d) => String(d.code));
  assert.ok(!after.includes('heading-syntax') && after.includes('heading-empty'), `re-pushed after the fix: ${after.join(', ')}`);

  assert.ok(r.hover, 'a hover on the 14:10 entry');
  assert.equal(r.hover.contents.kind, 'markdown');
  assert.match(r.hover.contents.value, /14:10 UTC/);
  assert.match(r.hover.contents.value, /\+8m from the previous entry/);
});
