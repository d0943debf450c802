// Every link the product emits resolves: the home comes from package.json alone (the
// generated constants are current), links into the home's tree name files that exist in
// this repository, relative links in the README and docs resolve, and no placeholder host
// is left in what ships (dist/, docs, the manifest). The .vsix and the npm tarball are
// checked for the placeholder by their own tests (vsix.test.ts, npm-package.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../../server/src/service/parse/markdown';
import { HOME, BRANCH, ruleDocsUrl } from '../../server/src/service/outputs/format/home';
import { ALL_RULES } from '../../server/src/service/rules/index';
import { runCli } from '../unit/cli/run-cli';

const ROOT = join(__dirname, '..', '..');
const PLACEHOLDER = /example\.(invalid|com|org)\/postmortem|example\.invalid/;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown> & { repository: { url: string }; homepage: string; bugs: { url: string } };

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? markdownFiles(p) : name.endsWith('.md') ? [p] : [];
  });
}

/** The repository path a link into the home's tree names, or null for any other link. */
export function homePath(url: string): string | null {
  const m = new RegExp(`^${HOME.replace(/[.]/g, '\\.')}/(?:blob|raw|tree)/${BRANCH}/([^#?]*)`).exec(url);
  return m ? decodeURIComponent(m[1] ?? '') : null;
}

/** A link's target as a repository path, or null when it leaves the repository (another site, mail). */
function resolveLink(from: string, url: string): string | null {
  const inHome = homePath(url);
  if (inHome !== null) return inHome;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#')) return null;
  const path = decodeURIComponent(url.replace(/[#?].*$/, ''));
  return relative(ROOT, join(dirname(from), path));
}

function linksOf(file: string): string[] {
  const out: string[] = [];
  visit(parseMarkdown(readFileSync(file, 'utf8')), (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') out.push((node as { url: string }).url);
    if (node.type === 'html') for (const m of (node as { value: string }).value.matchAll(/\b(?:src|href)="([^"]+)"/g)) out.push(m[1] ?? '');
  });
  return out;
}

test('the home is package.json repository; homepage, bugs and the generated constants follow it', () => {
  assert.equal(HOME, 'https://github.com/postmortem-tools/postmortem-lint');
  assert.equal(pkg.repository.url, `git+${HOME}.git`);
  const check = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-home.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
});

test('links in the README, CHANGELOG and docs resolve to files of the repository', () => {
  const files = [join(ROOT, 'README.md'), join(ROOT, 'CHANGELOG.md'), ...markdownFiles(join(ROOT, 'docs'))];
  const broken: string[] = [];
  let checked = 0;
  for (const file of files) {
    for (const url of linksOf(file)) {
      if (PLACEHOLDER.test(url)) broken.push(`${relative(ROOT, file)}: ${url} (placeholder host)`);
      const target = resolveLink(file, url);
      if (target === null) continue;
      checked++;
      if (target.startsWith('..') || !existsSync(join(ROOT, target))) broken.push(`${relative(ROOT, file)}: ${url}`);
    }
  }
  assert.deepEqual(broken, []);
  assert.ok(checked > 40, `links checked: ${checked}`);
});

test('a link that names no file is caught (the check can fail)', () => {
  assert.equal(homePath(`${HOME}/blob/main/docs/rules/no-such-rule.md`), 'docs/rules/no-such-rule.md');
  assert.ok(!existsSync(join(ROOT, 'docs/rules/no-such-rule.md')));
  assert.equal(homePath('https://example.org/x'), null);
});

test('every rule page the CLI, SARIF and the API link to exists', () => {
  for (const r of ALL_RULES) {
    const path = homePath(ruleDocsUrl(r.meta.name));
    assert.ok(path !== null && existsSync(join(ROOT, path)), ruleDocsUrl(r.meta.name));
  }
  const run = runCli(['--format', 'sarif', '--force', 'docs/examples'], ROOT);
  const sarif = JSON.parse(run.stdout) as { runs: { tool: { driver: { informationUri: string; rules: { helpUri?: string }[] } } }[] };
  const driver = sarif.runs[0]!.tool.driver;
  assert.equal(driver.informationUri, HOME);
  assert.equal(driver.rules.length, ALL_RULES.length);
  for (const rule of driver.rules) {
    const path = homePath(rule.helpUri ?? '');
    assert.ok(path !== null && existsSync(join(ROOT, path)), String(rule.helpUri));
  }
});

test('the settings descriptions link to rule pages that exist', () => {
  const text = JSON.stringify(pkg.contributes);
  const links = [...text.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] ?? '');
  assert.ok(links.length >= ALL_RULES.length);
  for (const l of links) assert.ok(existsSync(join(ROOT, l.replace(/#.*$/, ''))), l);
});

test('no placeholder host in what ships: dist/, docs, schemas, snippets, the manifest', () => {
  const shipped = ['dist', 'docs', 'schemas', 'snippets', 'syntaxes', 'bin', 'README.md', 'CHANGELOG.md', 'package.json', 'action.yml', '.pre-commit-hooks.yaml'];
  const found: string[] = [];
  const scan = (p: string): void => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) { for (const n of readdirSync(p)) scan(join(p, n)); return; }
    if (p.endsWith('.png')) return;
    if (PLACEHOLDER.test(readFileSync(p, 'utf8'))) found.push(relative(ROOT, p));
  };
  for (const s of shipped) scan(join(ROOT, s));
  assert.deepEqual(found, []);
});
