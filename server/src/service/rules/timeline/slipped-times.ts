/**
 * Time slips a reader sees wherever a time is written, in the summary's prose as in the
 * timeline: an AM/PM typed with the shift key late (`9:00 pM`), and an AM/PM cut off its
 * time by a colon (`By 7:40: PM`). Both are read as the time the writer meant, so nothing
 * else reports them; both are unambiguous. Only the first fix is applied unseen (fix-all):
 * the second joins the standing `PM` into the time, which the word-keeping check of fix-all
 * counts as a lost word.
 */
import type { DocumentLines, LineInfo } from '../../parse/document-lines';
import { allMatches } from '../../text/matches';

export interface Slip {
  line: number;
  start: number;
  end: number;
  text: string;
  fix: string;
  problem: string;
  /** Safe for fix-all. Not the detached form: it joins a word (`PM`) into the time. */
  safe: boolean;
}

// A lower-case letter then an upper-case one: `pM`, `a.M.`. `Pm` and `pm` are plain spellings.
const SHIFT_SLIP = /(?<![\w:.])(\d{1,2}[:.]\d\d)(\s*)([ap])(\.?)M(\.?)(?![A-Za-z])/g;
// `7:40: PM`: the colon after the minutes leaves the meridiem standing alone.
const DETACHED = /(?<![\w:.])(\d{1,2}:\d\d):\s+([AaPp])\.?([Mm])\.?(?![A-Za-z])/g;
const SKIP = new Set(['blank', 'code', 'indented-code', 'frontmatter', 'html']);

/** A line's slips, without its line number. */
type LineSlip = Omit<Slip, 'line'>;

/**
 * A line's slips by its `LineInfo`: the line view keeps that object (facts never changed
 * after construction) across versions for every line not re-read, so the scan follows the
 * edit instead of every line's regexes on every keystroke (~10 ms at 10,000 lines).
 */
const slipsOfLine = new WeakMap<LineInfo, readonly LineSlip[]>();

function lineSlips(li: LineInfo): readonly LineSlip[] {
  if (SKIP.has(li.block) || !/\d[:.]\d\d/.test(li.content)) return [];
  const out: LineSlip[] = [];
  const base = li.contentStart;
  for (const m of allMatches(li.content, SHIFT_SLIP)) {
    const [all, clock = '', gap = '', letter = ''] = m;
    out.push({ start: base + m.index, end: base + m.index + all.length, text: all, fix: `${clock}${gap}${letter.toUpperCase()}M`, problem: 'its AM/PM mixes lower and upper case', safe: true });
  }
  for (const m of allMatches(li.content, DETACHED)) {
    const [all, clock = '', letter = ''] = m;
    out.push({ start: base + m.index, end: base + m.index + all.length, text: all, fix: `${clock} ${letter.toUpperCase()}M`, problem: 'a colon separates the time from its AM/PM', safe: false });
  }
  return out;
}

export function slippedTimes(lines: DocumentLines): Slip[] {
  const out: Slip[] = [];
  const { from, to } = lines.present();
  for (let i = from; i < to; i++) {
    const li = lines.at(i);
    if (!li) continue;
    let slips = slipsOfLine.get(li);
    if (slips === undefined) slipsOfLine.set(li, (slips = lineSlips(li)));
    for (const slip of slips) out.push({ line: i, ...slip });
  }
  return out;
}
