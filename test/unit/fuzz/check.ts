/**
 * One fuzzed document through everything that has a pure entry point: analysis, fix-all to
 * convergence, completion, hover, step hints, the figures lens, the figures, the preview
 * data and HTML, the task toggle, the action-item export and the CLI's output formats
 * (stylish, JSON, SARIF, GitHub). Returns the problems found
 * (empty: the document passed); an exception anywhere is a problem, not a crash.
 */
import { analyze, type Analysis } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import { applyEdits, fixAllEdits } from '../../../server/src/service/rules/fixes/fix-all';
import { rangeProblem as badRange } from '../../../server/src/service/rules/fixes/well-formed';
import { ALL_RULES } from '../../../server/src/service/rules/index';
import { completionsAt } from '../../../server/src/service/language/completion/index';
import { timelineHover, timelineStepHints, figuresLens } from '../../../server/src/service/language/views';
import { computeFigures, figuresSummary } from '../../../server/src/service/derive/figures/index';
import { previewFromAnalysis } from '../../../server/src/service/outputs/preview/from-model';
import { PreviewDataSchema } from '../../../server/src/service/outputs/preview/data';
import { renderPreviewHtml } from '../../../client/src/preview/render/render';
import { toggleTaskEdit } from '../../../server/src/service/language/toggle-task';
import { exportItems } from '../../../server/src/service/outputs/export/index';
import { FORMAT_NAMES, formatReports } from '../../../server/src/service/outputs/format/index';
import { comparePositions, type Range, type SourceText, type TextEdit } from '../../../server/src/service/text/source-text';
import { lostLinks, lostWords } from './preserve';

const config = resolveConfig([]);
const RULE_METAS = ALL_RULES.map((r) => r.meta);
/** The CLI's --fix runs at most this many passes; fix-all must converge within them. */
const MAX_PASSES = 5;

function lint(text: string, errors: string[]): Analysis {
  return analyze(text, { path: 'postmortems/fuzz.md', config, forced: true, onRuleError: (rule, e) => errors.push(`rule ${rule}: ${e instanceof Error ? e.message : String(e)}`) });
}

function rangeProblem(r: Range, source: SourceText, what: string): string | null {
  const p = badRange(r, source);
  return p ? `${what} ${JSON.stringify(r)}: ${p}` : null;
}

/**
 * Fix-all applied pass by pass until nothing is fixable (the CLI's --fix loop); every pass
 * keeps words and links. Converging within the CLI's passes is the idempotence property:
 * the last pass found nothing to fix in the result, so fix-all twice equals fix-all once.
 */
function fixAll(first: Analysis, problems: string[]): string | null {
  let cur = first.source.text;
  let a = first;
  for (let pass = 0; pass <= MAX_PASSES; pass++) {
    if (pass > 0) {
      const errors: string[] = [];
      a = lint(cur, errors);
      problems.push(...errors.map((e) => `fix pass ${pass}: ${e}`));
    }
    const edits: TextEdit[] = fixAllEdits(a.findings);
    if (edits.length === 0) return cur;
    if (pass === MAX_PASSES) {
      problems.push(`fix-all did not converge in ${MAX_PASSES} passes: still ${edits.length} edit(s), e.g. ${JSON.stringify(edits[0])}`);
      return null;
    }
    const next = applyEdits(cur, edits, (p) => a.source.offsetAt(p));
    const words = lostWords(cur, next);
    if (words.length) problems.push(`fix pass ${pass} lost words ${JSON.stringify(words.slice(0, 8))} (rules ${fixRules(a, edits)})`);
    const links = lostLinks(cur, next);
    if (links.length) problems.push(`fix pass ${pass} lost links/images ${JSON.stringify(links.slice(0, 4))} (rules ${fixRules(a, edits)})`);
    if (words.length || links.length) return null;
    cur = next;
  }
  return cur;
}

function fixRules(a: Analysis, edits: readonly TextEdit[]): string {
  const set = new Set(edits);
  return [...new Set(a.findings.filter((f) => f.fixes.some((x) => x.edits.some((e) => set.has(e)))).map((f) => f.rule))].join(',');
}

/** A few positions on each of some lines: line starts and ends, and a middle. */
function positions(source: SourceText, seed: number): { line: number; character: number }[] {
  const out: { line: number; character: number }[] = [];
  const n = source.lineCount;
  for (let k = 0; k < Math.min(n, 12); k++) {
    const line = (seed + k * 7919) % n;
    const len = source.lineAt(line).length;
    out.push({ line, character: 0 }, { line, character: len }, { line, character: (seed + k) % (len + 1) });
  }
  return out;
}

function features(a: Analysis, seed: number, problems: string[]): void {
  const input = { analysis: a, rules: RULE_METAS, workspaceOwners: ['oncall'], snippets: { snippetSupport: seed % 2 === 0, variables: { CURRENT_YEAR: '2024', CURRENT_MONTH: '03', CURRENT_DATE: '04' } } };
  for (const pos of positions(a.source, seed)) {
    for (const trigger of [{ kind: 'invoked' as const }, { kind: 'character' as const, character: '@' }]) {
      for (const c of completionsAt(input, pos, trigger)) {
        const p = rangeProblem(c.range, a.source, `completion ${c.label}`);
        if (p) problems.push(p);
        if (c.range.start.line !== pos.line || c.range.end.line !== pos.line) problems.push(`completion ${c.label} spans other lines than ${pos.line}`);
      }
    }
    const h = timelineHover(a, pos);
    if (h) {
      const p = rangeProblem(h.range, a.source, 'hover');
      if (p) problems.push(p);
      if (comparePositions(h.range.start, pos) > 0 || comparePositions(pos, h.range.end) > 0) problems.push(`hover range ${JSON.stringify(h.range)} does not hold ${JSON.stringify(pos)}`);
    }
  }
  for (const hint of timelineStepHints(a)) {
    const p = rangeProblem({ start: hint.position, end: hint.position }, a.source, 'step hint');
    if (p) problems.push(p);
  }
  const lens = figuresLens(a);
  if (lens && (lens.line < 0 || lens.line >= a.source.lineCount)) problems.push(`figures lens on line ${lens.line}`);
  figuresSummary(computeFigures(a.model, config));
  const data = previewFromAnalysis('file:///fuzz.md', 1, a);
  const parsedData = PreviewDataSchema.safeParse(data);
  if (!parsedData.success) problems.push(`preview data breaks its schema: ${parsedData.error.message.slice(0, 200)}`);
  const html = renderPreviewHtml(data, { nonce: 'n0nce', cspSource: 'vscode-webview://x' });
  if ((html.match(/<script/g) ?? []).length !== 1) problems.push('preview HTML holds a script the document wrote');
  for (const t of a.model.tasks) {
    const toggled = toggleTaskEdit(a.model, t.line);
    if (!toggled) continue;
    const p = rangeProblem(toggled.edit.range, a.source, `toggle on line ${t.line}`);
    if (p) problems.push(p);
  }
  const doc = { file: 'fuzz.md', title: a.model.title?.text ?? null, tasks: a.model.tasks, measures: a.model.measures };
  for (const format of ['csv', 'md', 'json'] as const) exportItems([doc], format);
  const report = { file: 'fuzz.md', postmortem: true, findings: a.findings, source: a.source.text };
  for (const format of FORMAT_NAMES) {
    const out = formatReports(format, [report], RULE_METAS, { sarif: { informationUri: 'https://example.invalid/' } });
    if (format === 'json' || format === 'sarif') JSON.parse(out);
  }
}

/**
 * The sort fix, where offered, keeps every line exactly (a permutation of the original's
 * lines) and leaves a timeline that reads in order.
 */
function checkSort(a: Analysis, problems: string[]): void {
  const f = a.findings.find((x) => x.rule === 'timeline-order' && x.fixes.length > 0);
  const fix = f?.fixes[0];
  if (!fix) return;
  const out = applyEdits(a.source.text, fix.edits, (p) => a.source.offsetAt(p));
  const lines = (t: string): string => t.split(/\r\n|\r|\n/).sort().join('\n');
  if (lines(out) !== lines(a.source.text)) problems.push('the timeline sort changed the document\'s lines (not a permutation)');
  const again = lint(out, []).findings.filter((x) => x.rule === 'timeline-order');
  if (again.length) problems.push(`the timeline sort left the timeline out of order: ${again[0]?.message ?? ''}`);
}

export function checkDocument(text: string, seed = 0): string[] {
  const problems: string[] = [];
  try {
    const errors: string[] = [];
    const a = lint(text, errors);
    problems.push(...errors);
    for (const f of a.findings) {
      const p = rangeProblem(f.range, a.source, `finding ${f.rule}`);
      if (p) problems.push(p);
    }
    features(a, seed, problems);
    checkSort(a, problems);
    fixAll(a, problems);
  } catch (e) {
    problems.push(`exception: ${e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 4).join(' | ') : String(e)}`);
  }
  return problems;
}

/** Fix-all alone (for whole real documents): no rule error, convergence, nothing lost. */
export function checkFixAll(text: string, path = 'postmortems/doc.md'): string[] {
  const problems: string[] = [];
  try {
    const a = analyze(text, { path, config, forced: true, onRuleError: (rule, e) => problems.push(`rule ${rule}: ${e instanceof Error ? e.message : String(e)}`) });
    fixAll(a, problems);
  } catch (e) {
    problems.push(`exception: ${e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 4).join(' | ') : String(e)}`);
  }
  return problems;
}
