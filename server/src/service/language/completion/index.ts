/**
 * Completion, pure: what to offer at a position of an analysed document. Five contexts,
 * tried in order, at most one applies:
 *
 *   - inside a suppression comment: directive keywords, then rule names;
 *   - after `@`: owners (front matter authors and owners already used in the workspace);
 *   - after a timeline entry's time: time zones, the document's own first;
 *   - a `pm-` snippet prefix at the start of a line: the templates and entry snippets;
 *   - an empty line, or a line of only `#`s and a heading being typed: the headings of the
 *     sections the profile requires and the document lacks.
 *
 * Nothing is offered while the user types ordinary text: only `@` opens a list by itself
 * (the trigger character); everything else waits for an explicit request (Ctrl+Space,
 * CompletionTriggerKind.Invoked), so Enter never accepts an item the user did not ask for.
 */
import { documentOwners } from './owners';
import { sectionCompletions } from './sections';
import { zoneCompletions } from './zones';
import { snippetCompletions, type SnippetOptions } from './snippets';

export type { SnippetOptions };

export type { Completion, CompletionInput, CompletionKind, CompletionTrigger } from './types';
import type { Completion, CompletionInput, CompletionTrigger } from './types';
import type { RuleMeta } from '../../rules/types';

/** The characters that open a list by themselves; only `@` (an owner is always meant). */
export const TRIGGER_CHARACTERS: readonly string[] = ['@'];

export { documentOwners };

const DIRECTIVE_KINDS: { kind: string; doc: string }[] = [
  { kind: 'disable-next-line', doc: 'Silence the named rules (or all) on the next line.' },
  { kind: 'disable-line', doc: 'Silence the named rules (or all) on this line.' },
  { kind: 'disable-file', doc: 'Silence the named rules (or all) in the whole document.' },
  { kind: 'disable', doc: 'Silence the named rules (or all) from here on.' },
  { kind: 'enable', doc: 'Undo an earlier disable, for the named rules (or all).' },
];

const KEYWORD_BEFORE = /<!--\s*postmortem-([a-z-]*)$/;
const NAMES_BEFORE = /<!--\s*postmortem-(disable-next-line|disable-line|disable-file|disable|enable)((?:\s+|,)[a-z0-9,\s-]*?)?([a-z0-9-]*)$/;

function ruleCompletions(line: number, before: string, rules: readonly RuleMeta[]): Completion[] | null {
  const kw = KEYWORD_BEFORE.exec(before);
  if (kw) {
    const typed = kw[1] ?? '';
    const range = { start: { line, character: before.length - typed.length }, end: { line, character: before.length } };
    return DIRECTIVE_KINDS.map((d, i) => ({ label: `postmortem-${d.kind}`, filterText: d.kind, kind: 'directive', newText: d.kind, range, documentation: d.doc, sortText: String(i) }));
  }
  const m = NAMES_BEFORE.exec(before);
  if (!m) return null;
  // Names start after a separator (`postmortem-disableX` is no directive).
  if (m[2] === undefined) return null;
  // ` -- ` starts a free-text reason: no names after it.
  if (/\s--\s/.test(m[2])) return null;
  const typed = m[3] ?? '';
  const used = new Set(m[2].split(/[\s,]+/).filter(Boolean));
  const range = { start: { line, character: before.length - typed.length }, end: { line, character: before.length } };
  return rules
    .filter((r) => !used.has(r.name))
    .map((r) => ({ label: r.name, kind: 'rule' as const, newText: r.name, range, detail: `${r.category}, default ${r.defaultSeverity}`, documentation: r.description }));
}

const OWNER_BEFORE = /(?:^|[\s([,:])@([\w.-]*)$/;

function ownerCompletions(line: number, before: string, owners: readonly string[]): Completion[] | null {
  const m = OWNER_BEFORE.exec(before);
  if (!m) return null;
  const typed = m[1] ?? '';
  const range = { start: { line, character: before.length - typed.length }, end: { line, character: before.length } };
  return owners.map((o, i) => ({ label: `@${o}`, filterText: o, kind: 'owner' as const, newText: o, range, sortText: String(i).padStart(4, '0') }));
}

export function completionsAt(input: CompletionInput, position: { line: number; character: number }, trigger: CompletionTrigger = { kind: 'invoked' }): Completion[] {
  const { parsed, postmortem, config } = 'analysis' in input
    ? { parsed: input.analysis, postmortem: input.analysis.detection.postmortem, config: input.analysis.config }
    : input;
  const { line } = position;
  if (line < 0 || line >= parsed.source.lineCount) return [];
  const text = parsed.source.lineAt(line);
  const before = text.slice(0, position.character);
  const after = text.slice(position.character);

  // A typed trigger character opens only what it stands for: `@`, an owner.
  const typed = trigger.kind === 'character';
  if (typed && trigger.character !== '@') return [];

  const rules = typed ? null : ruleCompletions(line, before, input.rules);
  if (rules) return rules;
  if (parsed.lines.isCode(line)) return [];

  const owners = ownerCompletions(line, before, mergeOwners(documentOwners(parsed.model), input.workspaceOwners ?? []));
  if (owners || typed) return owners ?? [];

  const zones = zoneCompletions(parsed, line, before, config);
  if (zones) return zones;

  const snippets = input.snippets ? snippetCompletions(line, before, after, input.snippets) : null;
  if (snippets) return snippets;

  if (!postmortem) return [];
  return sectionCompletions(parsed, line, before, after, config);
}

function mergeOwners(own: readonly string[], workspace: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const o of [...own, ...workspace]) {
    const k = o.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(o);
  }
  return out;
}
