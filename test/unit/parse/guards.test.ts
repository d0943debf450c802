/**
 * The guarded autolink literals and tables (parse/autolinks.ts, parse/tables.ts) give
 * remark-gfm's own trees, positions included: on shapes written here (each near-miss of each
 * necessary condition), the parser tests' documents, the fixtures, every corpus document
 * (../shared/corpus/docs, read at test time only; skipped without it) and fuzzed documents,
 * some dense in autolink and table material.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseWhole, cutLongLines, PARSE_LINE_LIMIT, readsFrontMatter } from '../../../server/src/service/parse/markdown';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { all } from './docs';
import { fuzzedDocument } from '../fuzz/mutate';

/** The processor as remark-gfm makes it (parse/micromark.ts builds the same with the guards). */
const unguardedProcessor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
/** A first-line fence never closed is parsed without the front-matter extension (micromark.ts says why). */
const unguardedNoFrontMatter = unified().use(remarkParse).use(remarkGfm).freeze();
function assertSame(text: string, label: string): void {
  const cut = cutLongLines(text, PARSE_LINE_LIMIT);
  assert.deepStrictEqual(parseWhole(text), (readsFrontMatter(cut) ? unguardedProcessor : unguardedNoFrontMatter).parse(cut), label);
}

const shapes: Record<string, string> = {
  emails: 'mail a@b.co, a.b+c-d_e@x-y.example.org. or @dana or dana@ or a@b or a@b.c_ or x@y.z1\n',
  emailsInContext: '*a@b.co* **c@d.io** ~~e@f.io~~ `g@h.io` [i@j.io](k@l.io) ![m@n.io](o) <p@q.io> \\@r@s.io /t@u.io\n',
  www: 'www.example.com WWW.Example.com/a?b=c. (www.x.y) www. www.a www,b.c _www.d.e_ awww.f.g\n',
  protocols: 'http://a.b https://c.d/e?f=g HTTP://E.F Https://g.h/(i) http:/j.k https//l.m http:// xhttp://n.o ftp://p.q\n',
  mailto: 'mailto:a@b.co xmpp:c@d.io/res xmpp:e@f mailto:g@h mailto:@i.io\n',
  references: 'a&#64;b.co www&#46;x.io http&#58;//y.io a\\@b.co www\\.c.io &amp;d@e.io\n',
  brackets: '[a](b) [c] [d][] [e www.f.io] [g](h) i@j.io [k] l@m.io ]n@o.io [p\n',
  breaks: 'a@\nb.co www\n.x.io http:\n//y.io a  \nb@c.io\\\nd@e.io\n',
  containers: '> a@b.co\n> - www.c.io\n\n1. d@e.io\n   - http://f.g\n\n| h@i.io | www.j.io |\n|---|---|\n| http://k.l | m |\n\n# n@o.io www.p.q\n\nSetext r@s.io\n---\n',
  tabsAndUnicode: 'a\t@b.co\tc@d.io é@f.io g@é.io 😀h@i.io www.ü.io\u00a0j@k.io\n',
  footnotes: 'See [^1] and a@b.co.\n\n[^1]: note www.c.io d@e.io\n',
  codeAndHtml: '```\na@b.co\n```\n\n    www.c.io\n\n<div>d@e.io</div>\n\ninline <span>f@g.io</span> h@i.io\n',
  longLine: `${'word '.repeat(1000)}a@b.co ${'x'.repeat(5000)}@c.io\n`,
  crlf: 'a@b.co\r\nwww.c.io\r\rhttp://d.e\r\n',
  tables: '| a | b |\n|---|:-:|\n| 1 | 2 |\nlazy row\n\na | b\n--- | ---\nc | d\n\n|x|\n|-|\n\none\n-\n\npara\n| h |\n| - |\n| r |\n',
  tablesInContainers: '- | a | b |\n  |---|---|\n  | 1 | 2 |\n- | c |\n| - |\n\n> | q |\n> |---|\n> | r |\n>| s |\n\n1. x\n   | t |\n   | :-- |\n',
  tablesNearMisses: '| a |\n|---x|\n\n| a |\n| : |\n\n| a |\n\n|---|\n\n| a |\r\n|---|\r\n| b |\r\n\n| a |\t\n\t|---|\n\n    | code |\n    |---|\n\n| a |\n    |---|\n',
};

for (const [name, text] of Object.entries(shapes)) {
  test(`guarded GFM constructs give remark-gfm's tree: ${name}`, () => assertSame(text, name));
}

test('the shapes do make autolinks and tables (the comparison is not between two trees without any)', () => {
  const links = (t: string): number => JSON.stringify(parseWhole(t)).split('"type":"link"').length - 1;
  assert.ok(links(shapes.emails ?? '') >= 2);
  assert.ok(links(shapes.www ?? '') >= 3);
  assert.ok(links(shapes.protocols ?? '') >= 4);
  assert.ok(links(shapes.mailto ?? '') >= 2);
  const tables = (t: string): number => JSON.stringify(parseWhole(t)).split('"type":"table"').length - 1;
  assert.ok(tables(shapes.tables ?? '') >= 3);
  assert.ok(tables(shapes.tablesInContainers ?? '') >= 3);
});

test('guarded autolinks give remark-gfm\'s tree on the parser tests\' documents', () => {
  for (const [name, text] of Object.entries(all)) assertSame(text, name);
});

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? markdownFiles(p) : n.endsWith('.md') ? [p] : [];
  });
}

test('guarded autolinks give remark-gfm\'s tree on every fixture', () => {
  const files = markdownFiles(join(__dirname, '..', '..', 'fixtures'));
  assert.ok(files.length > 20);
  for (const f of files) assertSame(readFileSync(f, 'utf8'), f);
});

const corpus = markdownFiles(join(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'docs'));

test('guarded autolinks give remark-gfm\'s tree on every corpus document', { skip: corpus.length === 0 ? 'no corpus' : false }, () => {
  for (const f of corpus) assertSame(readFileSync(f, 'utf8'), f);
});

test('guarded autolinks give remark-gfm\'s tree on fuzzed documents', () => {
  fc.assert(
    fc.property(fuzzedDocument, ({ text }) => assertSame(text, text)),
    { numRuns: Number(process.env.FC_RUNS ?? 300), seed: Number(process.env.FC_SEED ?? 14) },
  );
});

// Dense in what the conditions look at: atext runs, `@`, `www`, `http`, pipes, hyphens, containers.
const FRAGMENTS = ['a', 'b1', 'x.y', '@', 'www', 'WwW', '.', 'http', 'https', 'HTTP', ':', '//', '/', 'mailto:', 'xmpp:', ' ', '\n', '\t', '_', '-', '+', '*', '~', '[', ']', '(', ')', '<', '>', '&#64;', '\\', '`', 'é', '- ', '> ', '| ', '\n\n', '.io', '.co', '|', '|---|', ':-', '-', '---', '  ', '1. '];
const autolinkDocument = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 5, maxLength: 120 }).map((parts) => parts.join(''));

test('guarded autolinks and tables give remark-gfm\'s tree on random dense text', () => {
  fc.assert(
    fc.property(autolinkDocument, (text) => assertSame(text, JSON.stringify(text))),
    { numRuns: Number(process.env.FC_RUNS ?? 3000), seed: Number(process.env.FC_SEED ?? 21) },
  );
});

// Lines of table material in containers: heads, delimiter rows and near-misses, body rows, lazy lines.
const LINES = ['| a | b |', 'a | b', '|---|---|', '--- | ---', '|:-:|', '| - |', '|-x-|', ': |', '-', '---', '| c |', 'text', '', '> | q |', '> |---|', '- | i |', '  |---|', '  | r |', '1. | o |', '   |---|', '\t|---|', '    |---|', '| x |\t'];
const tableDocument = fc.array(fc.constantFrom(...LINES), { minLength: 2, maxLength: 40 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));

test('guarded tables give remark-gfm\'s tree on random table-dense documents', () => {
  fc.assert(
    fc.property(tableDocument, (text) => assertSame(text, JSON.stringify(text))),
    { numRuns: Number(process.env.FC_RUNS ?? 2000), seed: Number(process.env.FC_SEED ?? 22) },
  );
});
