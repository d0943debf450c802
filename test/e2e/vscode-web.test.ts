// The web extension end to end in a real browser: code-server runs the extension in the
// browser's web-worker extension host (the user setting remote.extensionKind = ["web"]
// picks it over the Node host; code-server 4.139's deduceExtensionKind gives an extension
// with both `main` and `browser` ["workspace", "web"], so by default it would run in Node).
// There the client is dist/browser-client.js, the server dist/browser-server.js in a
// worker, and every file the server reads (.postmortemrc.json, the tracker's documents)
// comes through workspace.fs. The scenario runs in the probe: scenarios/web.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { chromiumInstalled, codeServerInstalled, e2eDir, e2eGate, failIfMissing, repoRoot, type Check } from './support/prereqs';
import { runVscode, scenarioResult, vscodeActionSchema, vscodeDiagnosticSchema } from './support/run';

const EXTENSION_ID = 'postmortem-tools.postmortem-lint';
const WORKSPACE = join(e2eDir, 'workspace-web');
const DOC = join(WORKSPACE, 'incidents', '2024-03-14-queue-backlog.md');
const BUNDLES = ['dist/browser-client.js', 'dist/browser-server.js'];

const webBuilt: Check = () => {
  const missing = BUNDLES.filter((f) => { try { return !statSync(join(repoRoot, f)).isFile(); } catch { return true; } });
  return missing.length === 0 ? undefined : `${missing.join(', ')} missing (run: npm run build)`;
};

const webSchema = z.object({
  coldStartMs: z.number(),
  diagnostics: z.array(vscodeDiagnosticSchema),
  inProbeHost: z.boolean(),
  nodeServers: z.array(z.string()),
  readmeDiagnostics: z.array(vscodeDiagnosticSchema),
  hover: z.array(z.string()),
  previewTitle: z.array(z.string()),
  previewTasks: z.array(z.string()),
  tracker: z.array(z.string()),
  csv: z.string().nullable().optional(),
  actions: z.array(vscodeActionSchema),
  fix: vscodeActionSchema.nullable(),
  applied: z.boolean(),
  textAfter: z.string().nullable(),
  diagnosticsAfter: z.array(vscodeDiagnosticSchema).nullable(),
});

const gate = e2eGate([codeServerInstalled, chromiumInstalled, webBuilt], 300_000);

test('VS Code for the web: in the browser worker host, diagnostics (rc file read through workspace.fs), hover, the preview, the tracker and a quick fix work', gate.options, async (t) => {
  failIfMissing(gate.missing);
  const settings = join(mkdtempSync(join(tmpdir(), 'pm-web-')), 'settings.json');
  writeFileSync(settings, JSON.stringify({ 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } }));
  const run = await runVscode({ name: 'vscode-web', scenario: join(e2eDir, 'scenarios', 'web.js'), workspace: WORKSPACE, settings });
  const { r, see } = scenarioResult(run, webSchema);

  // Where it ran: not in the probe's Node host, and no Node server process exists.
  assert.equal(r.inProbeHost, false, `the extension runs in the Node extension host, not the browser's ${see}`);
  assert.deepEqual(r.nodeServers, [], `a Node language server runs ${see}`);

  const ours = r.diagnostics.filter((d) => d.source === 'postmortem');
  const syntax = ours.find((d) => d.code === 'heading-syntax');
  const empty = ours.find((d) => d.code === 'heading-empty');
  assert.equal(syntax?.range.start.line, 0, `heading-syntax on line 1; got ${JSON.stringify(ours)} ${see}`);
  // Warning by default: the workspace's .postmortemrc.json (read through workspace.fs) makes it an error.
  assert.equal(empty?.severity, 'Error', `heading-empty is an error by the rc file; got ${JSON.stringify(empty)} ${see}`);
  assert.deepEqual(r.readmeDiagnostics.filter((d) => d.source === 'postmortem'), [], 'README.md is not a postmortem');

  assert.ok(r.hover.some((h) => /09:12/.test(h) && /UTC/.test(h)), `hover on the 09:12 entry: ${JSON.stringify(r.hover)} ${see}`);

  assert.deepEqual(r.previewTitle, ['Queue backlog on 2024-03-14'], `preview title ${see}`);
  assert.deepEqual(r.previewTasks.map((x) => x.slice(0, 30)), ['Read the worker count from the', 'Alert when consumers drop belo'], `preview tasks ${see}`);

  // The unopened document's tasks: found and read through the client.
  assert.ok(r.tracker.some((x) => x.includes('Renew session store certificates automatically')), `tracker rows: ${JSON.stringify(r.tracker)} ${see}`);
  assert.ok(r.tracker.some((x) => x.includes('Read the worker count from the service config')), `tracker rows: ${JSON.stringify(r.tracker)} ${see}`);
  assert.match(r.csv ?? '', /Warn thirty days before any certificate expires/, `workspace export ${see}`);

  assert.ok(r.fix, `no quick fix edits line 1; offered: ${r.actions.map((a) => a.title).join(' | ') || '(none)'} ${see}`);
  assert.equal(r.applied, true);
  const original = readFileSync(DOC, 'utf8');
  assert.equal(r.textAfter, original.replace(/^#Queue/, '# Queue'), 'the fix inserts the space and changes nothing else');
  const after = (r.diagnosticsAfter ?? []).filter((d) => d.source === 'postmortem').map((d) => d.code);
  assert.ok(!after.includes('heading-syntax') && after.includes('heading-empty'), `after the fix: ${after.join(', ')}`);

  // Figures for the closing note: bundle bytes (raw and gzip) and cold start to first diagnostics.
  const bytes = Object.fromEntries(BUNDLES.map((f) => {
    const b = readFileSync(join(repoRoot, f));
    return [f, { bytes: b.length, gzip: gzipSync(b).length }];
  }));
  const figures = { bundles: bytes, coldStartToFirstDiagnosticsMs: r.coldStartMs, timings: run.timings };
  writeFileSync(join(run.outDir, 'figures.json'), JSON.stringify(figures, null, 2));
  t.diagnostic(JSON.stringify(figures));
});
