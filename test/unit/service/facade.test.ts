/**
 * The service over in-memory ports (as a browser worker would host it): configuration read
 * through the async FileSystem port, the action items from the Workspace port's scan, and
 * cancellation (a cancelled request answers empty at once; a long analysis in steps stops).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPostmortemService, type CancellationToken, type Scheduler } from '../../../server/src/service/index';
import { memoryPorts, type MemoryPorts } from './memory-ports';

const TEXT = readFileSync(join(__dirname, '..', '..', 'fixtures', 'protocol', 'checkout-postmortem.md'), 'utf8');
const ROOT = 'memfs://host/ws';
const DOC = `${ROOT}/docs/checkout-postmortem.md`;

function memory(files: Record<string, string>): MemoryPorts {
  return memoryPorts(ROOT, files);
}

/** Turns the test hands out one by one: `waiting` holds the analysis' pending turns. */
function manual(): Scheduler & { turns: number; waiting: (() => void)[] } {
  const s = {
    turns: 0,
    waiting: [] as (() => void)[],
    turn: () => { s.turns++; return new Promise<void>((resolve) => s.waiting.push(resolve)); },
    after: (ms: number, callback: () => void) => { const t = setTimeout(callback, ms); return { dispose: () => clearTimeout(t) }; },
  };
  return s;
}

/** Event-loop turns (no timer) until `until` holds, or at most `max`. */
async function spin(until: () => boolean, max = 200): Promise<void> {
  for (let i = 0; i < max && !until(); i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

const token = (cancelled = false): CancellationToken & { cancel(): void } => {
  const listeners: (() => void)[] = [];
  const t = {
    isCancellationRequested: cancelled,
    onCancellationRequested: (l: () => void) => { listeners.push(l); return { dispose: () => undefined }; },
    cancel: () => { t.isCancellationRequested = true; for (const l of listeners) l(); },
  };
  return t;
};

test('an rc file read through the FileSystem port configures the document (the walk stops at the folder)', async () => {
  const on = memory({});
  const off = memory({ [`${ROOT}/.postmortemrc.json`]: '{ "rules": { "heading-syntax": "off" } }' });
  const a = createPostmortemService({ ...on, log: () => undefined, docsUrl: (r) => r });
  const b = createPostmortemService({ ...off, log: () => undefined, docsUrl: (r) => r });
  a.open(DOC, 1, TEXT);
  b.open(DOC, 1, TEXT);
  const withRule = await a.diagnostics(DOC);
  const without = await b.diagnostics(DOC);
  assert.ok(withRule?.findings.some((f) => f.rule === 'heading-syntax'), 'the fixture reports heading-syntax');
  assert.ok(without && !without.findings.some((f) => f.rule === 'heading-syntax'), 'the rc file turned it off');
  assert.deepEqual(off.reads.filter((u) => u.endsWith('.postmortemrc.json')).sort(), [`${ROOT}/.postmortemrc.json`, `${ROOT}/docs/.postmortemrc.json`], 'nothing above the workspace folder is read');
});

test('the action items come from the Workspace scan and the FileSystem port', async () => {
  const { fs, workspace } = memory({ [DOC]: TEXT, [`${ROOT}/README.md`]: '# Readme\n\nNothing here.\n' });
  const s = createPostmortemService({ fs, workspace, log: () => undefined, docsUrl: (r) => r });
  const docs = await s.actionItems();
  assert.deepEqual(docs.map((d) => [d.uri, d.file]), [[DOC, 'docs/checkout-postmortem.md']]);
  assert.ok(docs[0] && docs[0].tasks.length > 0);
});

test('a request cancelled before it starts answers empty, and one cancelled while it waits answers at once', async () => {
  const { fs, workspace } = memory({});
  const s = createPostmortemService({ fs, workspace, log: () => undefined, docsUrl: (r) => r });
  s.open(DOC, 1, TEXT);
  assert.equal(await s.diagnostics(DOC, token(true)), undefined);
  assert.deepEqual(await s.completion(DOC, { line: 0, character: 0 }, { kind: 'invoked' }, null, token(true)), []);
  assert.equal(await s.hover(DOC, { line: 0, character: 0 }, token(true)), null);
  assert.deepEqual(await s.actionItems(token(true)), []);
  const t = token();
  const pending = s.diagnostics(DOC, t);
  t.cancel();
  assert.equal(await pending, undefined);
  assert.ok((await s.diagnostics(DOC))?.findings.length, 'an uncancelled request still gets the findings');
});

test('a long document analysed in steps stops when its only caller cancels', async () => {
  // Over STEPPED_CHARS (128 KiB): the analysis runs in steps, one scheduler turn between them.
  const long = `${TEXT}\n${'## Notes\n\nA paragraph of notes that goes on for a while to make the document long.\n\n'.repeat(1800)}`;
  const { fs, workspace } = memory({});

  const full = manual();
  const a = createPostmortemService({ fs, workspace, log: () => undefined, docsUrl: (r) => r, scheduler: full });
  a.open(DOC, 1, long);
  let done = false;
  const whole = a.analysis(DOC).finally(() => { done = true; });
  while (!done) {
    await spin(() => done || full.waiting.length > 0);
    full.waiting.shift()?.();
  }
  assert.ok(await whole);
  assert.ok(full.turns > 3, `the whole analysis takes several steps (${full.turns})`);

  const cut = manual();
  const b = createPostmortemService({ fs, workspace, log: () => undefined, docsUrl: (r) => r, scheduler: cut });
  b.open(DOC, 1, long);
  const t = token();
  const pending = b.analysis(DOC, t);
  await spin(() => cut.waiting.length > 0);
  assert.equal(cut.turns, 1, 'the analysis waits at its first step');
  t.cancel();
  assert.equal(await pending, undefined, 'the cancelled request answers at once');
  cut.waiting.shift()?.();
  await spin(() => cut.waiting.length > 0, 50);
  assert.equal(cut.turns, 1, 'no further step after the cancellation');
});

test('a long document analysed in steps takes turns of the event loop, and waits on a timer only while a short one is analysed', async () => {
  const long = `${TEXT}\n${'## Notes\n\nA paragraph of notes that goes on for a while to make the document long.\n\n'.repeat(1800)}`;
  const SHORT = `${ROOT}/other/short.md`;
  let open!: () => void;
  const held = new Promise<void>((resolve) => { open = resolve; });
  // The short document's rc file is held while read: its analysis stays under way meanwhile.
  const { fs, workspace } = memoryPorts(ROOT, { [`${ROOT}/other/.postmortemrc.json`]: '{}' }, (uri) => (uri.endsWith('other/.postmortemrc.json') ? held : Promise.resolve()));
  const timers: (() => void)[] = [];
  const s = {
    turns: 0,
    afters: 0,
    turn: () => { s.turns++; return new Promise<void>((resolve) => setImmediate(resolve)); },
    after: (_ms: number, callback: () => void) => { s.afters++; timers.push(callback); return { dispose: () => undefined }; },
  };
  const service = createPostmortemService({ fs, workspace, log: () => undefined, docsUrl: (r) => r, scheduler: s });

  // Alone, every step is a turn: nothing sleeps.
  service.open(DOC, 1, long);
  assert.ok(await service.analysis(DOC));
  assert.ok(s.turns > 3, `several steps (${s.turns})`);
  assert.equal(s.afters, 0, 'no step waited on a timer');

  // With a short document's analysis under way, the long one polls on a timer until it is done.
  service.change(DOC, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
  let longDone = false;
  const second = service.analysis(DOC).finally(() => { longDone = true; });
  service.open(SHORT, 1, TEXT);
  let shortDone = false;
  const short = service.analysis(SHORT).finally(() => { shortDone = true; });
  await spin(() => s.afters > 0);
  assert.ok(s.afters > 0 && !longDone, 'the long analysis waits on a timer while the short one is under way');
  open();
  await spin(() => shortDone);
  assert.ok(await short);
  while (!longDone) {
    timers.shift()?.();
    await spin(() => longDone || timers.length > 0);
  }
  assert.ok(await second);
});
