/** Time zones after a timeline entry's time: the document's own zones first, then common ones. */
import type { Parsed } from '../../analysis';
import type { ResolvedConfig } from '../../config/schema';
import type { Completion } from './types';

/** Offered after the document's zones; the zone-dst rule judges EST vs EDT by the date. */
const COMMON = ['UTC', 'GMT', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'BST', 'CET', 'CEST', 'IST', 'WAT', 'EAT', 'SAST', 'JST', 'AEST', 'AEDT'];

function documentZones(parsed: Parsed, config: ResolvedConfig): string[] {
  const m = parsed.model;
  const fm = m.frontMatter?.data ?? null;
  const fmZone = fm ? [fm.timeZone, fm.timezone].filter((z): z is string => typeof z === 'string') : [];
  return [
    ...fmZone,
    ...m.sections.filter((s) => s.kinds.includes('timeline')).map((s) => s.zone ?? ''),
    m.allTimesZone?.text ?? '',
    m.summary.zone?.text ?? '',
    ...m.timeline.map((e) => e.zone?.text ?? ''),
    config.timeZone,
  ].map((z) => z.trim()).filter((z) => z !== '');
}

export function zoneCompletions(parsed: Parsed, line: number, before: string, config: ResolvedConfig): Completion[] | null {
  const entry = parsed.model.timeline.find((e) => e.line === line);
  if (!entry || entry.status !== 'ok') return null;
  let start: number;
  if (entry.zone?.range && entry.zone.range.end.character === before.length) {
    start = entry.zone.range.start.character; // replace the zone being typed
  } else {
    const timeEnd = entry.timeRange.end.character;
    if (timeEnd > before.length) return null;
    const m = /^\s+\(?([A-Za-z]*)$/.exec(before.slice(timeEnd));
    if (!m || entry.zone) return null;
    start = before.length - (m[1] ?? '').length;
  }
  const range = { start: { line, character: start }, end: { line, character: before.length } };
  const own = documentZones(parsed, config);
  const seen = new Set<string>();
  const out: Completion[] = [];
  for (const [i, z] of [...own, ...COMMON].entries()) {
    if (seen.has(z.toUpperCase())) continue;
    seen.add(z.toUpperCase());
    const mine = i < own.length;
    out.push({ label: z, kind: 'zone', newText: z, range, detail: mine ? 'used in this document' : 'time zone', sortText: `${mine ? 'a' : 'b'}${String(i).padStart(3, '0')}` });
  }
  return out;
}
