/**
 * The owner of an item: `@handle`, `Owner: Name`, `(owner: @alice)`, `assigned to Bob`, a closing
 * `[Name]`, or an Owner/Who/Assignee column. Placeholders (`*TBD*`, `?`, `-`) are not owners.
 */
import { cellHit, findCell, isPlaceholder } from './cells';
import { trimHit, type Hit } from './position';
import { allMatches } from '../../text/matches';

export const OWNER_COLUMN = /^(?:owners?|owner role|who|assignee|assigned to|responsible|dri|lead)$/;

/** `Owner: Jane Doe`, `owner - @alice`, `Assignee: Bob`; the value stops at , ; ) ] | or a new field. */
const LABELLED = /\b(?:owners?|assignee|assigned|who|responsible|dri)\s*[:=]\s*([^,;()[\]|\n]+)/gi;
const NEXT_FIELD = /\s+(?:-\s+)?(?:due|by|deadline|priority|status|eta|P[0-4]|#\d)\b.*$/i;
/** `assigned to Bob`, `assigned to @bob`, `assigned to the SRE team`. Case-sensitive names. */
const ASSIGNED_TO = /\b[Aa]ssigned to:?\s+(@[\w.-]*\w|(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}(?:\s+team)?)/g;
const TEAM_SUBJECT = /(?:^|[,.;]\s+|\bforward,?\s+|\bnext,?\s+)(?:the\s+)?((?:[A-Z][\w'-]*\s+){1,3}team)\s+(?:will|is\s+going\s+to|are\s+going\s+to|plans?\s+to|is\s+planning\s+to|has\s+committed\s+to|owns?)\b/;
/**
 * A name in brackets closing the item: `Require three reviewers before release [Jerry]`. Only
 * capitalised words (not `[TBD]`, `[P1]`), not a link (`[x](...)`, `![x]`), not a status word.
 */
const TRAILING_NAME = /(?<![\]!])\[\s*([A-Z][a-z][\w'.-]*(?:\s+[A-Z][a-z]?[\w'.-]*){0,2})\s*\][\s.;]*$/;
const NOT_A_NAME = /^(?:done|todo|to do|pending|open|closed|blocked|optional|draft|completed?|ongoing|in progress|planned|proposed|link|details|here|ticket|issue|source|note|update|fixed|resolved|critical|high|medium|low|urgent|important|wip|new|removed|deprecated|required|recommended)$/i;
/** `@alice` not preceded by a word character (so not an e-mail address). */
const HANDLE = /(?<![\w@])@([A-Za-z0-9](?:[\w.-]*[A-Za-z0-9_])?)/g;

export function findOwner(text: string, cells?: Record<string, string>): Hit | null {
  const cell = findCell(cells, OWNER_COLUMN);
  if (cell !== null) return isPlaceholder(cell) ? null : cellHit(text, cell);

  for (const m of allMatches(text, LABELLED)) {
    const value = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - value.length;
    // The value also ends with its sentence: `Owner: @emil. The job should ...`.
    const cut = value.replace(NEXT_FIELD, '').replace(/(?<=\w{2})\.\s+[A-Z].*$/, '');
    const hit = trimHit(text, start, start + cut.length, '.*_`');
    if (hit && !isPlaceholder(hit.text)) return hit;
    if (hit) return null; // an explicit placeholder owner: the item has no owner
  }
  for (const m of allMatches(text, ASSIGNED_TO)) {
    const value = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - value.length;
    if (!isPlaceholder(value)) return { start, end: start + value.length, text: value };
  }
  // "the Chia team is going to rebuild ...", "The SRE team will add ...": a named team as the
  // subject of the promise owns it.
  const team = TEAM_SUBJECT.exec(text);
  if (team?.[1]) {
    const start = (team.index ?? 0) + team[0].indexOf(team[1]);
    return { start, end: start + team[1].length, text: team[1] };
  }
  for (const m of allMatches(text, HANDLE)) {
    const start = m.index ?? 0;
    return { start, end: start + m[0].length, text: m[0] };
  }
  const trailing = TRAILING_NAME.exec(text);
  if (trailing?.[1] && !NOT_A_NAME.test(trailing[1])) {
    const start = (trailing.index ?? 0) + trailing[0].indexOf(trailing[1]);
    return { start, end: start + trailing[1].length, text: trailing[1] };
  }
  return null;
}
