#!/usr/bin/env node
'use strict';
// The command-line linter: the bundled CLI built by `npm run build` (see README). It may
// share the files among worker threads, which run the same bundle (dist/cli.js).
// The V8 compile cache (Node 22.1 and later; Node 20 has none): later runs, and the worker
// threads, skip compiling the bundle. TypeScript's and npm's bins do the same.
require('node:module').enableCompileCache?.();
let cli;
try {
  cli = require('../dist/cli.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('cli.js')) {
    process.stderr.write('postmortem-lint: dist/cli.js is missing; run `npm run build` first.\n');
    process.exit(2);
  }
  throw e;
}
// `postmortem-lint docs | head`: the reader closed the pipe. Stop writing and exit with the
// run's code, as other command-line tools do, not with an unhandled EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
const internal = (e) => {
  process.stderr.write(`postmortem-lint: internal error: ${e && e.stack ? e.stack : String(e)}\n`);
  process.exitCode = 2;
};
try {
  cli.run(process.argv.slice(2), process.cwd()).then((code) => { process.exitCode = code; }, internal);
} catch (e) {
  internal(e);
}
