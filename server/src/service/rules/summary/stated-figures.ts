/**
 * The figures a metrics list or table states (`| Time To Detect | 4 minutes |`, `- Total
 * downtime: 6 hours`): total downtime, time to detect, time to resolve, each with its line.
 */
import type { DocumentLines, LineInfo } from '../../parse/document-lines';
import { findDuration } from '../../lex/time/durations';
import { lineRange, type Range } from '../../text/source-text';

export interface StatedFigure { text: string; range: Range; minutes: number }
export interface StatedFigures { total?: StatedFigure; detect?: StatedFigure; resolve?: StatedFigure }

const LABELS: [keyof StatedFigures, RegExp][] = [
  ['total', /^(?:total\s+)?down\s?time$|^total\s+(?:outage|duration|impact)(?:\s+time)?$/i],
  ['detect', /^(?:time\s+to\s+detect(?:ion)?|ttd)$/i],
  ['resolve', /^(?:time\s+to\s+(?:resolve|resolution|recover|recovery|restore)|ttr)$/i],
];

/** The figure a line states, its character in the line. */
interface LineFigure { kind: keyof StatedFigures; text: string; at: number; minutes: number }

/**
 * Each line's figure, in the line view's per-line cache (`lineCache`: a view built after the
 * version before starts with its values for every line the edit did not reach), so a
 * keystroke reads the edited lines again, not every line. The cache is an array: a lookup
 * per line by its LineInfo in a WeakMap cost ~1.7 ms a keystroke at 10,000 lines.
 */
const FIGURES = {};

function lineFigure(li: LineInfo): LineFigure | null {
  if (li.block === 'blank' || li.block === 'code' || li.content.length > 200) return null;
  // A table row's first two cells, or a `Label: value` line.
  const row = li.content.startsWith('|') ? li.content.split('|').slice(1, 3) : null;
  const colon = li.content.indexOf(':');
  const [label, value] = row ?? (colon > 0 ? [li.content.slice(0, colon), li.content.slice(colon + 1)] : ['', '']);
  const name = (label ?? '').replace(/[*_`]+/g, '').trim();
  const kind = LABELS.find(([, re]) => re.test(name))?.[0];
  if (!kind || value === undefined) return null;
  const d = findDuration(value);
  if (!d || d.minutes <= 0) return null;
  return { kind, text: d.text, at: li.contentStart + li.content.indexOf(value) + d.start, minutes: d.minutes };
}

export function statedFigures(lines: DocumentLines): StatedFigures {
  const out: StatedFigures = {};
  const known = lines.lineCache<LineFigure | null>(FIGURES);
  for (let i = 0; i < lines.length; i++) {
    let figure = known[i];
    if (figure === undefined) {
      const li = lines.at(i);
      if (!li) continue;
      known[i] = figure = lineFigure(li);
    }
    if (!figure || out[figure.kind]) continue;
    out[figure.kind] = { text: figure.text, range: lineRange(i, figure.at, figure.at + figure.text.length), minutes: figure.minutes };
  }
  return out;
}
