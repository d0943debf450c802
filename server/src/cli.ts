/**
 * postmortem-lint: the same service as the language server, for CI. Reads files, resolves
 * configuration exactly as the editor does (configForDocument), and prints findings, the
 * model, or the action items.
 */
import { lstatSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { parseCli, HELP, UsageError, type CliOptions } from './cli/args';
import { expandFiles } from './cli/files';
import { lineRoles, roleRuns } from './service/model/roles';
import { toOneBased } from './cli/model-json';
import { analyze, overBudget, type Analysis } from './service/analysis';
import { sizeLabel } from './service/rules/structure/file-too-large';
import { configForDocument, RcCache } from './service/config/index';
import { ALL_RULES, RULES_BY_NAME } from './service/rules/index';
import { formatReports, type FileReport } from './service/format/index';
import { fixAllEdits, applyEdits } from './service/fixes/fix-all';
import { exportItems } from './service/export/index';
import { nodeFileSystem } from './settings';

const VERSION = '0.1.0';
export const DOCS_BASE = 'https://example.invalid/postmortem-lint/docs/rules/';

interface Loaded { file: string; display: string; text: string; analysis: Analysis }

function toPosix(p: string): string { return p.split(sep).join('/'); }

function lintFile(file: string, text: string, opts: CliOptions, cwd: string, cache: RcCache): Analysis {
  const inCwd = !relative(cwd, file).startsWith('..');
  const { config, problems } = configForDocument(toPosix(file), { workspaceRoot: inCwd ? toPosix(cwd) : null, cliOverrides: opts.overrides, cache, knownRules: new Set(RULES_BY_NAME.keys()) }, nodeFileSystem);
  for (const p of problems) process.stderr.write(`postmortem-lint: ${p.source}: ${p.path ? `${p.path}: ` : ''}${p.message}\n`);
  const analysis = analyze(text, {
    path: toPosix(inCwd ? relative(cwd, file) : relative(dirname(file), file)),
    config,
    forced: opts.force,
    docsUrl: (rule) => `${DOCS_BASE}${rule}.md`,
    onRuleError: (rule, e) => process.stderr.write(`postmortem-lint: rule ${rule} failed on ${file}: ${e instanceof Error ? e.message : String(e)}\n`),
  });
  // The size budget, as in the editor: the file is not parsed (analyze reports file-too-large).
  if (analysis.detection.postmortem && overBudget(text, config)) process.stderr.write(`postmortem-lint: not linted: ${toPosix(relative(cwd, file) || file)} is ${sizeLabel(text.length)}, over maxFileSize (${sizeLabel(config.maxFileSize * 1024)}); set "maxFileSize" (kilobytes) in .postmortemrc.json to lint it\n`);
  return analysis;
}

function fixFile(l: Loaded, opts: CliOptions, cwd: string, cache: RcCache): Loaded {
  let text = l.text;
  let analysis = l.analysis;
  // Fixes can uncover others (a heading made real becomes a section): a few passes converge.
  for (let pass = 0; pass < 5; pass++) {
    const edits = fixAllEdits(analysis.findings);
    if (edits.length === 0) break;
    text = applyEdits(text, edits, (p) => analysis.source.offsetAt(p));
    analysis = lintFile(l.file, text, opts, cwd, cache);
  }
  if (text !== l.text) {
    // A link may point outside the tree being fixed: it is reported, never written through.
    if (isLink(l.file)) {
      process.stderr.write(`postmortem-lint: not fixed: ${l.display} is a link (--fix never writes through one)\n`);
      return l;
    }
    writeFileSync(l.file, text);
  }
  return { ...l, text, analysis };
}

function isLink(file: string): boolean {
  try { return lstatSync(file).isSymbolicLink(); } catch { return false; }
}

export function main(argv: readonly string[], cwd: string): number {
  let opts: CliOptions;
  try {
    opts = parseCli(argv, process.stdout.isTTY === true);
    if (opts.help) { process.stdout.write(`${HELP}\n`); return 0; }
    if (opts.version) { process.stdout.write(`${VERSION}\n`); return 0; }
    if (opts.files.length === 0) throw new UsageError('No files given.');
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`postmortem-lint: ${e.message}\n\n${HELP}\n`); return 2; }
    throw e;
  }
  let files: string[];
  try { files = expandFiles(opts.files, cwd); } catch (e) {
    process.stderr.write(`postmortem-lint: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const cache = new RcCache();
  const loaded: Loaded[] = [];
  let unreadable = false;
  for (const file of files) {
    let text: string;
    try { text = readFileSync(file, 'utf8'); } catch (e) {
      const code = (e as { code?: string }).code;
      process.stderr.write(`postmortem-lint: cannot read ${relative(cwd, file) || file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e instanceof Error ? e.message : String(e))}\n`);
      unreadable = true;
      continue;
    }
    let l: Loaded = { file, display: toPosix(relative(cwd, file) || file), text, analysis: lintFile(file, text, opts, cwd, cache) };
    if (opts.fix && l.analysis.detection.postmortem) l = fixFile(l, opts, cwd, cache);
    loaded.push(l);
  }
  if (opts.printModel) {
    const out = loaded.map((l) => ({
      file: l.display,
      postmortem: l.analysis.detection.postmortem,
      reason: l.analysis.detection.reason,
      ...(toOneBased(l.analysis.model) as object),
      roles: toOneBased(roleRuns(lineRoles(l.analysis.model, l.analysis.lines))),
    }));
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else if (opts.actionItems) {
    const docs = loaded.filter((l) => l.analysis.detection.postmortem).map((l) => ({ file: l.display, title: l.analysis.model.title?.text ?? null, tasks: l.analysis.model.tasks, measures: l.analysis.model.measures }));
    process.stdout.write(exportItems(docs, opts.actionItems));
  } else {
    const reports: FileReport[] = loaded.map((l) => ({ file: l.display, postmortem: l.analysis.detection.postmortem, findings: l.analysis.findings, source: l.text }));
    const out = formatReports(opts.format, reports, ALL_RULES.map((r) => r.meta), {
      stylish: { color: opts.color, ...(opts.fix ? {} : { fixOption: '--fix' }) },
      sarif: { informationUri: DOCS_BASE.replace(/docs\/rules\/$/, ''), toolName: 'postmortem-lint', toolVersion: VERSION, cwd: toPosix(cwd), ruleDocsUrl: (rule) => `${DOCS_BASE}${rule}.md` },
      json: { pretty: false },
    });
    if (out !== '') process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
  }
  if (unreadable) return 2;
  return loaded.some((l) => l.analysis.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2), process.cwd());
  } catch (e) {
    process.stderr.write(`postmortem-lint: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  }
}
