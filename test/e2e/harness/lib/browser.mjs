// Headless Debian Chromium through playwright-core: open the workbench, take whole-page
// screenshots (webviews are iframes of the page, so they are in the picture), and read
// text from every frame. Adapted from ../shared/realclients/run-vscode-e2e.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

export async function openWorkbench({ executablePath, profileDir, env, url, outDir, timeoutMs }) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    env, // HOME and XDG_* in the run dir: Chromium writes dconf/crash files under $HOME
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || await context.newPage();
  const consoleLog = fs.createWriteStream(path.join(outDir, 'browser-console.log'));
  page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e.stack || e}\n`));
  // A link the workbench opens (window.open) becomes a new tab that takes the focus: the
  // workbench would then match no `:focus` and get no key. It stays the page in front.
  context.on('page', (other) => {
    consoleLog.write(`[harness] a new tab opened (${other.url() || 'about:blank'}); the workbench stays in front\n`);
    void page.bringToFront().catch(() => {});
    other.once('load', () => { void page.bringToFront().catch(() => {}); });
  });
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: timeoutMs });
  return {
    page,
    close: async () => { await context.close().catch(() => {}); consoleLog.end(); },
  };
}

/** Lets the page paint what the extension host just changed: two animation frames. */
function painted(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
}

/**
 * Whole-page screenshot to <outDir>/<name>.png. waitFor: an optional CSS selector in the
 * top-level page to wait for first (at most 5 s; the shot is taken either way).
 */
export async function screenshot(page, outDir, name, waitFor) {
  const safe = String(name || 'screenshot').replace(/[^\w.-]+/g, '_').slice(0, 80);
  if (waitFor) await page.waitForSelector(waitFor, { timeout: 5000 }).catch(() => {});
  await painted(page).catch(() => {});
  const file = path.join(outDir, `${safe}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** textContent of every element matching selector, in every frame (webview iframes included). */
export async function queryAllFrames(page, selector) {
  const matches = [];
  for (const frame of page.frames()) {
    const texts = await frame.$$eval(selector, (els) => els.map((e) => e.textContent || '')).catch(() => []);
    for (const text of texts) matches.push({ frame: frame.url(), text });
  }
  return matches;
}

/**
 * Clicks the first element matching selector in any frame (webviews included), as a user
 * would (Playwright's real mouse click). Resolves with the frame's URL; rejects when
 * nothing matches.
 */
export async function clickInFrames(page, selector) {
  for (const frame of page.frames()) {
    const el = await frame.$(selector).catch(() => null);
    if (el) { await el.click(); return frame.url(); }
  }
  throw new Error(`no element matches ${selector} in any frame`);
}

/** Moves the real mouse over the first element matching selector in any frame (a tooltip's trigger). */
export async function hoverInFrames(page, selector) {
  for (const frame of page.frames()) {
    const el = await frame.$(selector).catch(() => null);
    if (el) { await el.hover(); return frame.url(); }
  }
  throw new Error(`no element matches ${selector} in any frame`);
}

/**
 * Layout of every element matching selector, in every frame: its box in the frame's
 * viewport, scrollWidth/clientWidth, whether it holds text of its own, and the frame's
 * viewport width. For "nothing is cut or sticks out" checks.
 */
export async function boxesInFrames(page, selector) {
  const out = [];
  for (const frame of page.frames()) {
    const rows = await frame.$$eval(selector, (els) => els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        text: (el.textContent || '').trim().slice(0, 80), tag: el.tagName.toLowerCase(), cls: String(el.getAttribute('class') || ''),
        ownText: Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent || '').trim() !== ''),
        left: r.left, right: r.right, top: r.top, bottom: r.bottom, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth,
        viewportWidth: document.documentElement.clientWidth, pageScrollWidth: document.documentElement.scrollWidth,
      };
    })).catch(() => []);
    for (const row of rows) out.push({ frame: frame.url(), ...row });
  }
  return out;
}

/**
 * Resolves with queryAllFrames(selector) once an element matching selector exists in any
 * frame, including frames attached later (a webview opening). Playwright's own
 * waitForSelector per frame does the waiting; rejects after timeoutMs.
 */
export function waitForAnyFrame(page, selector, timeoutMs) {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (err) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      page.off('frameattached', watch);
      page.off('framenavigated', watch);
      if (err) reject(err); else queryAllFrames(page, selector).then(resolve, reject);
    };
    const watch = (frame) => {
      frame.waitForSelector(selector, { timeout: timeoutMs }).then(() => finish(null), () => { /* other frames may still match */ });
    };
    const timer = setTimeout(() => finish(new Error(`no element matches ${selector} in any frame after ${timeoutMs}ms`)), timeoutMs);
    page.on('frameattached', watch);
    page.on('framenavigated', watch);
    page.frames().forEach(watch);
  });
}
