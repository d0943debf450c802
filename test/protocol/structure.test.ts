/**
 * The structure features over the real server (issue 11): document symbols, folding,
 * selection ranges, document links, owner references and rename across the workspace's
 * postmortems (open and closed), workspace symbols. Only postmortems answer.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type DocumentLink,
  type DocumentSymbol,
  type FoldingRange,
  type Location,
  type Range,
  type SelectionRange,
  type SymbolInformation,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { LspClient } from './client';

/** Shaped like seed 004: sections as plain lines, entries as `12:30 PM EST: text` lines. */
const PLAIN = [
  '# Checkout latency on 8 March 2023', //  0
  '', //  1
  'Issue Summary:', //  2
  'On March 8th, 2023, from 12:30 PM to 1:10 PM EST, checkout was slow for 25% of users.', //  3
  'Timeline:', //  4
  '12:30 PM EST: Latency alerts fire for the checkout database.', //  5
  '12:40 PM EST: The on-call engineer finds the database overloaded.', //  6
  '1:10 PM EST: The incident is resolved after the batch job is paused.', //  7
  'Root Cause:', //  8
  'A batch job ran at peak hours. See OPS-41.', //  9
  'Action Items:', // 10
  '- [ ] Move the batch job off peak (owner: @alice) OPS-52', // 11
  '- [x] Page the database team first @bob', // 12
  '', // 13
].join('\n');

const CLOSED = [
  '---',
  'authors: [alice]',
  'service: payments',
  'date: 2023-05-02',
  '---',
  '# Payments outage',
  '',
  '## Summary',
  'On 2023-05-02 from 10:00 to 10:30 UTC card payments failed; @alice led the response.',
  '',
  '## Action Items',
  '- [ ] Alert on certificate expiry (owner: @alice)',
  '',
].join('\n');

const NOT_A_POSTMORTEM = '# Shopping list\n\n- milk @alice\n- OPS-1 eggs\n';

interface Ws { dir: string; open: string; closed: string; other: string }

function workspace(): Ws {
  const dir = mkdtempSync(join(tmpdir(), 'pm-structure-'));
  mkdirSync(join(dir, 'postmortems'));
  writeFileSync(join(dir, 'postmortems', '2023-03-08-checkout.md'), PLAIN);
  writeFileSync(join(dir, 'postmortems', '2023-05-02-payments.md'), CLOSED);
  writeFileSync(join(dir, 'notes.md'), NOT_A_POSTMORTEM);
  const uri = (p: string): string => pathToFileURL(join(dir, p)).href;
  return { dir, open: uri('postmortems/2023-03-08-checkout.md'), closed: uri('postmortems/2023-05-02-payments.md'), other: uri('notes.md') };
}

async function withServer(fn: (c: LspClient, ws: Ws) => Promise<void>, settings: unknown = {}): Promise<void> {
  const ws = workspace();
  const c = await LspClient.start({ pull: true, configuration: true, workspaceFolder: ws.dir });
  c.settings = settings;
  try {
    await c.open(ws.open, PLAIN, 7);
    await c.open(ws.other, NOT_A_POSTMORTEM);
    await fn(c, ws);
  } finally {
    await c.shutdown();
    rmSync(ws.dir, { recursive: true, force: true });
  }
}

const doc = (uri: string): { textDocument: { uri: string } } => ({ textDocument: { uri } });
const at = (r: Range): string => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

test('initialize announces the structure providers', async () => {
  await withServer(async (c) => {
    const caps = c.initializeResult.capabilities;
    assert.ok(caps.documentSymbolProvider && caps.foldingRangeProvider && caps.selectionRangeProvider && caps.documentLinkProvider);
    assert.ok(caps.referencesProvider && caps.workspaceSymbolProvider);
    assert.deepEqual(caps.renameProvider, { prepareProvider: true });
  });
});

test('document symbols: title, plain-line sections, entries and tasks as children with owner and status', async () => {
  await withServer(async (c, ws) => {
    const symbols = await c.guard(c.request<DocumentSymbol[]>('textDocument/documentSymbol', doc(ws.open)), 'documentSymbol');
    const flat = (ss: DocumentSymbol[], d = 0): string[] => ss.flatMap((s) => [`${' '.repeat(d)}${s.kind}:${s.name}${s.detail ? ` [${s.detail}]` : ''}`, ...flat(s.children ?? [], d + 1)]);
    assert.deepEqual(flat(symbols), [
      '1:Checkout latency on 8 March 2023 [title]',
      '3:Issue Summary [summary]',
      '3:Timeline [timeline]',
      ' 24:12:30 PM EST  Latency alerts fire for the checkout database.',
      ' 24:12:40 PM EST  The on-call engineer finds the database overloaded.',
      ' 24:1:10 PM EST  The incident is resolved after the batch job is paused.',
      '3:Root Cause [root cause]',
      '3:Action Items [action items]',
      ' 8:Move the batch job off peak (owner: @alice) OPS-52 [@alice · open]',
      ' 8:Page the database team first @bob [@bob · done]',
    ]);
    const timeline = symbols[2];
    assert.ok(timeline);
    assert.equal(at(timeline.range), '4:0-7:68');
    assert.equal(at(timeline.selectionRange), '4:0-4:8');
    assert.deepEqual(await c.request('textDocument/documentSymbol', doc(ws.other)), [], 'not a postmortem: no symbols');
  });
});

test('folding ranges cover the plain-line sections; selection grows entry, section, document', async () => {
  await withServer(async (c, ws) => {
    const folds = await c.guard(c.request<FoldingRange[]>('textDocument/foldingRange', doc(ws.open)), 'foldingRange');
    assert.deepEqual(folds.map((f) => `${f.startLine}-${f.endLine}`), ['2-3', '4-7', '8-9', '10-12']);
    assert.deepEqual(await c.request('textDocument/foldingRange', doc(ws.other)), []);
    const sel = await c.guard(c.request<SelectionRange[]>('textDocument/selectionRange', { ...doc(ws.open), positions: [{ line: 6, character: 20 }, { line: 1, character: 0 }] }), 'selectionRange');
    const chain = (s: SelectionRange | undefined): string[] => (s ? [at(s.range), ...chain(s.parent)] : []);
    assert.deepEqual(chain(sel[0]), ['6:0-6:65', '4:0-7:68', '0:0-13:0']);
    assert.deepEqual(chain(sel[1]), ['0:0-13:0'], 'a blank line between sections selects the document');
  });
});

test('document links follow trackerUrl and peopleUrl from the settings; none without a template or outside postmortems', async () => {
  await withServer(async (c, ws) => {
    assert.deepEqual(await c.request('textDocument/documentLink', doc(ws.open)), [], 'no template, no link');
    c.settings = { trackerUrl: 'https://tracker.example/browse/{id}', peopleUrl: 'https://people.example/{handle}' };
    await c.changeConfiguration({});
    const links = await c.guard(c.request<DocumentLink[]>('textDocument/documentLink', doc(ws.open)), 'documentLink');
    assert.deepEqual(links.map((l) => `${at(l.range)} ${l.target ?? ''}`), [
      '9:35-9:41 https://tracker.example/browse/OPS-41',
      '11:42-11:48 https://people.example/alice',
      '11:50-11:56 https://tracker.example/browse/OPS-52',
      '12:35-12:39 https://people.example/bob',
    ]);
    assert.deepEqual(await c.request('textDocument/documentLink', doc(ws.other)), []);
  });
});

test('trackerUrl is read from .postmortemrc.json too', async () => {
  const ws = workspace();
  writeFileSync(join(ws.dir, '.postmortemrc.json'), '{ "trackerUrl": "http://127.0.0.1:9/t/{id}" }');
  const c = await LspClient.start({ pull: true, workspaceFolder: ws.dir });
  try {
    await c.open(ws.open, PLAIN);
    const links = await c.guard(c.request<DocumentLink[]>('textDocument/documentLink', doc(ws.open)), 'documentLink');
    assert.deepEqual(links.map((l) => l.target), ['http://127.0.0.1:9/t/OPS-41', 'http://127.0.0.1:9/t/OPS-52']);
  } finally {
    await c.shutdown();
    rmSync(ws.dir, { recursive: true, force: true });
  }
});

test('references of an owner span the open and the closed postmortems, never a non-postmortem', async () => {
  await withServer(async (c, ws) => {
    const refs = await c.guard(c.request<Location[]>('textDocument/references', { ...doc(ws.open), position: { line: 11, character: 42 }, context: { includeDeclaration: true } }), 'references');
    const name = (u: string): string => u.slice(u.lastIndexOf('/') + 1);
    assert.deepEqual(refs.map((r) => `${name(r.uri)}@${at(r.range)}`), [
      '2023-03-08-checkout.md@11:43-11:48',
      '2023-05-02-payments.md@1:10-1:15',
      '2023-05-02-payments.md@8:61-8:66',
      '2023-05-02-payments.md@11:43-11:48',
    ]);
    assert.deepEqual(await c.request('textDocument/references', { ...doc(ws.open), position: { line: 9, character: 3 }, context: { includeDeclaration: true } }), [], 'no owner there');
  });
});

test('rename of an owner: one workspace edit, each document bound to its version (closed: null); a bad name is refused', async () => {
  await withServer(async (c, ws) => {
    const prep = await c.guard(c.request<{ range: Range; placeholder: string } | null>('textDocument/prepareRename', { ...doc(ws.open), position: { line: 11, character: 43 } }), 'prepareRename');
    assert.deepEqual(prep && { range: at(prep.range), placeholder: prep.placeholder }, { range: '11:43-11:48', placeholder: 'alice' });
    assert.equal(await c.request('textDocument/prepareRename', { ...doc(ws.open), position: { line: 3, character: 5 } }), null);

    const edit = await c.guard(c.request<WorkspaceEdit>('textDocument/rename', { ...doc(ws.open), position: { line: 11, character: 43 }, newName: '@alice-sre' }), 'rename');
    assert.equal(edit.changes, undefined, 'documentChanges, not an unversioned map');
    const changes = (edit.documentChanges ?? []) as TextDocumentEdit[];
    assert.deepEqual(changes.map((d) => [d.textDocument.uri, d.textDocument.version, d.edits.map((e) => `${at(e.range)}=${e.newText}`)]), [
      [ws.open, 7, ['11:43-11:48=alice-sre']],
      [ws.closed, null, ['1:10-1:15=alice-sre', '8:61-8:66=alice-sre', '11:43-11:48=alice-sre']],
    ]);

    await assert.rejects(
      c.request('textDocument/rename', { ...doc(ws.open), position: { line: 11, character: 43 }, newName: 'alice sre' }),
      (e: Error) => /not an owner handle/.test(e.message),
    );
  });
});

test('workspace symbols find an incident by title, date, service or owner', async () => {
  await withServer(async (c) => {
    const find = async (query: string): Promise<string[]> => {
      const r = await c.guard(c.request<SymbolInformation[]>('workspace/symbol', { query }), `workspace/symbol ${query}`);
      return r.map((s) => `${s.containerName ?? ''}|${s.name}|${at(s.location.range)}`);
    };
    assert.deepEqual(await find('payments 2023'), ['postmortems/2023-05-02-payments.md|Payments outage · 2023-05-02 · payments · @alice|5:2-5:17']);
    assert.deepEqual(await find('checkout march'), ['postmortems/2023-03-08-checkout.md|Checkout latency on 8 March 2023 · 2023-03-08 · @alice · @bob|0:2-0:34']);
    assert.deepEqual((await find('@alice')).map((s) => s.split('|')[0]), ['postmortems/2023-03-08-checkout.md', 'postmortems/2023-05-02-payments.md']);
    assert.deepEqual(await find('shopping'), [], 'notes.md is not a postmortem');
    assert.deepEqual(await find('payments 2022'), []);
  });
});

