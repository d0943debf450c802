/**
 * The suppression state of a document: which rule is silenced on which line. Built once per
 * document version from its lines; queries are O(log n) in the number of directives.
 */
import type { Range } from '../../text/source-text';
import { isDirectiveOnlyLine, parseDirectives } from './directives';
import type { Directive } from './directives';

/** Which rules are off: every rule but `except`, or only `rules`. */
type State = { all: true; except: ReadonlySet<string> } | { all: false; rules: ReadonlySet<string> };
type Scope = 'all' | Set<string>;

const NONE: State = { all: false, rules: new Set() };

function stateSilences(s: State, rule: string): boolean {
  return s.all ? !s.except.has(rule) : s.rules.has(rule);
}

function apply(s: State, d: Directive): State {
  const names = d.rules.map((r) => r.name);
  if (d.kind === 'disable') {
    if (names.length === 0) return { all: true, except: new Set() };
    if (s.all) return { all: true, except: new Set([...s.except].filter((n) => !names.includes(n))) };
    return { all: false, rules: new Set([...s.rules, ...names]) };
  }
  // enable
  if (names.length === 0) return NONE;
  if (s.all) return { all: true, except: new Set([...s.except, ...names]) };
  return { all: false, rules: new Set([...s.rules].filter((n) => !names.includes(n))) };
}

function addScope(map: Map<number, Scope>, line: number, d: Directive): void {
  const prev = map.get(line);
  if (prev === 'all') return;
  if (d.rules.length === 0) map.set(line, 'all');
  else map.set(line, new Set([...(prev ?? []), ...d.rules.map((r) => r.name)]));
}

function scopeSilences(scope: Scope | undefined, rule: string): boolean {
  return scope === 'all' || (scope !== undefined && scope.has(rule));
}

export interface UnknownRuleReference {
  name: string;
  /** The name inside the comment. */
  range: Range;
  directive: Directive;
}

export interface Suppressions {
  /** True when `rule` is silenced on `line` (0-based; use a finding's start line). */
  isSuppressed(rule: string, line: number): boolean;
  /** Names in suppression comments that are not rules, so the server can warn about them. */
  unknownRules(knownNames: ReadonlySet<string>): UnknownRuleReference[];
  readonly directives: readonly Directive[];
}

export function buildSuppressions(lines: readonly string[], isCode?: (line: number) => boolean): Suppressions {
  const directives = parseDirectives(lines, isCode);
  const byLine = new Map<number, Directive[]>();
  for (const d of directives) byLine.set(d.line, [...(byLine.get(d.line) ?? []), d]);

  let file: Scope | undefined;
  const perLine = new Map<number, Scope>();
  const changeLines: number[] = [];
  const changeStates: State[] = [];
  let state = NONE;
  for (const d of directives) {
    switch (d.kind) {
      case 'disable-file':
        if (file !== 'all') file = d.rules.length === 0 ? 'all' : new Set([...(file ?? []), ...d.rules.map((r) => r.name)]);
        break;
      case 'disable-line':
        addScope(perLine, d.line, d);
        break;
      case 'disable-next-line': {
        let target = d.line + 1;
        while (target < lines.length && isDirectiveOnlyLine(lines[target] ?? '', byLine.get(target) ?? [])) target++;
        addScope(perLine, target, d);
        break;
      }
      default:
        state = apply(state, d);
        if (changeLines[changeLines.length - 1] === d.line) changeStates[changeStates.length - 1] = state;
        else {
          changeLines.push(d.line);
          changeStates.push(state);
        }
    }
  }

  /** The range state in force on a line: the last change at or before it. */
  function stateAt(line: number): State {
    let lo = 0;
    let hi = changeLines.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((changeLines[mid] ?? Infinity) <= line) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? NONE : (changeStates[found] ?? NONE);
  }

  return {
    directives,
    isSuppressed(rule, line) {
      return scopeSilences(file, rule) || scopeSilences(perLine.get(line), rule) || stateSilences(stateAt(line), rule);
    },
    unknownRules(knownNames) {
      const out: UnknownRuleReference[] = [];
      for (const d of directives) {
        for (const r of d.rules) if (!knownNames.has(r.name)) out.push({ name: r.name, range: r.range, directive: d });
      }
      return out;
    },
  };
}
