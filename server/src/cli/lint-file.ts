/**
 * One file's whole work, the same in the main thread and in a worker (cli/worker.ts): read
 * it, lint it, apply `--fix` (and write it: one writer per file, never through a link), and
 * say what needs saying. What it says is kept in order, not written, so that a run over many
 * threads writes stderr exactly as one thread would (cli.ts replays it file by file).
 * Everything but `analysis` is plain data that a worker can post.
 */
import { lstatSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, sep } from 'node:path';
import type { CliOptions } from './args';
import { analyze, applyEdits, configForDocument, fixAllEdits, overBudget, RcCache, RULES_BY_NAME, ruleDocsUrl, sizeLabel, type Analysis, type Finding } from '../service/index';
import { nodeConfigFileSystem as nodeFileSystem } from '../node/fs';

/** A line for stderr (`postmortem-lint: ` is put before it); `once`: each such line once per run. */
export interface Said { message: string; once: boolean }

/** What the report needs of a file that was read and linted. */
export interface Linted {
  file: string;
  display: string;
  text: string;
  postmortem: boolean;
  reason: string;
  findings: Finding[];
  fixes: number;
  stdin?: boolean;
}

/** One file's outcome: linted (with the analysis, in the main thread only), or unreadable (exit 2). */
export type Outcome = { said: Said[] } & ({ linted: Linted; analysis?: Analysis } | { unreadable: true });

export function toPosix(p: string): string { return p.split(sep).join('/'); }

export const KNOWN_RULES: ReadonlySet<string> = new Set(RULES_BY_NAME.keys());

export function docConfig(file: string, opts: CliOptions, cwd: string, cache: RcCache) {
  const inCwd = !relative(cwd, file).startsWith('..');
  return { inCwd, ...configForDocument(toPosix(file), { workspaceRoot: inCwd ? toPosix(cwd) : null, cliOverrides: opts.overrides, cache, knownRules: KNOWN_RULES }, nodeFileSystem) };
}

function lint(file: string, text: string, opts: CliOptions, cwd: string, cache: RcCache, said: Said[]): Analysis {
  const warn = (message: string) => said.push({ message, once: true });
  const { inCwd, config, problems } = docConfig(file, opts, cwd, cache);
  for (const p of problems) {
    // Messages name their setting already (`rules.x`: ...); the source is an rc file, or
    // none for a setting checked after merging (the profile), which is one problem for all files.
    const source = isAbsolute(p.source) ? `${toPosix(relative(cwd, p.source) || p.source)}: ` : '';
    const path = p.path && !p.message.includes(`\`${p.path}\``) ? `${p.path}: ` : '';
    warn(`${source}${path}${p.message}`);
  }
  const analysis = analyze(text, {
    path: toPosix(inCwd ? relative(cwd, file) : relative(dirname(file), file)),
    config,
    forced: opts.force,
    docsUrl: ruleDocsUrl,
    onRuleError: (rule, e) => said.push({ message: `rule ${rule} failed on ${file}: ${e instanceof Error ? e.message : String(e)}`, once: false }),
  });
  // The size budget, as in the editor: the file is not parsed (analyze reports file-too-large).
  if (analysis.detection.postmortem && overBudget(text, config)) warn(`not linted: ${toPosix(relative(cwd, file) || file)} is ${sizeLabel(text.length)}, over maxFileSize (${sizeLabel(config.maxFileSize * 1024)}); set "maxFileSize" (kilobytes) in .postmortemrc.json to lint it`);
  return analysis;
}

/** How many findings the edits of fixAllEdits fix: those whose whole fix was taken (it keeps the edit objects). */
function countFixes(findings: Analysis['findings'], edits: readonly object[]): number {
  const taken = new Set(edits);
  return findings.filter((f) => {
    const fix = f.fixes.find((x) => x.safe && !x.snippet);
    return fix !== undefined && fix.edits.length > 0 && fix.edits.every((e) => taken.has(e));
  }).length;
}

function isLink(file: string): boolean {
  try { return lstatSync(file).isSymbolicLink(); } catch { return false; }
}

/** `--fix`: a few passes (fixes can uncover others: a heading made real becomes a section), then one write. */
function fix(file: string, display: string, original: string, first: Analysis, opts: CliOptions, cwd: string, cache: RcCache, said: Said[]): { text: string; analysis: Analysis; fixes: number } {
  let text = original;
  let analysis = first;
  let fixes = 0;
  for (let pass = 0; pass < 5; pass++) {
    const edits = fixAllEdits(analysis.findings);
    if (edits.length === 0) break;
    fixes += countFixes(analysis.findings, edits);
    const before = analysis;
    text = applyEdits(text, edits, (p) => before.source.offsetAt(p));
    analysis = lint(file, text, opts, cwd, cache, said);
  }
  if (text === original) return { text, analysis, fixes: 0 };
  // A link may point outside the tree being fixed: it is reported, never written through.
  if (isLink(file)) {
    said.push({ message: `not fixed: ${display} is a link (--fix never writes through one)`, once: false });
    return { text: original, analysis: first, fixes: 0 };
  }
  writeFileSync(file, text);
  return { text, analysis, fixes };
}

/**
 * As git decides (a NUL byte in the first 8000 bytes), or when most of the start is not
 * text: more than a tenth of its characters undecodable or control characters. A Latin-1
 * file with a few accented letters stays text (its few bad bytes are shown as they decode).
 */
function looksBinary(buf: Buffer, text: string): boolean {
  if (buf.subarray(0, 8000).includes(0)) return true;
  const head = text.slice(0, 8000);
  const odd = head.match(/[\uFFFD\x01-\x08\x0e-\x1f\x7f]/g)?.length ?? 0;
  return head.length > 0 && odd > head.length / 10;
}

/** The file's text, or why it cannot be linted (missing, a directory, binary). */
function readText(file: string): { text: string } | { why: string } {
  let buf: Buffer;
  try { buf = readFileSync(file); } catch (e) {
    const code = (e as { code?: string }).code;
    return { why: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e instanceof Error ? e.message : String(e)) };
  }
  const text = buf.toString('utf8');
  if (looksBinary(buf, text)) return { why: 'a binary file, not text' };
  return { text };
}

function linted(file: string, display: string, text: string, analysis: Analysis, fixes: number): Linted {
  return { file, display, text, postmortem: analysis.detection.postmortem, reason: analysis.detection.reason, findings: analysis.findings, fixes };
}

/** A file named on the command line or found in a directory or glob: read, lint, fix. */
export function lintPath(file: string, opts: CliOptions, cwd: string, cache: RcCache): Outcome {
  const said: Said[] = [];
  const read = readText(file);
  if ('why' in read) return { said: [{ message: `cannot read ${relative(cwd, file) || file}: ${read.why}`, once: false }], unreadable: true };
  const display = toPosix(relative(cwd, file) || file);
  const first = lint(file, read.text, opts, cwd, cache, said);
  const done = opts.fix && first.detection.postmortem ? fix(file, display, read.text, first, opts, cwd, cache, said) : { text: read.text, analysis: first, fixes: 0 };
  return { said, linted: linted(file, display, done.text, done.analysis, done.fixes), analysis: done.analysis };
}

/** Standard input (never fixed), under the name it is shown by. */
export function lintStdin(file: string, display: string, text: string, opts: CliOptions, cwd: string, cache: RcCache): Outcome {
  const said: Said[] = [];
  const analysis = lint(file, text, opts, cwd, cache, said);
  return { said, linted: { ...linted(file, display, text, analysis, 0), stdin: true }, analysis };
}
