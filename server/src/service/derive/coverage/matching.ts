/**
 * Matching measures to tasks by meaning, and spotting duplicate tasks.
 *
 * A measure is covered by a task when the task carries enough of the measure's keywords
 * (see tokens.ts): the score is the share of the measure's keyword weight that the task
 * shares, each keyword weighted by how rare it is among this document's items (a word that
 * every item uses tells little about which task realises which measure). Recall on the
 * measure's side, not a symmetric score, because one task often does several things
 * ("Improve documentation ... and train engineering teams ...").
 *
 * Two guards make the match one of meaning rather than of shared nouns:
 * - The same action: when the measure opens with an action concept (monitor, communicate,
 *   train, test, rotate, ... see ACTION_CONCEPTS) and a task opens with a different one and
 *   does not carry the measure's, the task does something else to the same thing: "Rotate
 *   the payment provider key" does not cover "Improve communication with the payment
 *   provider". When either side names no such action, the keyword score decides alone.
 * - The same ticket: a task citing the issue link or ticket key the measure cites covers it,
 *   whatever its words.
 */
import { ACTION_CONCEPTS, keywords } from '../../lex/items/tokens';
import { NOT_A_KEY } from '../../lex/items/labels';
import { Memo } from '../../text/memo';
import { allMatches } from '../../text/matches';

export { actionability } from '../../lex/items/actionability';
export type { Actionability } from '../../lex/items/actionability';
export { findBlame } from '../../lex/items/blame';
export type { BlameFinding } from '../../lex/items/blame';

/** A task covers a measure from this score on. Calibrated on the seeds and 12 corpus documents. */
export const COVER_THRESHOLD = 0.22;
/** Besides the best task, others are listed when they reach this share of its score. */
const NEAR_BEST = 0.85;

export interface Coverage { measureIndex: number; taskIndexes: number[]; score: number }

function weights(items: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const set of items) for (const k of set) df.set(k, (df.get(k) ?? 0) + 1);
  const n = items.length;
  const w = new Map<string, number>();
  for (const [k, d] of df) w.set(k, Math.log(1 + n / d));
  return w;
}

/**
 * A measure's parts. "Label: description" measures are scored on the description, and on
 * the mean of description and label when that is better: the label alone names the idea
 * ("Post-incident analysis and knowledge sharing: ...") but is too short to rank tasks.
 * In each, words after the purpose clause ("... to quickly address any issues") say why,
 * not what, and weigh half: "Train engineering teams | to investigate issues faster".
 */
interface MeasureKeys { head: string[]; tail: string[] }

const PURPOSE = /\s(?:so as to|in order to|so that|to|which will|thereby)\s/i;

function split(text: string): MeasureKeys {
  const words = text.trim().split(/\s+/);
  const firstTwo = words.slice(0, 2).join(' ').length;
  const m = PURPOSE.exec(text.slice(firstTwo));
  if (!m) return { head: keywords(text), tail: [] };
  const at = firstTwo + m.index;
  const head = keywords(text.slice(0, at));
  return { head, tail: keywords(text.slice(at)).filter((k) => !head.includes(k)) };
}

/** `Label: description`, `**Label:** description`; a colon inside a URL is no label's. */
const LABELLED = /^\s*(?:\*\*|__)?([^:*_]{3,60}?)(?:\*\*|__)?\s*:(?!\/\/)\s*(?:\*\*|__)?\s*(\S.*)$/;

interface MeasureParts { body: MeasureKeys; label: MeasureKeys | null; action: string | null; refs: string[] }

/** The action concept an item opens with (its first keyword), or null. */
function openingAction(keys: readonly string[]): string | null {
  const first = keys[0];
  return first !== undefined && ACTION_CONCEPTS.has(first) ? first : null;
}

/** Issue links and ticket keys an item cites, normalised: a URL without its scheme and trailing slash, `#123`, `ABC-123`. */
export function references(text: string): string[] {
  const out = new Set<string>();
  for (const m of allMatches(text, /https?:\/\/([^\s<>()[\]|]+[^\s<>()[\].,;:!?'"|])/g)) out.add((m[1] ?? '').toLowerCase().replace(/\/+$/, ''));
  for (const m of allMatches(text, /(?<![\w&#/])#(\d+)\b/g)) out.add(`#${m[1] ?? ''}`);
  for (const m of allMatches(text, /(?<![\w-])([A-Z][A-Z0-9]{1,9})-(\d+)(?![\w-])/g)) if (!NOT_A_KEY.has(m[1] ?? '')) out.add(`${m[1] ?? ''}-${m[2] ?? ''}`);
  return [...out].filter((r) => r !== '' && r !== '#');
}

function measureParts(text: string): MeasureParts {
  const m = LABELLED.exec(text);
  const refs = references(text);
  if (!m) {
    const body = split(text);
    return { body, label: null, action: openingAction(body.head), refs };
  }
  const label = keywords(m[1] ?? '');
  const body = split(m[2] ?? '');
  return { body, label: label.length > 0 ? { head: label, tail: [] } : null, action: openingAction(body.head) ?? openingAction(label), refs };
}

const TAIL_WEIGHT = 0.5;

/** A measure part's keywords (head then tail) with their weights, and their sum: the part of `score` no task changes. */
interface WeightedKeys { keys: string[]; weights: number[]; total: number }

function weigh(part: MeasureKeys, w: Map<string, number>): WeightedKeys {
  const keys: string[] = [];
  const weights: number[] = [];
  let total = 0;
  for (const [list, f] of [[part.head, 1], [part.tail, TAIL_WEIGHT]] as const) {
    for (const k of list) {
      const kw = (w.get(k) ?? 0) * f;
      keys.push(k);
      weights.push(kw);
      total += kw;
    }
  }
  return { keys, weights, total };
}

/**
 * The share of the part's keyword weight the task carries. The weights and their total are
 * made once per part (`weigh`), not once per task: the sums are the same, in the same order
 * (measured on a generated 10,000-line postmortem, ~1,200 measures x 1,600 tasks: the
 * matching was ~270 ms of its first analysis).
 */
function score(part: WeightedKeys, task: Set<string>): number {
  let shared = 0;
  const { keys, weights } = part;
  for (let i = 0; i < keys.length; i++) if (task.has(keys[i] as string)) shared += weights[i] as number;
  return part.total > 0 ? shared / part.total : 0;
}

// Results depend only on the texts: an edit outside the measures and tasks reuses them.
// Called only by the derived stage (derive/coverage/index.ts), once per analysis; this is
// the one reuse across versions kept: on a 10,000-line document matching costs ~157 ms
// (coverage) and ~112 ms (duplicates) against ~105 ms for the whole model and rules per
// keystroke (test/bench/model-cost.mts), and the bench re-parses each keystroke without
// the version before it, so only a reuse by content keeps that figure.
const coverageMemo = new Memo<Coverage[]>(64);
const duplicatesMemo = new Memo<Duplicates>(64);
const textsKey = (items: readonly { text: string }[]): string => items.map((i) => i.text).join('\u0001');

/** For each measure: the tasks that cover it (best first) and the best score (0 when none). */
export function coverage(measures: { text: string }[], tasks: { text: string }[]): Coverage[] {
  return coverageMemo.get(`${textsKey(measures)}\u0002${textsKey(tasks)}`, () => computeCoverage(measures, tasks));
}

/** A task's opening action: of its description, else of its label ("**Alerting:** Add an alert ..."). */
function taskAction(text: string): string | null {
  const m = LABELLED.exec(text);
  if (!m) return openingAction(keywords(text));
  return openingAction(keywords(m[2] ?? '')) ?? openingAction(keywords(m[1] ?? ''));
}

/** A measure's parts with their weights (see `weigh`). */
interface WeightedParts { body: WeightedKeys; label: WeightedKeys | null; action: string | null }

const weighParts = (parts: MeasureParts, w: Map<string, number>): WeightedParts =>
  ({ body: weigh(parts.body, w), label: parts.label ? weigh(parts.label, w) : null, action: parts.action });

/** How much of one measure part a task carries; 0 when the task does another action to it. */
function partScore(parts: WeightedParts, set: Set<string>, other: string | null): number {
  // Another action on the same thing is no coverage, however many nouns are shared.
  if (parts.action !== null && other !== null && other !== parts.action && !set.has(parts.action)) return 0;
  const body = score(parts.body, set);
  return parts.label ? Math.max(body, (body + score(parts.label, set)) / 2) : body;
}

/** The sentences of a measure of two or more (each of three words or more); [] for one. */
function sentences(text: string): string[] {
  const parts = text.split(/(?<=[a-z0-9)][.!?])\s+(?=[A-Z])/).filter((p) => p.trim().split(/\s+/).length >= 3);
  return parts.length >= 2 ? parts : [];
}

/**
 * The keywords of a part a task must share to reach COVER_THRESHOLD: all but the lightest
 * ones whose weights together stay below the threshold's share of the part. A task sharing
 * none of these scores below the threshold on this part, whatever else it shares (the
 * max-score bound of search engines), so only the tasks under these keywords are scored.
 */
function essentialKeys(part: WeightedKeys): string[] {
  if (part.total <= 0) return [];
  const order = part.keys.map((_, i) => i).sort((x, y) => (part.weights[x] ?? 0) - (part.weights[y] ?? 0));
  const bound = COVER_THRESHOLD * part.total;
  let light = 0;
  let k = 0;
  while (k < order.length && light + (part.weights[order[k] as number] ?? 0) < bound) light += part.weights[order[k++] as number] ?? 0;
  return order.slice(k).map((i) => part.keys[i] as string);
}

/**
 * `prune` false scores every task sharing any keyword (the reference the tests compare with).
 * Work: tasks of identical text are scored once, as one group, and measures of identical text
 * are read once; a measure's candidates are the groups under its essential keys. The tasks that
 * cover a measure, and its score when covered, are the same as scoring every task: a task
 * reaching the threshold on a measure reaches it on one part (the measure, its label, one
 * of its sentences: the label's score is averaged with the body's, so one of the two reaches
 * it), and so shares an essential keyword of that part. The score of an uncovered measure is
 * the best of its candidates (below the threshold either way).
 */
export function computeCoverage(measures: readonly { text: string }[], tasks: readonly { text: string }[], prune = true): Coverage[] {
  // Tasks of one text: one group (indexes ascending, as the tasks come).
  const groupOf = new Map<string, number[]>();
  for (let i = 0; i < tasks.length; i++) {
    const text = tasks[i]?.text ?? '';
    const g = groupOf.get(text);
    if (g) g.push(i); else groupOf.set(text, [i]);
  }
  const groups = [...groupOf.values()];
  const groupText = [...groupOf.keys()];
  const tk = groupText.map((t) => new Set(keywords(t)));
  const ta = groupText.map((t) => taskAction(t));
  // Weights count every item, identical ones included (how rare a word is among the items).
  const taskKeys = new Map(groupText.map((t, g) => [t, [...(tk[g] ?? [])]]));
  const w = weights([...measures.map((m) => keywords(m.text)), ...tasks.map((t) => taskKeys.get(t.text) ?? [])]);
  // Only groups sharing a keyword or a reference with the measure can score above zero.
  const postings = new Map<string, number[]>();
  const post = (k: string, g: number): void => { const l = postings.get(k); if (l) l.push(g); else postings.set(k, [g]); };
  tk.forEach((set, g) => { for (const k of set) post(k, g); });
  const refKey = (r: string): string => `\u0003${r}`;
  groupText.forEach((t, g) => { for (const r of references(t)) post(refKey(r), g); });
  const read = new Map<string, Omit<Coverage, 'measureIndex'>>();
  return measures.map((m, measureIndex) => {
    let found = read.get(m.text);
    if (!found) {
      found = coverageOf(m.text);
      read.set(m.text, found);
    }
    return { measureIndex, ...found };
  });

  function coverageOf(text: string): Omit<Coverage, 'measureIndex'> {
    const parts = measureParts(text);
    // The measure, then its sentences, weighed once for all its candidate tasks.
    const scored = [parts, ...sentences(text).map((t) => measureParts(t))].map((p) => weighParts(p, w));
    const candidates = new Set<number>();
    const cited = new Set<number>();
    // The tasks scored are those sharing one of the measure's own keywords (a sentence part
    // reads the same words); pruned, only those that also share an essential keyword of a part.
    const own = [...parts.body.head, ...parts.body.tail, ...(parts.label?.head ?? [])];
    if (!prune) for (const k of own) for (const g of postings.get(k) ?? []) candidates.add(g);
    else {
      for (const p of scored) {
        for (const k of [...essentialKeys(p.body), ...(p.label ? essentialKeys(p.label) : [])]) {
          for (const g of postings.get(k) ?? []) if (!candidates.has(g) && own.some((o) => tk[g]?.has(o))) candidates.add(g);
        }
      }
    }
    for (const r of parts.refs) for (const g of postings.get(refKey(r)) ?? []) { candidates.add(g); cited.add(g); }
    const scores = [...candidates].map((g) => {
      if (cited.has(g)) return { g, score: 1 };
      const set = tk[g] ?? new Set<string>();
      const other = ta[g] ?? null;
      // A measure written as several sentences is covered when one of them is (a prose
      // paragraph often holds more than one measure).
      let best = 0;
      for (const p of scored) best = Math.max(best, partScore(p, set, other));
      return { g, score: best };
    });
    // Best first; among equals, the earlier task (a group's first task is its earliest).
    scores.sort((a, b) => b.score - a.score || (groups[a.g]?.[0] ?? 0) - (groups[b.g]?.[0] ?? 0));
    const best = scores[0]?.score ?? 0;
    const taskIndexes = best >= COVER_THRESHOLD
      ? byScoreThenIndex(scores.filter((s) => s.score >= COVER_THRESHOLD && s.score >= best * NEAR_BEST).map((s) => ({ score: s.score, indexes: groups[s.g] ?? [] })))
      : [];
    return { taskIndexes, score: Math.round(best * 1000) / 1000 };
  }
}

/** The tasks of scored groups in the order of scoring each task alone: score descending, then index. */
function byScoreThenIndex(scored: { score: number; indexes: readonly number[] }[]): number[] {
  const all: { score: number; i: number }[] = [];
  for (const s of scored) for (const i of s.indexes) all.push({ score: s.score, i });
  all.sort((a, b) => b.score - a.score || a.i - b.i);
  return all.map((x) => x.i);
}

/** Symmetric similarity of two keyword sets (Dice). */
function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const k of a) if (b.has(k)) shared++;
  return (2 * shared) / (a.size + b.size);
}

const normalise = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Threshold for near-identical tasks: e.g. 5 of 6 keywords in common on both sides. */
export const DUPLICATE_THRESHOLD = 0.85;

/**
 * Tasks that say the same thing, kept as groups, not pairs: tasks of identical text are one
 * group (a pasted checklist of 5,000 equal lines is 5,000 entries, not 12.5 million pairs),
 * and similar-but-different tasks keep the pairs the similarity join finds.
 */
export interface Duplicates {
  /** The tasks that have an earlier task saying the same thing, ascending. */
  readonly later: readonly number[];
  /** For task `j`: the earlier tasks that say the same thing, ascending, produced on demand. */
  earlier(j: number): Iterable<number>;
}

export function duplicates(tasks: { text: string }[]): Duplicates {
  return duplicatesMemo.get(textsKey(tasks), () => computeDuplicates(tasks));
}

/** Every pair [i, j] (i < j) of a Duplicates, expanded: for tests and small lists only. */
export function duplicatePairs(d: Duplicates): [number, number][] {
  return d.later.flatMap((j) => [...d.earlier(j)].map((i): [number, number] => [i, j]));
}

/**
 * Candidate pairs come from prefix filtering (the standard set-similarity join): with the
 * keywords of each task ordered rarest first, two sets with Dice >= t must share one of
 * the first |a| - ceil(j|a|) + 1 keywords of each, j = t / (2 - t) the equivalent Jaccard
 * bound. Identical texts are grouped by a map, and a task compares itself with one member
 * of an identical group only (the group's first): the rest say the same. Both avoid
 * comparing every pair.
 */
function computeDuplicates(tasks: { text: string }[]): Duplicates {
  const sets = tasks.map((t) => new Set(keywords(t.text)));
  const norm = tasks.map((t) => normalise(t.text));
  // The numbers a task names tell tasks apart that the keywords (no digits) do not:
  // `Action item 1` and `Action item 2`, `Upgrade node 3` and `Upgrade node 4`.
  const numbers = tasks.map((t) => (t.text.match(/\d+/g) ?? []).join(' '));
  const byText = new Map<string, number[]>();
  norm.forEach((n, i) => { if (n !== '') { const l = byText.get(n); if (l) l.push(i); else byText.set(n, [i]); } });
  // The group (identical text, ascending) each task belongs to, and its place in it.
  const groupOf = new Map<number, { members: number[]; at: number }>();
  for (const members of byText.values()) if (members.length > 1) members.forEach((m, at) => groupOf.set(m, { members, at }));
  const similar = new Map<number, Set<number>>();
  const df = new Map<string, number>();
  for (const s of sets) for (const k of s) df.set(k, (df.get(k) ?? 0) + 1);
  const jaccard = DUPLICATE_THRESHOLD / (2 - DUPLICATE_THRESHOLD);
  const index = new Map<string, number[]>();
  sets.forEach((set, i) => {
    if (set.size < 2) return;
    // A later member of an identical group says what its first member says: only the first is indexed.
    const g = groupOf.get(i);
    const ordered = [...set].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || (a < b ? -1 : 1));
    const prefix = ordered.slice(0, set.size - Math.ceil(jaccard * set.size) + 1);
    const seen = new Set<number>();
    for (const k of prefix) {
      for (const j of index.get(k) ?? []) {
        if (seen.has(j)) continue;
        seen.add(j);
        const other = sets[j];
        if (!other || other.size < 2 || norm[j] === norm[i] || numbers[j] !== numbers[i] || dice(set, other) < DUPLICATE_THRESHOLD) continue;
        const l = similar.get(i);
        if (l) l.add(j); else similar.set(i, new Set([j]));
      }
      if (g && g.at > 0) continue;
      const l = index.get(k);
      if (l) l.push(i); else index.set(k, [i]);
    }
  });
  // The earlier similar tasks of j: each found as its group's first member (the one indexed)
  // stands for its whole group, before j.
  const similarTo = (j: number): number[] => {
    const own = similar.get(j);
    if (!own) return [];
    const out = new Set<number>();
    for (const p of own) {
      const pg = groupOf.get(p);
      for (const m of pg ? pg.members : [p]) if (m < j) out.add(m);
    }
    return [...out].sort((a, b) => a - b);
  };
  const laterSet = new Set<number>();
  for (const members of byText.values()) for (let x = 1; x < members.length; x++) laterSet.add(members[x] ?? 0);
  for (let j = 0; j < tasks.length; j++) if (!laterSet.has(j) && similarTo(j).length > 0) laterSet.add(j);
  return {
    later: [...laterSet].sort((a, b) => a - b),
    *earlier(j: number): Iterable<number> {
      const g = groupOf.get(j);
      const same = g ? g.members.slice(0, g.at) : [];
      const near = similarTo(j);
      // Merge the two ascending lists, lazily: a reader usually stops at the first.
      let a = 0;
      let b = 0;
      let last = -1;
      while (a < same.length || b < near.length) {
        const x = a < same.length && (b >= near.length || (same[a] ?? 0) <= (near[b] ?? 0)) ? same[a++] : near[b++];
        if (x !== undefined && x !== last) { last = x; yield x; }
      }
    },
  };
}
