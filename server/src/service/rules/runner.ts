/**
 * Runs the rules over one analysed document. Identity is stamped here, centrally: rule
 * name, configured severity and docs link are added to every report, so no rule can forget
 * them. A rule that throws is reported once as an internal error instead of crashing the
 * server. A malformed fix (a range outside the text or ending before it starts, overlapping
 * edits) is dropped and reported the same way, so no client ever receives one.
 */
import type { SourceText } from '../text/source-text';
import type { Item, Postmortem, TimelineEntry } from '../model/schema';
import type { DocumentLines } from '../parse/document-lines';
import type { ResolvedConfig } from '../config/schema';
import type { Derived } from '../derive/index';
import type { Finding, Fix, Report, Rule, RuleContext, RuleReads, Severity } from './types';
import { fixProblem } from './fixes/well-formed';
import { dirtyWindow, type ModelReuse } from '../model/incremental';
import { deepEqual, detachStrings, equalShifted, lineMap, shiftLines, type LineEdit } from '../model/incremental-lines';

export interface RunOptions {
  /** A rule's docs link (the same for a rule every time it is asked: it is remembered). */
  docsUrl: (rule: string) => string;
  /** Inline suppression; the runner drops findings it silences. */
  isSuppressed?: (rule: string, line: number) => boolean;
  onRuleError?: (rule: string, error: unknown) => void;
}

export function severityOf(rule: Rule, config: ResolvedConfig): Severity | 'off' {
  return config.rules[rule.meta.name] ?? rule.meta.defaultSeverity;
}

/** One step down: error -> warning -> info -> hint. */
function lower(s: Severity): Severity {
  return s === 'error' ? 'warning' : s === 'warning' ? 'info' : 'hint';
}

export interface RunInput {
  model: Postmortem;
  lines: DocumentLines;
  source: SourceText;
  config: ResolvedConfig;
  derived: Derived;
  /** The document's path (relative, POSIX), or null for an untitled document. */
  path?: string | null;
}

export function runRules(input: RunInput, rules: readonly Rule[], opts: RunOptions): Finding[] {
  return runRulesKeeping(input, rules, opts, null).findings;
}

/**
 * The findings of the version before, for a run that may keep some of them: `reuse` says
 * what the model took over from that version, `findings` are its rules' findings before
 * suppression (by rule name), made under the same configuration.
 */
export interface PreviousRun {
  reuse: ModelReuse;
  findings: ReadonlyMap<string, readonly Finding[]>;
}

export interface Run {
  /** The findings to report: suppressed ones dropped, sorted by position. */
  findings: Finding[];
  /** Every rule's findings before suppression, for the next version's run. */
  byRule: Map<string, Finding[]>;
}

/** The order findings are reported in: by position, then by rule name. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.localeCompare(b.rule);
}

/**
 * `runRules`, keeping what the version before found where the edit cannot have changed it
 * (see RuleReads): a `lines` rule runs over the edited lines alone, a `timeline` or `items`
 * rule not at all when what it reads is unchanged.
 */
export function runRulesKeeping(input: RunInput, rules: readonly Rule[], opts: RunOptions, previous: PreviousRun | null): Run {
  const byRule = new Map<string, Finding[]>();
  const findings: Finding[] = [];
  const plan = previous ? planReuse(input.model, previous.reuse) : null;
  for (const rule of rules) {
    const severity = severityOf(rule, input.config);
    if (severity === 'off') continue;
    const name = rule.meta.name;
    for (const c of checksOf(rule)) {
      const before = previous?.findings.get(c.key);
      const found = before && plan ? rerun(c, severity, input, opts, before, plan) : check(c, severity, input, opts, null);
      byRule.set(c.key, found);
      for (const f of found) if (!opts.isSuppressed?.(name, f.range.start.line)) findings.push(f);
    }
  }
  findings.sort(compareFindings);
  return { findings, byRule };
}

/**
 * What the runner runs and keeps findings by: the rule itself, or each of its parts (under
 * the rule's name and the part's place: `byRule` is the runner's own, read by the next run).
 */
interface Check {
  name: string;
  key: string;
  reads: readonly RuleReads[];
  check: Rule['check'];
}

const checks = new WeakMap<Rule, readonly Check[]>();

function checksOf(rule: Rule): readonly Check[] {
  let known = checks.get(rule);
  if (!known) {
    const name = rule.meta.name;
    known = rule.parts
      ? rule.parts.map((part, i) => ({ name, key: `${name}#${i}`, reads: part.reads, check: part.check }))
      : [{ name, key: name, reads: rule.meta.reads ?? ['document'], check: rule.check }];
    checks.set(rule, known);
  }
  return known;
}

/**
 * Each rule's docs link, by the function that makes it: the host's (a file URL built from a
 * path) cost ~0.15 ms a keystroke, once per rule run.
 */
const links = new WeakMap<(rule: string) => string, Map<string, string>>();

function docsUrlOf(make: (rule: string) => string, rule: string): string {
  let known = links.get(make);
  if (!known) links.set(make, (known = new Map()));
  let url = known.get(rule);
  if (url === undefined) known.set(rule, (url = make(rule)));
  return url;
}

/** The findings of a check: all of them, or (given a window of lines) those starting there. */
function check(rule: Check, severity: Severity, input: RunInput, opts: RunOptions, window: LineWindow | null): Finding[] {
  const name = rule.name;
  const docsUrl = docsUrlOf(opts.docsUrl, name);
  const out: Finding[] = [];
  const ctx: RuleContext = {
    model: input.model,
    // A finding on a line of the window rests on that line and the lines beside it: the view
    // shows one line more on each side than the findings kept from it.
    lines: window ? linesWindow(input.lines, { from: window.from - 1, to: window.to + 1 }) : input.lines,
    source: input.source,
    config: input.config,
    derived: input.derived,
    path: input.path ?? null,
    report(r: Report) {
      const { uncertain, ...rest } = r;
      const fixes: Fix[] = [];
      for (const fix of r.fixes ?? []) {
        const problem = fixProblem(fix, input.source);
        if (problem === null) fixes.push(fix);
        else opts.onRuleError?.(name, new Error(`malformed fix dropped ("${fix.title}"): ${problem}`));
      }
      out.push({ ...rest, rule: name, severity: uncertain ? lower(severity) : severity, fixes, docsUrl });
    },
  };
  try {
    rule.check(ctx);
  } catch (e) {
    opts.onRuleError?.(name, e);
  }
  return window ? out.filter((f) => inWindow(f.range.start.line, window)) : out;
}

interface LineWindow { from: number; to: number }

function inWindow(line: number, w: LineWindow): boolean {
  return line >= w.from && line < w.to;
}

/** The document's lines with only those of the window present (a `lines` rule reads no other). */
function linesWindow(lines: DocumentLines, w: LineWindow): DocumentLines {
  const view: DocumentLines = Object.create(lines) as DocumentLines;
  Object.defineProperty(view, 'at', { value: (line: number) => (inWindow(line, w) ? lines.at(line) : undefined) });
  const present = { from: Math.max(0, w.from), to: Math.max(Math.max(0, w.from), Math.min(lines.length, w.to)) };
  Object.defineProperty(view, 'present', { value: () => present });
  return view;
}

/** What of the version before a run may keep. */
interface ReusePlan {
  edit: LineEdit;
  /** The title, front matter, sections, fields, summary and zones are unchanged (no line moved). */
  documentSame: boolean;
  timelineSame: boolean;
  /** The entries' times are unchanged (their text or extent may not be). */
  timesSame: boolean;
  itemsSame: boolean;
  /**
   * The lines a `lines` rule reads again: the edited ones and their neighbours, and those of
   * every item read differently (a table's header row edited changes its rows' cells).
   */
  linesWindow: LineWindow;
}

/** The lines (new numbers) of items of `next` that are not those of `prev` moved, and of those gone. */
function changedItems(next: readonly Item[], prev: readonly Item[], map: (line: number) => number, into: LineWindow): void {
  if (next === prev) return;
  const before = new Map<number, Item>();
  for (const it of prev) before.set(map(it.line), it);
  const add = (from: number, to: number): void => {
    into.from = Math.min(into.from, from);
    into.to = Math.max(into.to, to);
  };
  for (const it of next) {
    const was = before.get(it.line);
    before.delete(it.line);
    if (was !== it && !(was && equalShifted(it, was, map))) add(it.line, it.endLine + 1);
  }
  for (const [line, it] of before) if (line >= 0) add(line, Math.max(line, map(it.endLine)) + 1);
}

/** What of an entry a `times` rule does not read. */
const NOT_TIMES: ReadonlySet<string> = new Set(['text', 'textRange', 'endLine']);

/** Entry by entry, the same times (the same objects, mostly: an edit re-reads a few). */
function sameTimes(a: readonly TimelineEntry[], b: readonly TimelineEntry[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (!x || !y) return false;
    const keys = Object.keys(x).filter((k) => !NOT_TIMES.has(k));
    if (keys.length !== Object.keys(y).filter((k) => !NOT_TIMES.has(k)).length) return false;
    for (const k of keys) if (!deepEqual((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** The same objects in the same order (the model keeps unchanged sections as they were). */
function sameObjects<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** One plan per model (the stepped analysis runs its rules in several groups). */
const plans = new WeakMap<Postmortem, ReusePlan>();

function planReuse(model: Postmortem, reuse: ModelReuse): ReusePlan {
  const known = plans.get(model);
  if (known?.edit === reuse.edit) return known;
  const plan = makePlan(model, reuse);
  plans.set(model, plan);
  return plan;
}

function makePlan(model: Postmortem, reuse: ModelReuse): ReusePlan {
  const p = reuse.previous;
  const documentSame = sameObjects(model.sections, p.sections) && sameObjects(model.fields, p.fields) && deepEqual(model.title, p.title)
    && deepEqual(model.frontMatter, p.frontMatter) && deepEqual(model.summary, p.summary)
    && deepEqual(model.allTimesZone, p.allTimesZone) && deepEqual(model.tableZone, p.tableZone);
  const map = lineMap(reuse.edit);
  const linesWindow = { ...dirtyWindow(reuse.edit) };
  changedItems(model.tasks, p.tasks, map, linesWindow);
  changedItems(model.measures, p.measures, map, linesWindow);
  return {
    edit: reuse.edit,
    linesWindow,
    documentSame,
    timelineSame: model.timeline === p.timeline && model.untimedEntries === p.untimedEntries,
    timesSame: documentSame && sameTimes(model.timeline, p.timeline),
    itemsSame: model.tasks === p.tasks && model.measures === p.measures,
  };
}

function rerun(rule: Check, severity: Severity, input: RunInput, opts: RunOptions, before: readonly Finding[], plan: ReusePlan): Finding[] {
  const reads = rule.reads;
  if (reads.includes('lines')) {
    const edit = plan.edit;
    const w = plan.linesWindow;
    // The same lines before the edit: the window holds all of it, so only its end moves.
    const old = { from: w.from, to: w.to - (edit.newEnd - edit.oldEnd) };
    const map = lineMap(edit);
    const kept = before.filter((f) => !inWindow(f.range.start.line, old)).map((f) => (f.range.start.line >= edit.oldEnd && edit.newEnd !== edit.oldEnd ? shiftLines(f, map) : f));
    const found = check(rule, severity, input, opts, w);
    // Kept by the versions after this one: they must not hold this version's text.
    detachStrings(found);
    return [...kept, ...found];
  }
  const same = !reads.includes('document') && plan.documentSame
    && (!reads.includes('timeline') || plan.timelineSame) && (!reads.includes('times') || plan.timesSame)
    && (!reads.includes('items') || plan.itemsSame);
  return same ? [...before] : check(rule, severity, input, opts, null);
}
