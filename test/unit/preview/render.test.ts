import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderPreviewHtml, renderPreviewBody } from '../../../client/src/preview/render/render';
import { PreviewDataSchema } from '../../../server/src/service/outputs/preview/data';
import { PREVIEW_SCRIPT } from '../../../client/src/preview/render/script';
import { gapStep, timelineList } from '../../../client/src/preview/render/timeline-list';
import { sample, XSS } from './sample';

const opts = { nonce: 'n0nce123', cspSource: 'vscode-webview://abc' };
const html = renderPreviewHtml(sample, opts);

test('the sample is valid PreviewData', () => {
  assert.equal(PreviewDataSchema.safeParse(sample).success, true);
  assert.equal(PreviewDataSchema.safeParse({ ...sample, timeline: [{ ...sample.timeline[0], time: '9:05' }] }).success, false);
});

test('a strict CSP with the nonce, and every script and style carries it', () => {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /style-src vscode-webview:\/\/abc 'nonce-n0nce123'/);
  assert.match(csp, /script-src 'nonce-n0nce123'/);
  assert.match(csp, /img-src vscode-webview:\/\/abc data:/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
  for (const tag of html.match(/<(script|style)\b[^>]*>/g) ?? []) assert.match(tag, /nonce="n0nce123"/, tag);
  assert.doesNotMatch(html, /\sstyle="/, 'style attributes would be blocked by the CSP');
  const body = html.replace(/<script\b[\s\S]*?<\/script>/g, '');
  for (const tag of body.match(/<[a-z][^>]*>/gi) ?? []) assert.doesNotMatch(tag, /\son[a-z]+=/i, `inline event handler in ${tag}`);
});

test('document text is escaped: the XSS task renders literally', () => {
  assert.ok(!html.includes(XSS));
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(html.includes('Suspect &lt;script&gt; tags'));
  assert.ok(html.includes('acknowledges &amp; opens'));
  const hostile = renderPreviewHtml({ ...sample, title: '"><script>alert(1)</script>', uri: 'x"y' }, opts);
  assert.ok(!hostile.includes('<script>alert(1)'));
  assert.equal((hostile.match(/<script\b/g) ?? []).length, 1);
});

test('nothing remote: no http(s) resource, only the http(s) tracking anchors', () => {
  const resources = html.match(/\b(?:src|href)="([^"]*)"/g) ?? [];
  assert.deepEqual(resources, ['href="https://tracker.example.com/OPS-311"']);
  assert.doesNotMatch(html, /url\(\s*['"]?https?:/);
  assert.doesNotMatch(html, /@import/);
  assert.ok(!html.includes('javascript:'), 'a javascript: tracking link is not an anchor');
  assert.match(html, /<td class="tracking">evil<\/td>/);
  assert.match(html, /<td class="tracking">#88<\/td>/);
});

test('the uncovered measure is marked, covered ones list their tasks', () => {
  assert.match(html, /<li class="measure uncovered" data-line="32"[^>]*>.*?No task covers this measure<\/span><\/li>/);
  assert.equal((html.match(/No task covers this measure/g) ?? []).length, 1);
  assert.match(html, /<li class="measure covered" data-line="31"[^>]*>.*?data-line="41".*?data-line="42"/);
});

test('data-line on entries, measures and rows; checkboxes carry line and version', () => {
  for (const l of [12, 13, 18, 30, 31, 32, 40, 41, 42]) assert.match(html, new RegExp(`data-line="${l}"`), String(l));
  assert.match(html, /<input type="checkbox" data-line="40" data-version="7" aria-label="Done">/);
  assert.match(html, /<input type="checkbox" data-line="41" data-version="7" aria-label="Done" checked>/);
  assert.doesNotMatch(html, /type="checkbox" data-line="42"/);
});

test('timeline marks detection and resolution, key figures show missing values', () => {
  assert.match(html, /<li class="tl-entry detection[^"]*" data-line="13"/);
  assert.match(html, /<li class="tl-entry resolution[^"]*" data-line="18"/);
  assert.match(html, /<ol class="timeline">/);
  const none = renderPreviewHtml({ ...sample, figures: { ...sample.figures, timeToDetect: null } }, opts);
  assert.match(none, /<div class="figure missing" data-figure="timeToDetect"><dt>Time to detect<\/dt><dd>not stated<\/dd>/);
});

test('external script and style URIs, and a null document', () => {
  const ext = renderPreviewHtml(null, { ...opts, scriptUri: 'vscode-webview://abc/preview.js', styleUri: 'vscode-webview://abc/p.css' });
  assert.match(ext, /<script nonce="n0nce123" src="vscode-webview:\/\/abc\/preview.js"><\/script>/);
  assert.match(ext, /<link rel="stylesheet" nonce="n0nce123" href="vscode-webview:\/\/abc\/p.css">/);
  assert.match(ext, /Open a postmortem/);
  assert.equal(renderPreviewBody(sample), /<main id="root"[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1]);
});

test('the script posts reveal/toggle and handles update messages', () => {
  for (const s of ["type: 'reveal'", "type: 'toggle'", "m.type !== 'update'", 'acquireVsCodeApi()', 'setState']) assert.ok(PREVIEW_SCRIPT.includes(s), s);
  assert.doesNotThrow(() => new Function(PREVIEW_SCRIPT));
});

test('timeline rows: the written clock with its zone, the whole text, gaps on a capped log scale, a labelled long break', () => {
  const list = timelineList([
    { line: 1, time: '09:10', clock: '9:10 AM EST', minutesFromStart: 0, text: 'First', kind: null },
    { line: 2, time: '09:25', clock: '9:25 AM EST', minutesFromStart: 15, text: 'x'.repeat(300), kind: 'detection' },
    { line: 3, time: '10:25', clock: '10:25 AM EST', minutesFromStart: 75, text: 'Hour later', kind: null },
    { line: 4, time: '15:40', clock: '3:40 PM EST', minutesFromStart: 390, text: 'Much later', kind: 'resolution' },
    { line: 5, time: '15:45', minutesFromStart: 395, text: 'An older payload without clock', kind: null },
  ]);
  assert.match(list, /<span class="tl-time">9:10 AM EST<\/span>/);
  assert.match(list, /<span class="tl-time">15:45<\/span>/, 'the 24-hour time when no clock text is sent');
  assert.ok(list.includes('x'.repeat(300)), 'the text is not shortened');
  assert.match(list, /<li class="tl-entry detection gap-3" data-line="2"/);
  assert.match(list, /<li class="tl-entry gap-5" data-line="3"/);
  assert.match(list, /<li class="tl-break" aria-hidden="true"><span class="tl-text">5h 15m later<\/span><\/li><li class="tl-entry resolution" data-line="4"/);
  assert.deepEqual([0, 5, 15, 60, 120, 600, 6000].map(gapStep), [0, 1, 3, 5, 6, 8, 8]);
});

test('the action items come first, open before done, and empty optional columns are left out', () => {
  const body = renderPreviewBody(sample);
  const order = [...body.matchAll(/<section id="([a-z]+)"/g)].map((m) => m[1]);
  assert.deepEqual(order, ['tasks', 'measures', 'figures', 'timeline']);
  const rows = [...body.matchAll(/<tr class="task( done)?" data-line="(\d+)"/g)].map((m) => `${m[2]}${m[1] ? ' done' : ''}`);
  assert.deepEqual(rows, ['40', '42', '41 done']);
  assert.match(body, /<h2>Action items<\/h2><p class="subtitle">2 open, 1 done<\/p>/);
  const bare = renderPreviewBody({ ...sample, tasks: sample.tasks.map((t) => ({ ...t, priority: null, tracking: null })) });
  assert.doesNotMatch(bare, /<th>Priority<\/th>|<th>Tracking<\/th>|class="prio|class="tracking/);
  const url = 'https://tracker.example.com/browse/OPS-311';
  const linked = renderPreviewBody({ ...sample, tasks: [{ ...sample.tasks[0]!, tracking: { text: url, href: url } }] });
  assert.match(linked, /<a href="https:\/\/tracker.example.com\/browse\/OPS-311" title="https:\/\/tracker.example.com\/browse\/OPS-311">OPS-311<\/a>/);
});
