/**
 * Writes snippet bodies without hand-numbering tab stops: `p('start', '14:00')` becomes
 * `${3:14:00}` the first time and the mirror `$3` after. Tab stop 1 is always the title and
 * 2 always the time zone, so `expandTemplate` can fill them from the command's input.
 */

export const TITLE_STOP = 1;
export const ZONE_STOP = 2;

/** Today's date in ISO form, from VS Code's snippet variables. */
export const DATE = '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE';
/** The time now, 24-hour. */
export const TIME = '$CURRENT_HOUR:$CURRENT_MINUTE';

/** Zones offered by every zone choice; the first (UTC) is the default and never has DST. */
export const ZONES = ['UTC', 'GMT', 'EST', 'EDT', 'CST', 'CDT', 'PST', 'PDT', 'CET', 'CEST', 'IST', 'WAT', 'EAT', 'JST', 'AEST'];

function escapeText(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function escapeChoice(s: string): string {
  return s.replace(/[\\,|]/g, (c) => `\\${c}`);
}

export function choice(index: number, options: readonly string[]): string {
  return `\${${index}|${options.map(escapeChoice).join(',')}|}`;
}

export interface SnippetBuilder {
  /** A placeholder with a plain-text default; later calls with the same key mirror it. */
  p(key: string, text: string): string;
  /** A placeholder whose default is already snippet syntax (variables such as DATE). */
  raw(key: string, snippet: string): string;
  /** A choice; later calls with the same key mirror it. */
  pick(key: string, options: readonly string[]): string;
  /** The title placeholder (tab stop 1). */
  title(text: string): string;
  /** The zone choice (tab stop 2); later calls mirror it. */
  zone(): string;
}

export function snippetBuilder(): SnippetBuilder {
  let next = ZONE_STOP + 1;
  const ids = new Map<string, number>();
  let zoneUsed = false;
  let titleUsed = false;
  const define = (key: string, make: (n: number) => string): string => {
    const known = ids.get(key);
    if (known !== undefined) return `$${known}`;
    const n = next++;
    ids.set(key, n);
    return make(n);
  };
  return {
    p: (key, text) => define(key, (n) => `\${${n}:${escapeText(text)}}`),
    raw: (key, snippet) => define(key, (n) => `\${${n}:${snippet}}`),
    pick: (key, options) => define(key, (n) => choice(n, options)),
    title: (text) => {
      if (titleUsed) return `$${TITLE_STOP}`;
      titleUsed = true;
      return `\${${TITLE_STOP}:${escapeText(text)}}`;
    },
    zone: () => {
      if (zoneUsed) return `$${ZONE_STOP}`;
      zoneUsed = true;
      return choice(ZONE_STOP, ZONES);
    },
  };
}

/** Joins lines into a snippet body. */
export function lines(...ls: string[]): string {
  return ls.join('\n');
}
