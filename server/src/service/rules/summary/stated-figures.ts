/**
 * The figures a metrics list or table states (`| Time To Detect | 4 minutes |`, `- Total
 * downtime: 6 hours`): total downtime, time to detect, time to resolve, each with its line.
 */
import type { DocumentLines } from '../../parse/document-lines';
import { findDuration } from '../../lex/time/durations';
import { lineRange, type Range } from '../../text/source-text';

export interface StatedFigure { text: string; range: Range; minutes: number }
export interface StatedFigures { total?: StatedFigure; detect?: StatedFigure; resolve?: StatedFigure }

const LABELS: [keyof StatedFigures, RegExp][] = [
  ['total', /^(?:total\s+)?down\s?time$|^total\s+(?:outage|duration|impact)(?:\s+time)?$/i],
  ['detect', /^(?:time\s+to\s+detect(?:ion)?|ttd)$/i],
  ['resolve', /^(?:time\s+to\s+(?:resolve|resolution|recover|recovery|restore)|ttr)$/i],
];

export function statedFigures(lines: DocumentLines): StatedFigures {
  const out: StatedFigures = {};
  for (let i = 0; i < lines.length; i++) {
    const li = lines.at(i);
    if (!li || li.block === 'blank' || li.block === 'code' || li.content.length > 200) continue;
    // A table row's first two cells, or a `Label: value` line.
    const row = li.content.startsWith('|') ? li.content.split('|').slice(1, 3) : null;
    const colon = li.content.indexOf(':');
    const [label, value] = row ?? (colon > 0 ? [li.content.slice(0, colon), li.content.slice(colon + 1)] : ['', '']);
    const name = (label ?? '').replace(/[*_`]+/g, '').trim();
    const kind = LABELS.find(([, re]) => re.test(name))?.[0];
    if (!kind || out[kind] || value === undefined) continue;
    const d = findDuration(value);
    if (!d || d.minutes <= 0) continue;
    const at = li.contentStart + li.content.indexOf(value) + d.start;
    out[kind] = { text: d.text, range: lineRange(i, at, at + d.text.length), minutes: d.minutes };
  }
  return out;
}
