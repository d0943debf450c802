#!/usr/bin/env node
// Draws the extension's icon, media/icon.png (128x128, as the Marketplace and Open VSX want:
// PNG, not SVG), by rendering the SVG below in headless Chromium (playwright-core, the e2e
// tests' driver). The PNG is committed; run this after changing the drawing.
//   node scripts/gen-icon.mjs [chromium path]
import { chromium } from 'playwright-core';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <rect width="128" height="128" rx="24" fill="#1f3a5f"/>
  <path d="M34 18h44l18 18v74a6 6 0 0 1-6 6H34a6 6 0 0 1-6-6V24a6 6 0 0 1 6-6z" fill="#f4f7fb"/>
  <path d="M78 18v14a4 4 0 0 0 4 4h14z" fill="#c9d6e6"/>
  <line x1="44" y1="46" x2="44" y2="100" stroke="#8aa4c4" stroke-width="3"/>
  <circle cx="44" cy="50" r="6" fill="#e5484d"/>
  <circle cx="44" cy="72" r="6" fill="#f5a524"/>
  <circle cx="44" cy="94" r="6" fill="#30a46c"/>
  <rect x="56" y="47" width="28" height="6" rx="3" fill="#8aa4c4"/>
  <rect x="56" y="69" width="22" height="6" rx="3" fill="#8aa4c4"/>
  <rect x="56" y="91" width="26" height="6" rx="3" fill="#8aa4c4"/>
</svg>`;

const browser = await chromium.launch({ executablePath: process.argv[2] ?? process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${SVG}</body></html>`);
  await page.locator('svg').screenshot({ path: new URL('../media/icon.png', import.meta.url).pathname, omitBackground: true });
  console.log('wrote media/icon.png');
} finally {
  await browser.close();
}
