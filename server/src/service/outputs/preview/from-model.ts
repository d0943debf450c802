/**
 * Builds the preview's payload from one analysed document, reading its derived facts: the
 * key figures and resolved timeline, measures with the tasks that cover them, and the
 * tasks with their fields. Pure: the LSP feature calls it with the document's analysis.
 */
import type { Postmortem } from '../../model/schema';
import type { FigurePoint } from '../../derive/figures/index';
import type { Derived } from '../../derive/index';
import { pointText, usesTwelveHour } from '../../derive/timeline/format';
import { parseTracking } from '../../lex/items/fields';
import type { PreviewData, PreviewTimelineEntry } from './data';

function kindAt(line: number, f: { detection: FigurePoint | null; mitigation: FigurePoint | null; resolution: FigurePoint | null }): PreviewTimelineEntry['kind'] {
  const from = (p: FigurePoint | null): boolean => p !== null && p.source === 'timeline' && p.range.start.line === line;
  if (from(f.resolution)) return 'resolution';
  if (from(f.detection)) return 'detection';
  if (from(f.mitigation)) return 'mitigation';
  return null;
}

/** What the preview reads: an analysis (its model and derived facts). */
export interface Previewed {
  readonly model: Postmortem;
  readonly derived: Pick<Derived, 'timeline' | 'figures' | 'coverage'>;
}

export function previewFromAnalysis(uri: string, version: number, a: Previewed): PreviewData {
  const { model, derived } = a;
  const tl = derived.timeline;
  const f = derived.figures;
  const date = model.frontMatter?.data && typeof model.frontMatter.data.date === 'string'
    ? model.frontMatter.data.date
    : (model.summary.date?.text ?? model.title?.date?.text ?? f.start?.date ?? null);
  // The same reading as the key figures and the hover: the document's 12- or 24-hour style, its zone.
  const twelve = usesTwelveHour(model.timeline);
  const timeline: PreviewTimelineEntry[] = tl.entries.map((r) => {
    const hhmm = r.entry.time?.slice(0, 5) ?? null;
    const time = hhmm !== null && /^\d{2}:\d{2}$/.test(hhmm) ? hhmm : null;
    return {
      line: r.entry.line,
      time,
      clock: time !== null && r.point ? pointText(r.point, twelve) : null,
      minutesFromStart: r.sinceStart,
      text: r.entry.text,
      kind: kindAt(r.entry.line, f),
    };
  });
  const cov = new Map(derived.coverage.map((c) => [c.measureIndex, c]));
  return {
    uri,
    version,
    title: model.title?.text ?? null,
    figures: {
      date,
      start: f.start?.text ?? null,
      end: f.end?.text ?? null,
      duration: f.duration?.text ?? null,
      timeToDetect: f.timeToDetect?.text ?? null,
      timeToMitigate: f.timeToMitigate?.text ?? null,
      timeToResolve: f.timeToResolve?.text ?? null,
      impact: model.summary.impact?.text ?? null,
    },
    timeline,
    measures: model.measures.map((m, i) => {
      // A measure that is also a task (a combined "Measures and action items" list) is its own task.
      const c = cov.get(i);
      const lines = c ? c.taskIndexes.map((k) => model.tasks[k]?.line).filter((l): l is number => l !== undefined) : model.tasks.filter((t) => t.line === m.line).map((t) => t.line);
      return { line: m.line, text: m.text, covered: lines.length > 0, taskLines: lines };
    }),
    tasks: model.tasks.map((t) => ({
      line: t.line,
      text: t.text,
      status: t.status,
      owner: t.owner?.text ?? null,
      due: t.due?.text ?? null,
      priority: t.priority?.text ?? null,
      tracking: t.tracking ? parseTracking(t.tracking.text) : null,
      checkbox: t.checkbox !== null,
    })),
  };
}
