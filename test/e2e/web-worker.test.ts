// The browser server bundle on its own, in headless Chromium: a page starts
// dist/browser-server.js as a dedicated worker from its URL (as vscode.dev does for an
// extension it serves) and speaks LSP to it over postMessage, answering the server's file
// requests from a map. Complements vscode-web.test.ts (the whole extension in code-server)
// with the server's own cold start: worker start to initialize, didOpen to diagnostics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumInstalled, chromiumPath, e2eDir, e2eGate, failIfMissing, repoRoot, type Check } from './support/prereqs';

const BUNDLE = join(repoRoot, 'dist', 'browser-server.js');
const DOC = join(e2eDir, 'workspace-web', 'incidents', '2024-03-14-queue-backlog.md');
const RC = join(e2eDir, 'workspace-web', '.postmortemrc.json');
/** The page's side (the LSP client, minimal): harness/lsp-worker-page.js. */
const PAGE_SCRIPT = join(e2eDir, 'harness', 'lsp-worker-page.js');

const bundleBuilt: Check = () => { try { statSync(BUNDLE); return undefined; } catch { return `${BUNDLE} missing (run: npm run build)`; } };
const gate = e2eGate([chromiumInstalled, bundleBuilt], 120_000);

interface Outcome {
  initializeMs: number;
  firstDiagnosticsMs: number;
  codes: [string, number][];
  asked: string[];
  hover: string | null;
  errors: string[];
}

test('the browser server bundle in a plain worker: diagnostics with the rc file it asked for, and a hover', gate.options, async (t) => {
  failIfMissing(gate.missing);
  const bundle = readFileSync(BUNDLE);
  const server: Server = createServer((req, res) => {
    if (req.url === '/browser-server.js') { res.writeHead(200, { 'content-type': 'application/javascript' }); res.end(bundle); return; }
    res.writeHead(200, { 'content-type': 'text/html' }); res.end('<!doctype html><title>worker</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`http://127.0.0.1:${port}/`);
    const files = { 'vscode-vfs://github/acme/ops/.postmortemrc.json': readFileSync(RC, 'utf8') };
    await page.addScriptTag({ path: PAGE_SCRIPT });
    const r = await page.evaluate(`drive(${JSON.stringify({ doc: readFileSync(DOC, 'utf8'), files })})`) as Outcome;
    assert.deepEqual([...r.errors, ...pageErrors], []);
    // The walk from incidents/ up to the workspace root, through the client.
    assert.deepEqual(r.asked.filter((u) => u.endsWith('.postmortemrc.json')).sort(), ['vscode-vfs://github/acme/ops/.postmortemrc.json', 'vscode-vfs://github/acme/ops/incidents/.postmortemrc.json']);
    assert.ok(r.codes.some(([c]) => c === 'heading-syntax'), JSON.stringify(r.codes));
    assert.ok(r.codes.some(([c, s]) => c === 'heading-empty' && s === 1), `heading-empty is an error by the rc file: ${JSON.stringify(r.codes)}`);
    assert.match(r.hover ?? '', /09:12 UTC/);
    t.diagnostic(JSON.stringify({ bundleBytes: bundle.length, initializeMs: Math.round(r.initializeMs), didOpenToFirstDiagnosticsMs: Math.round(r.firstDiagnosticsMs) }));
  } finally {
    await browser.close();
    server.close();
  }
});
