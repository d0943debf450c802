import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderPreviewHtml, renderPreviewBody } from '../../../server/src/service/preview/render';
import { PreviewDataSchema } from '../../../server/src/service/preview/data';
import { PREVIEW_SCRIPT } from '../../../server/src/service/preview/script';
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
  assert.match(html, /<g class="tl-entry detection" data-line="13"/);
  assert.match(html, /<g class="tl-entry resolution" data-line="18"/);
  assert.match(html, /<svg class="timeline"/);
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
