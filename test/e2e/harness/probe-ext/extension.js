// e2e probe: a plain-JS test-runner extension, run in code-server's workspace (Node)
// extension host. Adapted from ../shared/realclients/probe-ext (copied tooling): instead of
// a fixed sequence it loads a SCENARIO module and runs it.
//
// Config: probe-config.json next to this file (written by run-vscode.mjs), or the file
// named by $E2E_PROBE_CONFIG: { scenario, workspace, controlUrl, timeoutMs, extensions }.
// The scenario is a CommonJS module exporting `async run(vscode, h)` (h: see helpers.js);
// whatever it returns is POSTed to the harness at <controlUrl>/result, which writes
// <out>/result.json. A thrown error is reported as { ok: false, error }.
'use strict';
const vscode = require('vscode');
const fs = require('fs');
const http = require('http');
const path = require('path');
const { createHelpers } = require('./helpers');

/** JSON POST to the harness's control server; resolves with the parsed response. */
function createChannel(baseUrl) {
  return {
    post(route, body) {
      return new Promise((resolve, reject) => {
        const data = Buffer.from(JSON.stringify(body === undefined ? {} : body));
        const req = http.request(baseUrl + route, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': data.length },
        }, (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (res.statusCode !== 200) reject(new Error(`harness ${route}: HTTP ${res.statusCode} ${text}`));
            else resolve(text ? JSON.parse(text) : null);
          });
        });
        req.on('error', reject);
        req.end(data);
      });
    },
  };
}

function extensionInfo(ids) {
  return (ids || []).map((id) => {
    const e = vscode.extensions.getExtension(id);
    return { id, present: !!e, active: !!(e && e.isActive), path: e && e.extensionPath };
  });
}

async function runScenario(cfg, h) {
  const t0 = Date.now();
  const mod = require(cfg.scenario);
  if (!mod || typeof mod.run !== 'function') throw new Error(`${cfg.scenario} does not export run(vscode, h)`);
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`scenario did not finish within ${cfg.timeoutMs}ms`)), cfg.timeoutMs);
  });
  try {
    const result = await Promise.race([mod.run(vscode, h), deadline]);
    return { ok: true, result: result === undefined ? null : result, elapsedMs: Date.now() - t0 };
  } finally {
    clearTimeout(timer);
  }
}

function activate(context) {
  const cfgFile = process.env.E2E_PROBE_CONFIG || path.join(context.extensionPath, 'probe-config.json');
  if (!fs.existsSync(cfgFile)) return; // installed but not configured: stay idle
  const cfg = JSON.parse(fs.readFileSync(cfgFile, 'utf8'));
  const channel = createChannel(cfg.controlUrl);
  const h = createHelpers(vscode, cfg, channel);
  const meta = () => ({
    vscodeVersion: vscode.version,
    appName: vscode.env.appName,
    extensions: extensionInfo(cfg.extensions),
    log: h.logLines,
  });
  h.log(`probe active; scenario ${cfg.scenario}`);
  runScenario(cfg, h)
    .then(
      (res) => ({ ...res, ...meta() }),
      (err) => ({ ok: false, error: String((err && err.stack) || err), ...meta() }),
    )
    .then((report) => channel.post('/result', report))
    .catch((err) => console.error('[e2e-probe] could not report to the harness:', err));
}

module.exports = { activate, deactivate() {} };
