/**
 * GFM tables tried as a new table only where the next line can be its delimiter row. remark-gfm
 * registers the table on every character of flow, so each line that starts a paragraph (every
 * list item of a timeline) is read as a head row, its words tokenised, before the next line
 * turns it down. A head row needs a delimiter row on the very next line: hyphens, colons,
 * pipes and spaces after its container prefix (spaces, tabs, `>`), at least one hyphen. When
 * the next line of the text is not made of those characters only, the table's tokenizer
 * would fail; it is not run. A body row (the line after a table's head or row) is always
 * tried. test/unit/parse/guards.test.ts compares the trees with remark-gfm's own parse.
 */
import { parsingText } from './guard-text';
import type { Construct, MicromarkExtension, TokenizeContext } from './autolinks';

/** Whether the line after the one holding `offset` may be a delimiter row. */
function delimiterRowNext(text: string, offset: number): boolean {
  let i = offset;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  if (i >= text.length) return false;
  i += text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
  let hyphen = false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    if (c === 45) hyphen = true;
    else if (c !== 32 && c !== 9 && c !== 62 && c !== 124 && c !== 58) return false;
  }
  return hyphen;
}

/** Whether the events end in a table's head or row (then this line may be a body row). */
function afterTableRow(context: TokenizeContext): boolean {
  const events = context.events;
  for (let i = events.length - 1; i >= 0; i--) {
    // The table's token types are not in micromark's registry of types (its extension does not add them).
    const type: string = (events[i] as (typeof events)[number])[1].type;
    if (type === 'lineEnding' || type === 'linePrefix') continue;
    return type === 'tableHead' || type === 'tableRow';
  }
  return false;
}

function guarded(construct: Construct): Construct {
  const { tokenize } = construct;
  return {
    ...construct,
    tokenize(this: TokenizeContext, effects, ok, nok) {
      return (code) => {
        const text = parsingText();
        const offset = this.now().offset;
        // Only at a character of the text itself (not a line ending, tab or the end), known to be at `offset`.
        const sure = text !== undefined && code !== null && code >= 0 && text.charCodeAt(offset) === code && !afterTableRow(this);
        return sure && !delimiterRowNext(text, offset) ? nok(code) : tokenize.call(this, effects, ok, nok)(code);
      };
    },
  };
}

/** Replaces, in place, remark-gfm's table construct (flow, any character) by the guarded one. */
export function guardTable(extensions: readonly MicromarkExtension[]): void {
  for (const ext of extensions) {
    const flow = ext.flow;
    const any = flow?.null;
    if (!flow || any === undefined) continue;
    const list = Array.isArray(any) ? (any as readonly Construct[]) : [any as Construct];
    const replaced = list.map((c) => (c.name === 'table' ? guarded(c) : c));
    flow.null = Array.isArray(any) ? replaced : replaced[0];
  }
}
