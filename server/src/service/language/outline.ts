/**
 * The document's structure as the editor shows it: the Outline and breadcrumbs (symbols),
 * folding and smart selection. All three come from the model, so a section written as a
 * bold line, a plain `Timeline:` line or a list item is as visible as a `##` heading.
 * Pure: the LSP features convert these shapes to protocol ones.
 */
import type { Position, Range, SourceText } from '../text/source-text';
import type { Item, ModelSectionKind, Postmortem, Section, TimelineEntry } from '../model/schema';
import { sectionEnds, sectionOwners } from '../model/section-owners';

export type OutlineKind = 'title' | 'section' | 'entry' | 'task' | 'measure';

export interface OutlineNode {
  name: string;
  detail: string;
  kind: OutlineKind;
  /** The whole extent (header to last non-blank line, children included). */
  range: Range;
  /** What is revealed and highlighted: the header, the entry's time, the item's text. */
  selectionRange: Range;
  children: OutlineNode[];
}

const KIND_LABEL: Record<ModelSectionKind, string> = {
  summary: 'summary', impact: 'impact', timeline: 'timeline', 'root-cause': 'root cause', resolution: 'resolution',
  measures: 'measures', 'action-items': 'action items', detection: 'detection', response: 'response', leadup: 'lead-up',
  'lessons-learned': 'lessons learned', 'supporting-information': 'supporting information', other: '',
};

const NAME_MAX = 80;

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > NAME_MAX ? `${t.slice(0, NAME_MAX - 1)}…` : t;
}

/** The last line in [from, to) that is not blank, or `from` when all are. */
function lastNonBlank(source: SourceText, from: number, to: number): number {
  for (let l = Math.min(to, source.lineCount) - 1; l > from; l--) if (source.lineAt(l).trim() !== '') return l;
  return from;
}

function lineEnd(source: SourceText, line: number): Position {
  return { line, character: source.lineAt(line).length };
}

function spanRange(source: SourceText, from: number, to: number): Range {
  return { start: { line: from, character: 0 }, end: lineEnd(source, Math.max(from, to)) };
}

function sectionName(s: Section): string {
  if (s.markup === 'implicit') return 'Summary';
  return clip(s.name) || KIND_LABEL[s.kind] || 'Section';
}

function sectionDetail(s: Section): string {
  const kinds = s.kinds.map((k) => KIND_LABEL[k]).filter(Boolean);
  if (kinds.length === 0) return '';
  return s.inferred ? `${kinds.join(' + ')} (inferred)` : kinds.join(' + ');
}

function entryNode(source: SourceText, e: TimelineEntry): OutlineNode {
  const zone = e.zone ? ` ${e.zone.text}` : '';
  // Two spaces between the time and the text, as the issue shows it (`12:30 PM EST  The issue…`).
  const text = clip(e.text);
  const name = clip(`${e.timeText}${zone}`) + (text ? `  ${text}` : '');
  return {
    name: name || 'Entry',
    detail: e.status === 'ok' ? '' : e.status === 'malformed' ? 'time not readable' : 'unknown time',
    kind: 'entry',
    range: spanRange(source, e.line, lastNonBlank(source, e.line, e.endLine + 1)),
    selectionRange: e.timeRange,
    children: [],
  };
}

function itemDetail(item: Item): string {
  const parts: string[] = [];
  if (item.owner) parts.push(item.owner.text);
  if (item.status) parts.push(item.status);
  if (item.due) parts.push(`due ${item.due.text}`);
  return parts.join(' · ');
}

function itemNode(source: SourceText, item: Item, kind: 'task' | 'measure'): OutlineNode {
  return {
    name: clip(item.text) || (kind === 'task' ? 'Task' : 'Measure'),
    detail: itemDetail(item),
    kind,
    range: spanRange(source, item.line, lastNonBlank(source, item.line, item.endLine + 1)),
    selectionRange: item.textRange,
    children: [],
  };
}

/**
 * The outline: the title, then the top-level sections, each with its nested sections, its
 * timeline entries and its tasks or measures as children, in document order.
 */
export function documentOutline(source: SourceText, model: Postmortem): OutlineNode[] {
  const ends = sectionEnds(model);
  const nodes: OutlineNode[] = model.sections.map((s, i) => {
    const header = s.markup === 'implicit' ? source.lineRange(s.line) : s.headerRange;
    return {
      name: sectionName(s),
      detail: sectionDetail(s),
      kind: 'section',
      range: spanRange(source, s.line, lastNonBlank(source, s.line, ends[i] ?? s.end)),
      selectionRange: header,
      children: [],
    };
  });
  const childrenOf: { line: number; node: OutlineNode }[][] = model.sections.map(() => []);
  const roots: { line: number; node: OutlineNode }[] = [];
  const place = (sectionIndex: number, line: number, node: OutlineNode): void => {
    (sectionIndex >= 0 ? (childrenOf[sectionIndex] ?? roots) : roots).push({ line, node });
  };
  model.sections.forEach((s, i) => {
    const node = nodes[i];
    if (!node) return;
    if (s.parent !== null && s.parent < i) place(s.parent, s.line, node);
    else roots.push({ line: s.line, node });
  });
  const owners = sectionOwners(model, source.lineCount);
  const ownerSection = (line: number): number => owners[line] ?? -1;
  for (const e of model.timeline) place(ownerSection(e.line), e.line, entryNode(source, e));
  for (const t of model.tasks) place(ownerSection(t.line), t.line, itemNode(source, t, 'task'));
  const taskLines = new Set(model.tasks.map((t) => t.line));
  for (const m of model.measures) {
    if (taskLines.has(m.line)) continue; // one item read both ways: shown once, as a task
    place(ownerSection(m.line), m.line, itemNode(source, m, 'measure'));
  }
  const byLine = (a: { line: number }, b: { line: number }): number => a.line - b.line;
  nodes.forEach((n, i) => {
    n.children = (childrenOf[i] ?? []).sort(byLine).map((c) => c.node);
  });
  if (model.title) {
    roots.push({
      line: model.title.line,
      node: { name: clip(model.title.text) || 'Title', detail: 'title', kind: 'title', range: source.lineRange(model.title.line), selectionRange: model.title.range, children: [] },
    });
  }
  const out = roots.sort(byLine).map((r) => r.node);
  out.forEach(keepInside);
  return out;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/**
 * The editor rejects the whole outline when one symbol's selection range leaves its range
 * (VS Code throws "selectionRange must be contained in fullRange"): a selection outside is
 * clipped to the range's start.
 */
function keepInside(n: OutlineNode): void {
  const { range, selectionRange: sel } = n;
  if (before(sel.start, range.start) || before(range.end, sel.end)) {
    const start = before(sel.start, range.start) || before(range.end, sel.start) ? range.start : sel.start;
    const end = before(range.end, sel.end) || before(sel.end, start) ? range.end : sel.end;
    n.selectionRange = { start, end: before(end, start) ? start : end };
  }
  n.children.forEach(keepInside);
}

export interface FoldRange { startLine: number; endLine: number }

/** A fold for every node of the outline that spans more than its first line. */
export function foldingRanges(outline: readonly OutlineNode[]): FoldRange[] {
  const out: FoldRange[] = [];
  const walk = (nodes: readonly OutlineNode[]): void => {
    for (const n of nodes) {
      if (n.range.end.line > n.range.start.line) out.push({ startLine: n.range.start.line, endLine: n.range.end.line });
      walk(n.children);
    }
  };
  walk(outline);
  const seen = new Set<string>();
  return out
    .sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine)
    .filter((f) => {
      const key = `${f.startLine}:${f.endLine}`;
      return !seen.has(key) && seen.add(key) !== undefined;
    });
}

function contains(r: Range, p: Position): boolean {
  if (p.line < r.start.line || p.line > r.end.line) return false;
  if (p.line === r.start.line && p.character < r.start.character) return false;
  if (p.line === r.end.line && p.character > r.end.character) return false;
  return true;
}

/**
 * Smart selection at `pos`, innermost first: the entry or item, its section(s), the whole
 * document. Each range contains the one before it.
 */
export function selectionChain(source: SourceText, outline: readonly OutlineNode[], pos: Position): Range[] {
  const chain: Range[] = [];
  let level: readonly OutlineNode[] = outline;
  for (;;) {
    const hit = level.find((n) => contains(n.range, pos));
    if (!hit) break;
    chain.push(hit.range);
    level = hit.children;
  }
  const last = Math.max(0, source.lineCount - 1);
  chain.unshift({ start: { line: 0, character: 0 }, end: lineEnd(source, last) });
  // Innermost first; a range equal to the next one out (a section spanning the document) is one step, not two.
  const same = (a: Range, b: Range): boolean => !before(a.start, b.start) && !before(b.start, a.start) && !before(a.end, b.end) && !before(b.end, a.end);
  return chain.reverse().filter((r, i, all) => { const next = all[i + 1]; return !next || !same(r, next); });
}
