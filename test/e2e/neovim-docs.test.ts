// docs/editors.md's Neovim 0.7 configuration, verbatim as init.lua, with the package's
// `postmortem-language-server` bin on PATH: opening a postmortem starts the server from the
// FileType autocommand and its diagnostics arrive. (neovim.test.ts covers fixes and pushes
// in depth with its own probe; this proves the documented set-up works.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { z } from 'zod';
import { e2eDir, e2eGate, failIfMissing, harnessDir, neovimInstalled, repoRoot, serverBuilt } from './support/prereqs';
import { editorsDocBlock } from './support/editors-doc';

const WORKSPACE = join(e2eDir, 'workspace');
const gate = e2eGate([neovimInstalled, serverBuilt], 60_000);
const Result = z.object({
  ok: z.boolean(),
  filetype: z.string(),
  clients: z.array(z.string()),
  diagnostics: z.array(z.object({ code: z.union([z.string(), z.number()]).optional(), lnum: z.number(), source: z.string().optional() })),
});

test('Neovim 0.7 with the init.lua of docs/editors.md: the server starts and diagnostics arrive', gate.options, async () => {
  failIfMissing(gate.missing);
  const dir = mkdtempSync(join(tmpdir(), 'pm-nvim-docs-'));
  try {
    writeFileSync(join(dir, 'init.lua'), editorsDocBlock('neovim'));
    mkdirSync(join(dir, 'bin'));
    symlinkSync(join(repoRoot, 'bin', 'postmortem-language-server.js'), join(dir, 'bin', 'postmortem-language-server'));
    const out = join(dir, 'result.json');
    const env = { ...process.env, PATH: `${join(dir, 'bin')}${delimiter}${process.env.PATH ?? ''}`, PROBE_OUT: out, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_STATE_HOME: dir };
    const code = await new Promise<number | null>((resolve) => {
      const p = spawn(process.env.NVIM ?? 'nvim', ['--headless', '-i', 'NONE', '-u', join(dir, 'init.lua'), '-c', `luafile ${join(harnessDir, 'nvim-docs-probe.lua')}`, join('postmortems', '2024-05-09-db-outage.md')], { cwd: WORKSPACE, env, stdio: 'ignore' });
      p.on('close', resolve);
    });
    assert.equal(code, 0);
    const r = Result.parse(JSON.parse(readFileSync(out, 'utf8')));
    assert.equal(r.filetype, 'markdown');
    assert.deepEqual(r.clients, ['postmortem-lint']);
    assert.ok(r.ok, 'diagnostics within 20 s');
    const ours = r.diagnostics.filter((d) => d.source === 'postmortem').map((d) => `${String(d.code)}@${d.lnum}`);
    assert.ok(ours.includes('heading-syntax@0') && ours.includes('heading-empty@7'), ours.join(', '));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
