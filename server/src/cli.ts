/**
 * postmortem-lint: the same service as the language server, for CI. Reads files, resolves
 * configuration exactly as the editor does (configForDocument), and prints findings, the
 * model, or the action items, and always what it checked (see HELP in cli/args.ts).
 */
import { lstatSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseCli, HELP, STDIN, UsageError, type CliOptions } from './cli/args';
import { overlay, readConfigFile } from './cli/config-file';
import { expandFiles } from './cli/files';
import { lineRoles, roleRuns } from './service/index';
import { toOneBased } from './cli/model-json';
import { analyze, overBudget, type Analysis } from './service/index';
import { sizeLabel } from './service/index';
import { configForDocument, RcCache } from './service/index';
import { ALL_RULES, RULES_BY_NAME } from './service/index';
import { checkedLine, countSeverities, DEFAULT_WIDTH, formatReports, formatStylish, HOME, plural, ruleDocsUrl, VERSION, type FileReport } from './service/index';
import { printable } from './service/index';
import { profileProblems, ruleProblems, zoneProblems } from './cli/validate';
import { fixAllEdits, applyEdits } from './service/index';
import { exportItems } from './service/index';
import { nodeConfigFileSystem as nodeFileSystem } from './node/fs';

interface Loaded { file: string; display: string; text: string; analysis: Analysis; fixes: number; stdin?: boolean }

/** What the CLI reads besides its files: standard input, for `-` (tests give their own). */
export interface CliIo { readStdin(): string }
const processIo: CliIo = { readStdin: () => readFileSync(0, 'utf8') };
/** The name standard input is shown by (and the path its configuration is looked up from, in the working directory). */
const STDIN_NAME = '<stdin>';

function toPosix(p: string): string { return p.split(sep).join('/'); }

const KNOWN_RULES: ReadonlySet<string> = new Set(RULES_BY_NAME.keys());

/** Each line once per run: an rc file's problem applies to every file under it, but is one problem. */
function onceWriter(): (line: string) => void {
  const seen = new Set<string>();
  return (line) => {
    if (seen.has(line)) return;
    seen.add(line);
    process.stderr.write(`postmortem-lint: ${line}\n`);
  };
}

function docConfig(file: string, opts: CliOptions, cwd: string, cache: RcCache) {
  const inCwd = !relative(cwd, file).startsWith('..');
  return { inCwd, ...configForDocument(toPosix(file), { workspaceRoot: inCwd ? toPosix(cwd) : null, cliOverrides: opts.overrides, cache, knownRules: KNOWN_RULES }, nodeFileSystem) };
}

function lintFile(file: string, text: string, opts: CliOptions, cwd: string, cache: RcCache, warn: (line: string) => void): Analysis {
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
    onRuleError: (rule, e) => process.stderr.write(`postmortem-lint: rule ${rule} failed on ${file}: ${e instanceof Error ? e.message : String(e)}\n`),
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

function fixFile(l: Loaded, opts: CliOptions, cwd: string, cache: RcCache, warn: (line: string) => void): Loaded {
  let text = l.text;
  let analysis = l.analysis;
  let fixes = 0;
  // Fixes can uncover others (a heading made real becomes a section): a few passes converge.
  for (let pass = 0; pass < 5; pass++) {
    const edits = fixAllEdits(analysis.findings);
    if (edits.length === 0) break;
    fixes += countFixes(analysis.findings, edits);
    text = applyEdits(text, edits, (p) => analysis.source.offsetAt(p));
    analysis = lintFile(l.file, text, opts, cwd, cache, warn);
  }
  if (text !== l.text) {
    // A link may point outside the tree being fixed: it is reported, never written through.
    if (isLink(l.file)) {
      process.stderr.write(`postmortem-lint: not fixed: ${l.display} is a link (--fix never writes through one)\n`);
      return l;
    }
    writeFileSync(l.file, text);
  }
  return { ...l, text, analysis, fixes: text === l.text ? 0 : fixes };
}

function isLink(file: string): boolean {
  try { return lstatSync(file).isSymbolicLink(); } catch { return false; }
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

/** `3 fixes in 2 files`, then one line per file changed. */
function fixSummary(loaded: readonly Loaded[]): string[] {
  const fixed = loaded.filter((l) => l.fixes > 0);
  const total = fixed.reduce((n, l) => n + l.fixes, 0);
  const fixes = (n: number) => `${n} ${n === 1 ? 'fix' : 'fixes'}`;
  if (total === 0) return ['--fix: nothing to fix'];
  return [`--fix: ${fixes(total)} in ${plural(fixed.length, 'file')}`, ...fixed.map((l) => `  ${printable(l.display)}: ${fixes(l.fixes)}`)];
}

function usage(message: string): number {
  process.stderr.write(`postmortem-lint: ${message}\n`);
  return 2;
}

export function main(argv: readonly string[], cwd: string, io: CliIo = processIo): number {
  let opts: CliOptions;
  try {
    opts = parseCli(argv, process.stdout.isTTY === true);
    if (opts.help) { process.stdout.write(`${HELP}\n`); return 0; }
    if (opts.version) { process.stdout.write(`${VERSION}\n`); return 0; }
    if (opts.files.length === 0) throw new UsageError('No files given.');
    if (opts.fix && opts.files.includes(STDIN)) throw new UsageError('--fix writes files: it cannot fix standard input (`-`).');
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`postmortem-lint: ${e.message}\n\n${HELP}\n`); return 2; }
    throw e;
  }
  const named = [...ruleProblems(opts.overrides, KNOWN_RULES), ...zoneProblems(opts.overrides)];
  if (named.length > 0) { for (const m of named) usage(m); return 2; }
  if (opts.configFile !== null) {
    try {
      const read = readConfigFile(resolve(cwd, opts.configFile), opts.configFile, KNOWN_RULES);
      for (const w of read.warnings) usage(w);
      opts = { ...opts, overrides: overlay(read.config, opts.overrides) };
    } catch (e) {
      if (e instanceof UsageError) return usage(e.message);
      throw e;
    }
  }
  // The report is written to stdout or to --output's file; a file gets no colour.
  if (opts.output !== null) opts = { ...opts, color: false };
  const readsStdin = opts.files.includes(STDIN);
  const expanded = expandFiles(opts.files.filter((f) => f !== STDIN), cwd);
  const stdinFile = join(cwd, STDIN_NAME);
  let failed = expanded.empty.length > 0;
  for (const m of expanded.empty) usage(m);
  const cache = new RcCache();
  // `--profile` is checked against the profiles each file sees (rc files may define their own).
  const checked = readsStdin ? [stdinFile, ...expanded.files] : expanded.files;
  const known = new Map(checked.map((f) => [f === stdinFile ? STDIN_NAME : toPosix(relative(cwd, f) || f), Object.keys(docConfig(f, opts, cwd, cache).config.profiles)]));
  const profile = profileProblems(opts.overrides, known);
  if (profile.length > 0) { for (const m of profile) usage(m); return 2; }
  const warn = onceWriter();
  const loaded: Loaded[] = [];
  if (readsStdin) {
    const text = io.readStdin();
    loaded.push({ file: stdinFile, display: STDIN_NAME, text, analysis: lintFile(stdinFile, text, opts, cwd, cache, warn), fixes: 0, stdin: true });
  }
  for (const file of expanded.files) {
    const read = readText(file);
    if ('why' in read) {
      usage(`cannot read ${relative(cwd, file) || file}: ${read.why}`);
      failed = true;
      continue;
    }
    const text = read.text;
    let l: Loaded = { file, display: toPosix(relative(cwd, file) || file), text, analysis: lintFile(file, text, opts, cwd, cache, warn), fixes: 0 };
    if (opts.fix && l.analysis.detection.postmortem) l = fixFile(l, opts, cwd, cache, warn);
    loaded.push(l);
  }
  let report = '';
  const emit = (s: string): void => { report += s; };
  if (opts.printModel) {
    const out = loaded.map((l) => ({
      file: l.display,
      postmortem: l.analysis.detection.postmortem,
      reason: l.analysis.detection.reason,
      ...(toOneBased(l.analysis.model) as object),
      roles: toOneBased(roleRuns(lineRoles(l.analysis.model, l.analysis.lines))),
    }));
    emit(`${JSON.stringify(out, null, 2)}\n`);
  } else if (opts.actionItems) {
    const docs = loaded.filter((l) => l.analysis.detection.postmortem).map((l) => ({ file: l.display, title: l.analysis.model.title?.text ?? null, tasks: l.analysis.model.tasks, measures: l.analysis.model.measures }));
    emit(exportItems(docs, opts.actionItems));
  } else {
    const reports: FileReport[] = loaded.map((l) => ({ file: l.display, postmortem: l.analysis.detection.postmortem, findings: l.analysis.findings, source: l.text }));
    // Files named one by one that detection passed over: say so, or the silence reads as "clean".
    const notes = loaded.filter((l) => (l.stdin === true || expanded.named.has(l.file)) && !l.analysis.detection.postmortem)
      .map((l) => `${printable(l.display)}: not linted (${l.analysis.detection.reason}); --force lints it as a postmortem.`);
    const human = [...notes, ...(opts.fix ? fixSummary(loaded) : [])];
    if (opts.format === 'stylish') {
      const width = process.stdout.isTTY === true && process.stdout.columns ? Math.min(process.stdout.columns, 120) : DEFAULT_WIDTH;
      emit(formatStylish(reports, { color: opts.color, width, quiet: opts.quiet, ...(opts.fix ? {} : { fixOption: '--fix' }) }));
      if (human.length > 0) emit(`${human.join('\n')}\n`);
    } else {
      // Machine formats keep stdout to the format alone. JSON and SARIF hold what was checked
      // (each file, postmortem or not), so stderr carries only what needs attention: notes and
      // what --fix changed. `github` output is read in a CI log, so its summary goes to stderr.
      const shown = opts.quiet ? reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : reports;
      const out = formatReports(opts.format, shown, ALL_RULES.map((r) => r.meta), {
        sarif: { informationUri: HOME, toolName: 'postmortem-lint', toolVersion: VERSION, cwd: toPosix(cwd), ruleDocsUrl },
        json: { pretty: false },
      });
      if (out !== '') emit(out.endsWith('\n') ? out : `${out}\n`);
      const lines = [...(opts.format === 'github' ? [checkedLine(reports)] : []), ...human];
      if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
    }
  }
  if (opts.output === null) process.stdout.write(report);
  else {
    try { writeFileSync(resolve(cwd, opts.output), report); } catch (e) {
      return usage(`cannot write --output ${opts.output}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (failed) return 2;
  const counts = countSeverities(loaded.map((l) => ({ file: l.display, postmortem: true, findings: l.analysis.findings })));
  if (counts.error > 0) return 1;
  if (opts.maxWarnings !== null && counts.warning > opts.maxWarnings) {
    process.stderr.write(`postmortem-lint: ${plural(counts.warning, 'warning')}, more than --max-warnings ${opts.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2), process.cwd());
  } catch (e) {
    process.stderr.write(`postmortem-lint: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  }
}
