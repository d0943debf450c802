/**
 * The preview in a real browser engine: headless Chromium through playwright-core, with a
 * stub of the webview's acquireVsCodeApi. Skipped (with the reason) when /usr/bin/chromium
 * is missing, unless E2E_REQUIRED is set, in which case it fails.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderPreviewBody, renderPreviewHtml } from '../../../client/src/preview/render/render';
import { previewFromAnalysis } from '../../../server/src/service/outputs/preview/from-model';
import { parseDocument } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import { sample, XSS } from './sample';
import { NARROW_DOC } from './narrow-doc';

const CHROMIUM = '/usr/bin/chromium';
const missing = !existsSync(CHROMIUM);
const skip = missing && !process.env.E2E_REQUIRED ? `${CHROMIUM} is not installed (apt-get install chromium)` : false;
const outDir = join(process.cwd(), 'test-results');

/** A few Dark+ theme values, set as VS Code sets them on the webview's root. */
const DARK = `:root{--vscode-font-family:system-ui,sans-serif;--vscode-font-size:13px;--vscode-editor-font-family:monospace;
--vscode-editor-foreground:#d4d4d4;--vscode-editor-background:#1e1e1e;--vscode-descriptionForeground:#a0a0a0;
--vscode-panel-border:#80808059;--vscode-widget-border:#303031;--vscode-editorWidget-background:#252526;
--vscode-textLink-foreground:#3794ff;--vscode-textLink-activeForeground:#4daafc;--vscode-list-hoverBackground:#2a2d2e;
--vscode-focusBorder:#007fd4;--vscode-editorWarning-foreground:#cca700;--vscode-inputValidation-warningBackground:#352a05;
--vscode-charts-blue:#3794ff;--vscode-charts-orange:#d18616;--vscode-charts-green:#89d185;--vscode-disabledForeground:#cccccc80}`;

/** The webview API as the page sees it: messages and state are recorded on window. */
const STUB = `window.__posted = []; window.__state = undefined;
window.acquireVsCodeApi = function () { return {
  postMessage: function (m) { window.__posted.push(m); },
  getState: function () { return window.__state; },
  setState: function (s) { window.__state = s; } }; };`;

async function open(browser: Browser, nonce: string, data = sample, width = 980): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  // A string, not a function: the TypeScript loader may wrap functions in helpers the page lacks.
  await page.addInitScript(STUB);
  await page.goto('about:blank'); // init scripts apply from the next document on
  const html = renderPreviewHtml(data, { nonce, cspSource: 'vscode-webview://test' })
    .replace('</head>', `<style nonce="${nonce}">${DARK}</style></head>`);
  await page.setContent(html, { waitUntil: 'load' });
  return page;
}

test('preview in headless Chromium', { skip }, async (t) => {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  t.after(() => browser.close());
  const page = await open(browser, 'b4c0ffee');
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  // Page code is given as strings: the test project compiles without the DOM library.
  const posted = () => page.evaluate<unknown[]>('window.__posted.splice(0)');

  await t.test('content renders and the script ran under the CSP', async () => {
    assert.equal(await page.locator('h1').textContent(), sample.title);
    assert.equal(await page.locator('tr.task').count(), 3);
    assert.equal(await page.locator('.measure.uncovered').count(), 1);
    assert.match(await page.locator('.measure.uncovered').innerText(), /No task covers this measure/);
    assert.equal(await page.locator('ol.timeline li.tl-entry').count(), sample.timeline.length);
    const fg = await page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    assert.equal(fg, 'rgb(30, 30, 30)', 'the nonce\'d stylesheet applied');
    assert.deepEqual(errors, []);
  });

  await t.test('the <img onerror> task is literal text and nothing fires', async () => {
    const cell = page.locator('tr[data-line="42"] td.task-text');
    assert.equal(await cell.textContent(), XSS);
    assert.equal(await page.locator('tr[data-line="42"] img').count(), 0);
    assert.deepEqual(dialogs, []);
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
  });

  await t.test('clicking a task posts reveal; a checkbox posts toggle with the version', async () => {
    await posted();
    await page.click('tr[data-line="41"] td.task-text');
    assert.deepEqual(await posted(), [{ type: 'reveal', line: 41 }]);
    await page.click('ol.timeline li.tl-entry[data-line="18"] .tl-text');
    assert.deepEqual(await posted(), [{ type: 'reveal', line: 18 }]);
    await page.click('input[type=checkbox][data-line="40"]');
    assert.deepEqual(await posted(), [{ type: 'toggle', line: 40, version: 7 }]);
    await page.focus('li.measure[data-line="32"]');
    await page.keyboard.press('Enter');
    assert.deepEqual(await posted(), [{ type: 'reveal', line: 32 }]);
  });

  await t.test('an update message re-renders and keeps the scroll position', async () => {
    await page.setViewportSize({ width: 980, height: 300 });
    await page.evaluate('window.scrollTo(0, 250)');
    const before = await page.evaluate<number>('window.scrollY');
    assert.ok(before > 0);
    const next = renderPreviewBody({ ...sample, version: 8, title: 'Renamed <b>title</b>' });
    await page.evaluate(`window.postMessage({ type: 'update', html: ${JSON.stringify(next)} }, '*')`);
    await page.waitForFunction(`document.querySelector('h1')?.textContent === 'Renamed <b>title</b>'`);
    assert.equal(await page.evaluate<number>('window.scrollY'), before);
    assert.equal(await page.locator('input[data-line="40"]').getAttribute('data-version'), '8');
    await page.setViewportSize({ width: 980, height: 900 });
  });

  await t.test('no network request; screenshot saved', async () => {
    await page.setContent(renderPreviewHtml(sample, { nonce: 'b4c0ffee', cspSource: 'vscode-webview://test' }).replace('</head>', `<style nonce="b4c0ffee">${DARK}</style></head>`));
    assert.deepEqual(requests.filter((u) => !u.startsWith('data:') && u !== 'about:blank'), []);
    mkdirSync(outDir, { recursive: true });
    await page.screenshot({ path: join(outDir, 'preview.png'), fullPage: true });
    assert.ok(existsSync(join(outDir, 'preview.png')));
    assert.deepEqual(errors, []);
  });
});

/**
 * Every element that draws text and is cut or sticks out: its content is wider than its
 * box (scrollWidth > clientWidth), or its box reaches past the page's right edge (SVG
 * text included). Plus whether the page itself scrolls sideways.
 */
const OVERFLOW = `(() => {
  const W = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('script, style')) continue;
    const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
    if (!own) continue;
    const r = el.getBoundingClientRect();
    const cut = el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1;
    if (cut || r.right > W + 0.5 || r.left < -0.5) out.push({ tag: el.tagName.toLowerCase(), cls: String(el.getAttribute('class') || ''), text: el.textContent.trim().slice(0, 50), right: Math.round(r.right), scroll: el.scrollWidth, client: el.clientWidth });
  }
  return { W, pageScroll: document.documentElement.scrollWidth, offenders: out };
})()`;

/** Top and bottom of each timeline entry's event text, in document order. */
const ENTRY_BOXES = `Array.from(document.querySelectorAll('#timeline .tl-entry')).map((e) => {
  const r = (e.querySelector('.tl-text') || e).getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, line: Number(e.getAttribute('data-line')) };
})`;

test('preview at the editor\'s side-by-side width (600px): nothing cut, times as written, compact gaps, open tasks first', { skip }, async (t) => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  t.after(() => browser.close());
  const narrow = parseDocument(NARROW_DOC);
  const data = previewFromAnalysis('file:///work/search-stale.md', 1, { model: narrow.model, derived: narrow.derive(resolveConfig([])) });
  const page = await open(browser, 'n4rr0w', data, 600);
  mkdirSync(outDir, { recursive: true });
  await page.screenshot({ path: join(outDir, 'preview-600px.png'), fullPage: true });

  await t.test('no text is cut or overflows the right edge', async () => {
    const o = await page.evaluate<{ W: number; pageScroll: number; offenders: unknown[] }>(OVERFLOW);
    assert.deepEqual(o.offenders, [], JSON.stringify(o.offenders, null, 1));
    assert.ok(o.pageScroll <= o.W, `the page scrolls sideways: ${o.pageScroll} > ${o.W}`);
  });

  await t.test('long event text wraps onto more lines instead of being shortened', async () => {
    const texts = await page.locator('#timeline .tl-entry .tl-text').allTextContents();
    assert.ok(texts.some((x) => x.includes('that never finished parsing')), texts.join(' | '));
    const boxes = await page.evaluate<{ top: number; bottom: number }[]>(ENTRY_BOXES);
    assert.ok(boxes.some((b) => b.bottom - b.top > 30), 'some entry text takes two lines');
  });

  await t.test('times read as the document writes them, 12-hour with the zone', async () => {
    const times = (await page.locator('#timeline .tl-entry .tl-time').allTextContents()).map((x) => x.trim());
    assert.deepEqual(times, ['9:10 AM EST', '9:25 AM EST', '10:25 AM EST', '11:25 AM EST', '4:40 PM EST']);
  });

  await t.test('gaps grow with the step but stay small, and a long break is capped', async () => {
    const b = await page.evaluate<{ top: number; bottom: number }[]>(ENTRY_BOXES);
    const gap = (i: number): number => (b[i + 1]?.top ?? 0) - (b[i]?.bottom ?? 0);
    // Steps: 15m, 60m, 60m, 5h15m.
    assert.ok(gap(0) < gap(1), `a one-hour step (${gap(1)}px) sits further apart than a 15-minute one (${gap(0)}px)`);
    assert.ok(gap(1) <= 32, `a one-hour step leaves ${gap(1)}px`);
    assert.ok(gap(3) <= 64, `a five-hour break leaves ${gap(3)}px`);
    assert.ok(gap(3) >= gap(1), 'the long break is not shorter than an hour');
  });

  await t.test('the open action items come first, above the figures and the timeline', async () => {
    const ids = await page.evaluate<string[]>(`Array.from(document.querySelectorAll('#root > section')).map((s) => s.id)`);
    assert.equal(ids[0], 'tasks', ids.join(', '));
    const rows = await page.evaluate<string[]>(`Array.from(document.querySelectorAll('#tasks tr.task')).map((r) => r.classList.contains('done') ? 'done' : 'open')`);
    assert.deepEqual(rows, ['open', 'open', 'done']);
  });

  await t.test('a narrower pane (380px) stacks the rows and still cuts nothing', async () => {
    await page.setViewportSize({ width: 380, height: 900 });
    await page.screenshot({ path: join(outDir, 'preview-380px.png'), fullPage: true });
    const o = await page.evaluate<{ W: number; pageScroll: number; offenders: unknown[] }>(OVERFLOW);
    assert.deepEqual(o.offenders, [], JSON.stringify(o.offenders, null, 1));
    assert.ok(o.pageScroll <= o.W, `the page scrolls sideways: ${o.pageScroll} > ${o.W}`);
  });
});
