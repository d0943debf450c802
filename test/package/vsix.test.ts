// The .vsix as the Marketplace and Open VSX receive it: `vsce package` with no warning (the
// packing script fails on one), the manifest fields both stores show, the extension's files
// only (no CLI, library or bins; the Node and the web entries), a minified server, and a README whose links and screenshot
// point at files of the repository. Open VSX's own client (`ovsx publish`) checks offline only
// what is asserted below as "Open VSX" (publisher, name, version, a license); the rest of its
// verification happens on the registry at upload and needs the network and a token.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOME } from '../../server/src/service/outputs/format/home';

const ROOT = join(__dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'pm-vsix-test-'));
const vsix = join(work, 'postmortem-lint.vsix');
test.after(() => rmSync(work, { recursive: true, force: true }));

const unzip = (...args: string[]): string => execFileSync('unzip', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let files: string[] = [];
let manifest: Record<string, unknown> = {};

test('vsce packs the extension without a warning', { timeout: 180_000 }, (t) => {
  const out = execFileSync(process.execPath, [join(ROOT, 'scripts', 'package-vsix.mjs'), '-o', vsix], { cwd: ROOT, encoding: 'utf8' });
  assert.doesNotMatch(out, /WARNING/i);
  files = unzip('-Z1', vsix).split('\n').filter(Boolean);
  manifest = JSON.parse(unzip('-p', vsix, 'extension/package.json')) as Record<string, unknown>;
  t.diagnostic(`.vsix ${statSync(vsix).size} bytes, ${files.length} files`);
});

test('it ships the extension only: client, server, docs, grammar, snippets, schema, icon', () => {
  for (const f of ['extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/browser-client.js', 'extension/dist/browser-server.js', 'extension/media/icon.png', 'extension/changelog.md', 'extension/readme.md', 'extension/LICENSE.txt', 'extension/docs/rules/timeline-order.md']) assert.ok(files.includes(f), f);
  assert.deepEqual(files.filter((f) => /dist\/(cli|api)\.js|\.map$|^extension\/bin\/|^extension\/(server|client|test)\//.test(f)), []);
  const server = unzip('-p', vsix, 'extension/dist/server.js');
  assert.ok(server.split('\n').length < server.length / 2000, 'the server is minified');
  for (const k of ['files', 'bin', 'exports', 'devDependencies', 'scripts']) assert.ok(!(k in manifest), `no npm-only ${k} in the extension's manifest`);
});

test('the manifest has what the stores show: icon, banner, categories, keywords, links', () => {
  assert.equal(manifest.icon, 'media/icon.png');
  const png = execFileSync('unzip', ['-p', vsix, 'extension/media/icon.png']);
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  assert.equal(png.readUInt32BE(16), 128, 'icon width 128');
  assert.equal(png.readUInt32BE(20), 128, 'icon height 128');
  assert.match(String((manifest.galleryBanner as { color?: string } | undefined)?.color), /^#[0-9a-f]{6}$/i);
  assert.ok(Array.isArray(manifest.categories) && manifest.categories.includes('Linters'));
  const keywords = manifest.keywords as string[];
  assert.ok(keywords.length > 0 && keywords.length <= 30, 'the Marketplace takes at most 30 keywords');
  assert.equal(manifest.homepage, `${HOME}#readme`);
  assert.equal((manifest.bugs as { url: string }).url, `${HOME}/issues`);
  assert.equal((manifest.repository as { url: string }).url, `git+${HOME}.git`);
});

test('Open VSX: publisher, name, version, license (what ovsx checks before upload)', () => {
  assert.match(String(manifest.publisher), /^[a-z0-9][a-z0-9-]*$/i);
  assert.match(String(manifest.name), /^[a-z0-9][a-z0-9-]*$/);
  assert.match(String(manifest.version), /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'version is semver');
  assert.equal(manifest.license, 'MIT');
  assert.ok(files.includes('extension/LICENSE.txt'));
  assert.match(String((manifest.engines as { vscode: string }).vscode), /^\^\d+\.\d+\.\d+$/, 'engines.vscode');
});

test('the README in the .vsix: absolute links into the repository, a screenshot that exists, no placeholder', () => {
  const readme = unzip('-p', vsix, 'extension/readme.md');
  assert.doesNotMatch(readme, /example\.invalid/);
  const links = [...readme.matchAll(/\]\((https?:\/\/[^)\s]+)/g)].map((m) => m[1] ?? '');
  const home = links.filter((l) => l.startsWith(`${HOME}/`));
  assert.ok(home.length > 40, `links into the repository: ${home.length}`);
  for (const l of home) {
    const m = /\/(?:blob|raw|tree)\/main\/([^#?]*)/.exec(l);
    if (!m) continue;
    assert.ok(existsSync(join(ROOT, decodeURIComponent(m[1] ?? ''))), l);
  }
  assert.ok(links.some((l) => l === `${HOME}/raw/main/docs/images/preview.png`), 'the screenshot of the preview, from the raw tree');
  assert.doesNotMatch(readme, /\]\((?!https?:|#|mailto:)[^)]+\)/, 'no relative link is left (vsce makes them absolute)');
});
