/**
 * Turns zod issues into messages a person can act on: the setting's path, what is wrong,
 * what is allowed, and a "did you mean" when a near name exists.
 */
import type { z } from 'zod';
import { distance } from 'fastest-levenshtein';
import { formatPath } from './problems';

/** The candidate nearest to `name`, when it is near enough to be a likely typo. */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = name.toLowerCase();
  for (const c of candidates) {
    const d = distance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const limit = Math.max(1, Math.floor(name.length / 3));
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

/** Aliases people carry over from other linters. */
const SEVERITY_ALIASES: Record<string, string> = {
  warn: 'warning',
  information: 'info',
  err: 'error',
  none: 'off',
  false: 'off',
  disabled: 'off',
  '0': 'off',
  '1': 'warning',
  '2': 'error',
};

export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return JSON.stringify(v);
  return `${typeof v} ${String(v)}`;
}

function listValues(values: readonly unknown[]): string {
  const shown = values.map((v) => (typeof v === 'string' ? v : String(v)));
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

/** Reads the value an issue is about from the input it came from. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

/**
 * One message per issue, prefixed with the full path (`prefix` is the path of the value that
 * was validated, the issue's own path is appended).
 */
export function issueMessage(issue: z.core.$ZodIssue, input: unknown, prefix: readonly PropertyKey[]): string {
  const fullPath = [...prefix, ...issue.path];
  const where = formatPath(fullPath) || '(root)';
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_value': {
      const allowed = issue.values;
      let hint = '';
      if (typeof value === 'string' || typeof value === 'number') {
        const alias = SEVERITY_ALIASES[String(value).toLowerCase()];
        const strings = allowed.filter((a): a is string => typeof a === 'string');
        const near = alias !== undefined && strings.includes(alias) ? alias : didYouMean(String(value), strings);
        if (near !== undefined) hint = ` (did you mean "${near}"?)`;
      }
      return `\`${where}\`: ${describeValue(value)} is not allowed; use ${listValues(allowed)}${hint}.`;
    }
    case 'invalid_type':
      return `\`${where}\`: expected ${issue.expected}, found ${describeValue(value)}.`;
    case 'unrecognized_keys':
      return `\`${where}\`: unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((k) => `\`${k}\``).join(', ')}.`;
    case 'too_small':
      if (issue.origin === 'array') return `\`${where}\`: needs at least ${String(issue.minimum)} ${issue.minimum === 1 ? 'entry' : 'entries'}.`;
      return `\`${where}\`: too small (minimum ${String(issue.minimum)}).`;
    default:
      return `\`${where}\`: ${issue.message}.`;
  }
}
