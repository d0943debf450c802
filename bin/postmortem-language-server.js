#!/usr/bin/env node
'use strict';
// The language server for any LSP editor (Neovim, Helix, Zed, Emacs: see docs/editors.md).
// It speaks over stdio unless told otherwise (--stdio, --node-ipc, --socket=<port>).
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write('Usage: postmortem-language-server [--stdio | --node-ipc | --socket=<port>]\n\nThe postmortem-lint language server (LSP 3.17); stdio when no transport is given.\nEditor set-ups: docs/editors.md in the package.\n');
  process.exit(0);
}
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${require('../package.json').version}\n`);
  process.exit(0);
}
if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) process.argv.push('--stdio');
try {
  require('../dist/server.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('server.js')) {
    process.stderr.write('postmortem-language-server: dist/server.js is missing; run `npm run build` first.\n');
    process.exit(2);
  }
  throw e;
}
