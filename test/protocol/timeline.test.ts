/** Hover, inlay hints, the figures code lens and postmortem/figures through the real server. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, fixtureUri } from './client';

const URI = fixtureUri('timeline-postmortem.md');
const TEXT = [
  '# Postmortem: Upload errors',
  '',
  '## Summary',
  '',
  'On March 8th, 2023, from 12:30 PM to 2:30 PM EST, 25% of users saw upload errors. The root cause was a full disk.',
  '',
  '## Timeline',
  '',
  '- 12:30 PM EST: The issue was detected by an alert.',
  '- 12:40 PM EST: An engineer began investigating.',
  '- 1:00 PM EST: Old files were deleted to mitigate.',
  '- 2:30 PM EST: The incident was resolved.',
  '',
].join('\n');

interface Hover { contents: { kind: string; value: string }; range: unknown }
interface Hint { position: { line: number; character: number }; label: string }
interface Lens { range: { start: { line: number } }; command?: { title: string } }
interface FiguresAnswer { version: number; figures: { start: { text: string } | null; resolution: { text: string } | null; duration: { minutes: number; text: string } | null } }

test('the server declares hover, inlay hint and code lens providers', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    const caps = c.initializeResult.capabilities;
    assert.ok(caps.hoverProvider);
    assert.ok(caps.inlayHintProvider);
    assert.ok(caps.codeLensProvider);
  } finally {
    await c.shutdown();
  }
});

test('hover on a timeline time gives the zone, UTC, T+ and the step from the previous entry', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    await c.open(URI, TEXT);
    const h = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 9, character: 4 } });
    assert.ok(h);
    assert.equal(h.contents.kind, 'markdown');
    assert.match(h.contents.value, /12:40 PM EST/);
    assert.match(h.contents.value, /17:40 UTC/);
    assert.match(h.contents.value, /T\+10m/);
    assert.match(h.contents.value, /\+10m from the previous entry/);
    assert.equal(await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 4, character: 2 } }), null);
  } finally {
    await c.shutdown();
  }
});

test('inlay hints show the step after each entry time; the setting turns them off', async () => {
  const c = await LspClient.start({ pull: true, configuration: true });
  try {
    await c.open(URI, TEXT);
    const range = { start: { line: 0, character: 0 }, end: { line: 13, character: 0 } };
    const hints = await c.request<Hint[]>('textDocument/inlayHint', { textDocument: { uri: URI }, range });
    assert.deepEqual(hints.map((h) => h.label), ['+10m', '+20m', '+1h 30m']);
    assert.deepEqual(hints[0]?.position, { line: 9, character: 14 });
    c.settings = { inlayHints: false };
    await c.changeConfiguration({ postmortem: { inlayHints: false } });
    assert.deepEqual(await c.request<Hint[]>('textDocument/inlayHint', { textDocument: { uri: URI }, range }), []);
  } finally {
    await c.shutdown();
  }
});

test('the figures lens sits above the timeline, and postmortem/figures returns the figures', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    await c.open(URI, TEXT, 3);
    const lenses = await c.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: URI } });
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0]?.range.start.line, 6);
    assert.match(lenses[0]?.command?.title ?? '', /^Start 12:30 PM EST · Detected \+0m · .*Resolved 2:30 PM EST · Duration 2h$/);
    const r = await c.request<FiguresAnswer | null>('postmortem/figures', { uri: URI });
    assert.ok(r);
    assert.equal(r.version, 3);
    assert.equal(r.figures.start?.text, '12:30 PM EST');
    assert.equal(r.figures.resolution?.text, '2:30 PM EST');
    assert.deepEqual(r.figures.duration, { minutes: 120, text: '2h' });
  } finally {
    await c.shutdown();
  }
});
