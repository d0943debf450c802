/**
 * postmortem-lint: the same service as the language server, for CI. Reads files, resolves
 * configuration exactly as the editor does (configForDocument), and prints findings, the
 * model, or the action items, and always what it checked (see HELP in cli/args.ts).
 * `main` runs in one thread; `run` (the command) may share the files among worker threads
 * (cli/pool.ts, cli/worker.ts) and writes what `main` writes. One file's work is
 * cli/lint-file.ts, the same in every thread.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseCli, HELP, STDIN, UsageError, type CliOptions } from './cli/args';
import { overlay, readConfigFile } from './cli/config-file';
import { expandFiles, type Expanded } from './cli/files';
import { docConfig, KNOWN_RULES, lintPath, lintStdin, toPosix, type Linted, type Outcome } from './cli/lint-file';
import { runPool } from './cli/pool';
import { fileSize, largestFirst, lintGroup, taskGroups } from './cli/groups';
import { cliWorkerData, serveIfCliWorker } from './cli/worker';
import { lineRoles, roleRuns } from './service/index';
import { toOneBased } from './cli/model-json';
import { RcCache, type Analysis } from './service/index';
import { ALL_RULES } from './service/index';
import { checkedLine, countSeverities, DEFAULT_WIDTH, formatReports, formatStylish, HOME, plural, ruleDocsUrl, VERSION, type FileReport } from './service/index';
import { printable } from './service/index';
import { profileProblems, ruleProblems, zoneProblems } from './cli/validate';
import { exportItems } from './service/index';

/** What the CLI reads besides its files: standard input, for `-` (tests give their own). */
export interface CliIo { readStdin(): string }
const processIo: CliIo = { readStdin: () => readFileSync(0, 'utf8') };
/** The name standard input is shown by (and the path its configuration is looked up from, in the working directory). */
const STDIN_NAME = '<stdin>';

/**
 * Writes what the files' outcomes say, in file order: each line of an rc file's problem once
 * per run (it applies to every file under it, but is one problem), the others as they come.
 */
function sayer(): (o: Outcome) => Outcome {
  const seen = new Set<string>();
  return (o) => {
    for (const { message, once } of o.said) {
      if (once) {
        if (seen.has(message)) continue;
        seen.add(message);
      }
      process.stderr.write(`postmortem-lint: ${message}\n`);
    }
    return o;
  };
}

/** `3 fixes in 2 files`, then one line per file changed. */
function fixSummary(loaded: readonly Linted[]): string[] {
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

/** A run's settings once the command line is read and checked, before any file is linted. */
interface Prepared {
  opts: CliOptions;
  cwd: string;
  expanded: Expanded;
  readsStdin: boolean;
  stdinFile: string;
  /** A directory or glob yielded nothing (exit 2 at the end, after the report). */
  failed: boolean;
  cache: RcCache;
}

/** Reads and checks the command line; a number is the exit code of a run that ends here. */
function prepare(argv: readonly string[], cwd: string): Prepared | number {
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
  const failed = expanded.empty.length > 0;
  for (const m of expanded.empty) usage(m);
  const cache = new RcCache();
  // `--profile` is checked against the profiles each file sees (rc files may define their own).
  const checked = readsStdin ? [stdinFile, ...expanded.files] : expanded.files;
  const known = new Map(checked.map((f) => [f === stdinFile ? STDIN_NAME : toPosix(relative(cwd, f) || f), Object.keys(docConfig(f, opts, cwd, cache).config.profiles)]));
  const profile = profileProblems(opts.overrides, known);
  if (profile.length > 0) { for (const m of profile) usage(m); return 2; }
  return { opts, cwd, expanded, readsStdin, stdinFile, failed, cache };
}

function stdinOutcome(p: Prepared, io: CliIo): Outcome[] {
  return p.readsStdin ? [lintStdin(p.stdinFile, STDIN_NAME, io.readStdin(), p.opts, p.cwd, p.cache)] : [];
}

/** The report, the summary lines and the exit code, from every file's outcome (in order). */
function finish(p: Prepared, outcomes: readonly Outcome[]): number {
  const { opts, cwd, expanded } = p;
  const failed = p.failed || outcomes.some((o) => 'unreadable' in o);
  const loaded = outcomes.flatMap((o) => ('linted' in o ? [o.linted] : []));
  // --print-model and --action-items run in the main thread only: they keep the analyses.
  const analysed = outcomes.flatMap((o): { l: Linted; a: Analysis }[] => ('linted' in o && o.analysis !== undefined ? [{ l: o.linted, a: o.analysis }] : []));
  let report = '';
  const emit = (s: string): void => { report += s; };
  if (opts.printModel) {
    const out = analysed.map(({ l, a }) => ({
      file: l.display,
      postmortem: a.detection.postmortem,
      reason: a.detection.reason,
      ...(toOneBased(a.model) as object),
      roles: toOneBased(roleRuns(lineRoles(a.model, a.lines))),
    }));
    emit(`${JSON.stringify(out, null, 2)}\n`);
  } else if (opts.actionItems) {
    const docs = analysed.filter(({ a }) => a.detection.postmortem).map(({ l, a }) => ({ file: l.display, title: a.model.title?.text ?? null, tasks: a.model.tasks, measures: a.model.measures }));
    emit(exportItems(docs, opts.actionItems));
  } else {
    const reports: FileReport[] = loaded.map((l) => ({ file: l.display, postmortem: l.postmortem, findings: l.findings, source: l.text }));
    // Files named one by one that detection passed over: say so, or the silence reads as "clean".
    const notes = loaded.filter((l) => (l.stdin === true || expanded.named.has(l.file)) && !l.postmortem)
      .map((l) => `${printable(l.display)}: not linted (${l.reason}); --force lints it as a postmortem.`);
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
  const counts = countSeverities(loaded.map((l) => ({ file: l.display, postmortem: true, findings: l.findings })));
  if (counts.error > 0) return 1;
  if (opts.maxWarnings !== null && counts.warning > opts.maxWarnings) {
    process.stderr.write(`postmortem-lint: ${plural(counts.warning, 'warning')}, more than --max-warnings ${opts.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** The whole run in this thread (the tests' entry; `run` is the command's). */
export function main(argv: readonly string[], cwd: string, io: CliIo = processIo): number {
  const p = prepare(argv, cwd);
  return typeof p === 'number' ? p : serial(p, io);
}

function serial(p: Prepared, io: CliIo): number {
  const say = sayer();
  const outcomes = stdinOutcome(p, io).map(say);
  for (const file of p.expanded.files) outcomes.push(say(lintPath(file, p.opts, p.cwd, p.cache)));
  return finish(p, outcomes);
}

/** Worker threads at most: each costs a bundle load and its own heap. */
const MAX_WORKERS = 4;
/**
 * Text a worker must have to pay for itself. A thread's first files run cold (the JIT warms
 * up, chrono compiles its patterns): measured on the corpus, a thread spends ~1 s more CPU on
 * its first 350 KB than on the next, and linting runs at ~1.6 us per byte once warm. A
 * worker starts in ~0.2 s, so a second thread saves wall time from ~250 KB of text on.
 */
const BYTES_PER_WORKER = 256 * 1024;


/**
 * How many worker threads lint beside the main thread: none for a few small files (a worker
 * costs more than it saves), for --print-model and --action-items (they keep whole
 * analyses), or where no core is idle (the load average); else one per idle core beyond
 * the first, per BYTES_PER_WORKER of text, at most MAX_WORKERS. POSTMORTEM_LINT_WORKERS=n
 * asks for n (0: none), whatever the files and the load.
 */
export function workerCount(p: { opts: CliOptions; files: readonly string[] }, env: NodeJS.ProcessEnv, cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  if (p.opts.printModel || p.opts.actionItems !== null || p.files.length < 2) return 0;
  const asked = env.POSTMORTEM_LINT_WORKERS;
  if (asked !== undefined && /^\d+$/.test(asked)) return Math.min(Number(asked), p.files.length - 1);
  // Where the cores are busy, a worker costs its warm-up in CPU and saves nothing (make -l's
  // rule): one per idle core beyond the first.
  const spare = Math.floor(cores - load) - 1;
  if (spare < 1) return 0;
  const bytes = p.files.reduce((n, f) => n + fileSize(f), 0);
  return Math.min(spare, MAX_WORKERS, Math.floor(bytes / BYTES_PER_WORKER), p.files.length - 1);
}

/**
 * The command: as `main`, with the files shared among worker threads when there are many
 * (workerCount). Output, stderr and exit code are those of `main`: outcomes are put back in
 * file order and what they say is written in that order; a file a worker did not finish
 * (it failed or died) is linted here, and the failure is reported.
 */
export async function run(argv: readonly string[], cwd: string, io: CliIo = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const p = prepare(argv, cwd);
  if (typeof p === 'number') return p;
  const files = p.expanded.files;
  const size = workerCount({ opts: p.opts, files }, env);
  if (size === 0) return serial(p, io);
  const first = stdinOutcome(p, io);
  const groups = largestFirst(taskGroups(files, p.opts.fix), files);
  const pool = await runPool<Outcome[]>({
    script: __filename,
    size: Math.min(size, groups.length - 1),
    count: groups.length,
    data: cliWorkerData({ files, groups, opts: p.opts, cwd }),
    here: (g) => lintGroup(files, groups[g] ?? [], p.opts, cwd, p.cache),
    describe: (g) => toPosix(relative(cwd, files[groups[g]?.[0] ?? -1] ?? '')),
  });
  const byFile = new Map<number, Outcome>();
  pool.results.forEach((outcomes, g) => outcomes?.forEach((o, k) => byFile.set(groups[g]?.[k] ?? -1, o)));
  const say = sayer();
  const outcomes = first.map(say);
  // In file order; what no worker finished is linted here, as `main` would.
  files.forEach((file, i) => outcomes.push(say(byFile.get(i) ?? lintPath(file, p.opts, cwd, p.cache))));
  for (const f of pool.failures) usage(`${f} (its files were linted in the main thread)`);
  return finish(p, outcomes);
}

if (!serveIfCliWorker() && require.main === module) {
  run(process.argv.slice(2), process.cwd()).then((code) => { process.exitCode = code; }, (e: unknown) => {
    process.stderr.write(`postmortem-lint: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  });
}
