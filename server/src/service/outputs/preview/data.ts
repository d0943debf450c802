/**
 * What the server sends the preview for one document version. Plain data: every string is
 * document text, to be escaped by the renderer; lines are 0-based document lines.
 */
// The namespace import lets esbuild keep only the parts of zod used (its locales alone are ~350 KB).
import * as z from 'zod';

const line = z.number().int().nonnegative();
const text = z.string().nullable();

export const PreviewFiguresSchema = z.object({
  date: text,
  start: text,
  end: text,
  duration: text,
  timeToDetect: text,
  timeToMitigate: text,
  timeToResolve: text,
  impact: text,
});

export const PreviewTimelineEntrySchema = z.object({
  line,
  /** HH:MM (24-hour), or null when the entry's time is unknown or malformed. */
  time: z.string().regex(/^\d{2}:\d{2}$/).nullable(),
  /**
   * The time as the document writes it, with the zone it is read in (`9:10 AM EST`,
   * `14:05 UTC`): 12-hour when the timeline writes 12-hour times. Null with `time`.
   * Optional so that a payload from an older server still parses.
   */
  clock: z.string().nullable().optional(),
  minutesFromStart: z.number().nullable(),
  text: z.string(),
  kind: z.enum(['detection', 'mitigation', 'resolution']).nullable(),
});

export const PreviewMeasureSchema = z.object({
  line,
  text: z.string(),
  covered: z.boolean(),
  /** Lines of the tasks that cover it (tasks[].line). */
  taskLines: z.array(line),
});

export const PreviewTaskSchema = z.object({
  line,
  text: z.string(),
  status: z.enum(['open', 'done']).nullable(),
  owner: text,
  due: text,
  priority: text,
  tracking: z.object({ text: z.string(), href: z.string().nullable() }).nullable(),
  /** The task is a `- [ ]` / `- [x]` item, so the preview can toggle it. */
  checkbox: z.boolean(),
});

export const PreviewDataSchema = z.object({
  uri: z.string(),
  version: z.number().int(),
  title: text,
  figures: PreviewFiguresSchema,
  timeline: z.array(PreviewTimelineEntrySchema),
  measures: z.array(PreviewMeasureSchema),
  tasks: z.array(PreviewTaskSchema),
});

export type PreviewFigures = z.infer<typeof PreviewFiguresSchema>;
export type PreviewTimelineEntry = z.infer<typeof PreviewTimelineEntrySchema>;
export type PreviewMeasure = z.infer<typeof PreviewMeasureSchema>;
export type PreviewTask = z.infer<typeof PreviewTaskSchema>;
export type PreviewData = z.infer<typeof PreviewDataSchema>;
