/**
 * The Postmortem model. Every field that comes from the document remembers where (0-based
 * lines, LSP-shaped ranges), so rules, hovers, code lenses and the preview point at text.
 * The schemas are the source of the types (z.infer); they also validate `--print-model`
 * output in tests.
 */
// The namespace import lets esbuild keep only the parts of zod used (its locales alone are ~350 KB).
import * as z from 'zod';

export const PositionSchema = z.object({ line: z.number().int().nonnegative(), character: z.number().int().nonnegative() });
export const RangeSchema = z.object({ start: PositionSchema, end: PositionSchema });

export const SectionKindSchema = z.enum([
  'summary',
  'impact',
  'timeline',
  'root-cause',
  'resolution',
  'measures',
  'action-items',
  'detection',
  'response',
  'leadup',
  'lessons-learned',
  'supporting-information',
]);
export type SectionKind = z.infer<typeof SectionKindSchema>;

/**
 * A section of the document: one of the kinds above, or `other` for a header a reader sees
 * whose name is none of them ("Conclusion", "Background", an unrecognised heading). `other`
 * sections only end the section before them; no profile requires them and no rule judges them.
 */
export const ModelSectionKindSchema = z.union([SectionKindSchema, z.literal('other')]);
export type ModelSectionKind = z.infer<typeof ModelSectionKindSchema>;

/** How a section's header line is written. */
export const HeaderMarkupSchema = z.enum([
  'atx', // ## Timeline
  'setext', // Timeline\n---
  'atx-nospace', // ##Timeline (not a heading in CommonMark)
  'bold', // **Timeline:**
  'italic', // *Tasks*
  'plain', // Timeline:  (possibly inside a paragraph)
  'list-item', // - Timeline:
  'html', // <h2>Timeline</h2>
  'quote-prefix', // >>Issue Summary
  'implicit', // no header: the summary before the first section
]);
export type HeaderMarkup = z.infer<typeof HeaderMarkupSchema>;

export const SectionSchema = z.object({
  /** The primary kind, first of `kinds`. */
  kind: ModelSectionKindSchema,
  /** A combined header such as "Root Cause and Resolution" carries both kinds. */
  kinds: z.array(ModelSectionKindSchema).min(1),
  /** The header's name as written, markup and trailing punctuation removed. */
  name: z.string(),
  markup: HeaderMarkupSchema,
  /** Heading depth for ATX/setext/HTML/`#`-prefixed headers, else null. */
  level: z.number().int().min(1).max(6).nullable(),
  /** The header line (for 'implicit', the first content line). */
  line: z.number().int().nonnegative(),
  /** The header's text on its line. */
  headerRange: RangeSchema,
  /** Text after the header on the same line (`**Impact:** 25% of users`), if any. */
  inlineText: z.string(),
  /** First line after the header, and the line after the section's last line. */
  contentStart: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** A zone from a parenthesised suffix: `Timeline (UTC)`, `Timeline (All times WAT)`. */
  zone: z.string().nullable(),
  /**
   * The index in `sections` of the section this one is a part of (`Tasks:` under the
   * measures, `### Resolution` under "Root Cause and Resolution"), or null at the top.
   */
  parent: z.number().int().nonnegative().nullable(),
  /**
   * The kind was inferred, not named: from the first words of a longer heading ("The fault,
   * in three layers") or from what the section holds (a heading over timed lines). Rules
   * take an inferred section as present, but judge nothing else about it.
   */
  inferred: z.boolean().optional(),
});
export type Section = z.infer<typeof SectionSchema>;

/**
 * A label that introduces a fact inside a section, not a section of its own: `**Duration:** 2h`
 * or `Impact:` as a line of the summary, `Root Cause:` under "Root Cause and Resolution",
 * `Detection:` grouping entries of the timeline. Read from its markup relative to its peers.
 */
export const FieldLabelSchema = z.object({
  line: z.number().int().nonnegative(),
  /** The section kinds its name denotes (a root-cause field: ['root-cause']). */
  kinds: z.array(SectionKindSchema).min(1),
  name: z.string(),
  nameRange: RangeSchema,
  /** Text after the label on its line, if any. */
  inlineText: z.string(),
  /** The index in `sections` of the section it is part of, or null before any section. */
  section: z.number().int().nonnegative().nullable(),
});
export type FieldLabel = z.infer<typeof FieldLabelSchema>;

export const DateSchema = z.object({
  text: z.string(),
  range: RangeSchema,
  /** YYYY-MM-DD, or --MM-DD when the year is not written. */
  iso: z.string(),
  year: z.number().int().nullable(),
  month: z.number().int(),
  day: z.number().int(),
  weekday: z.number().int().nullable(),
  ambiguous: z.boolean(),
});
export type DateFact = z.infer<typeof DateSchema>;

export const ZoneSchema = z.object({ text: z.string(), range: RangeSchema.nullable() });

export const TimelineEntrySchema = z.object({
  line: z.number().int().nonnegative(),
  /** The last line of the entry (continuation lines included). */
  endLine: z.number().int().nonnegative(),
  /** How the entry is written. */
  markup: z.enum(['list-item', 'plain', 'table-row', 'heading', 'quote', 'html']),
  timeText: z.string(),
  timeRange: RangeSchema,
  status: z.enum(['ok', 'malformed', 'unknown']),
  /** The clock time as 24-hour HH:MM or HH:MM:SS; null when unknown or malformed. */
  time: z.string().nullable(),
  /** Minutes since midnight (seconds as a fraction), or null. */
  minutes: z.number().nullable(),
  meridiem: z.enum(['am', 'pm']).nullable(),
  date: DateSchema.nullable(),
  /** The date a day marker above the entry sets (a date line or date heading in the timeline), when the entry writes none. */
  day: DateSchema.optional(),
  /** The zone written on the entry itself, if any. */
  zone: ZoneSchema.nullable(),
  /** The event text after the separator. */
  text: z.string(),
  textRange: RangeSchema,
  problem: z.string().optional(),
  suggestion: z.string().optional(),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const ItemFieldSchema = z.object({ text: z.string(), range: RangeSchema });
export type ItemField = z.infer<typeof ItemFieldSchema>;

export const ItemSchema = z.object({
  line: z.number().int().nonnegative(),
  endLine: z.number().int().nonnegative(),
  /** The item's text without list marker, checkbox or table pipes. */
  text: z.string(),
  textRange: RangeSchema,
  markup: z.enum(['list-item', 'checkbox', 'numbered', 'table-row', 'plain']),
  /** For a table row: cells by their header's lower-cased name. */
  cells: z.record(z.string(), z.string()).optional(),
  /**
   * For a table row: where each cell (by the same names) sits on the row, its text without
   * the blanks around it; a blank cell spans all between its pipes (`blank`), so a fix can fill it.
   */
  cellRanges: z.record(z.string(), z.object({ range: RangeSchema, blank: z.boolean() })).optional(),
  owner: ItemFieldSchema.nullable(),
  due: ItemFieldSchema.nullable(),
  priority: ItemFieldSchema.nullable(),
  /** 'done' / 'open' from a checkbox, DONE/TODO words or a Status column; null if unknown. */
  status: z.enum(['open', 'done']).nullable(),
  /** The checkbox itself, where there is one (`[ ]`, `[x]`, malformed `[]`). */
  checkbox: z.object({ checked: z.boolean(), range: RangeSchema, wellFormed: z.boolean() }).nullable(),
  tracking: ItemFieldSchema.nullable(),
  type: z.enum(['mitigate', 'prevent', 'process']).nullable(),
});
export type Item = z.infer<typeof ItemSchema>;

export const SummaryFactsSchema = z.object({
  date: DateSchema.nullable(),
  start: z.object({ text: z.string(), range: RangeSchema, minutes: z.number(), time: z.string(), zone: z.string().nullable(), date: DateSchema.nullable() }).nullable(),
  end: z.object({ text: z.string(), range: RangeSchema, minutes: z.number(), time: z.string(), zone: z.string().nullable(), date: DateSchema.nullable() }).nullable(),
  /** A stated duration ("lasted 2 hours and 5 minutes"), in minutes. */
  duration: z.object({ text: z.string(), range: RangeSchema, minutes: z.number() }).nullable(),
  /** A zone named anywhere in the summary. */
  zone: ZoneSchema.nullable(),
  impact: z.object({ text: z.string(), range: RangeSchema, kind: z.enum(['share', 'count', 'service']) }).nullable(),
  rootCause: z.object({ text: z.string(), range: RangeSchema }).nullable(),
});
export type SummaryFacts = z.infer<typeof SummaryFactsSchema>;

export const FrontMatterSchema = z.object({
  /** The whole block, from the opening `---` line to the closing one; the body starts after `range.end.line`. */
  range: RangeSchema,
  /** Parsed data (validated by the front-matter-schema rule, not here). */
  data: z.record(z.string(), z.unknown()).nullable(),
  /** A YAML syntax error, if any. */
  error: z.object({ message: z.string(), line: z.number().int() }).nullable(),
  /** The `date` key read as a calendar date (a YAML date, or a string holding one with its year). */
  date: z.object({ year: z.number().int(), month: z.number().int(), day: z.number().int() }).nullable().optional(),
});
export type FrontMatter = z.infer<typeof FrontMatterSchema>;

export const PostmortemSchema = z.object({
  title: z.object({ text: z.string(), line: z.number().int(), range: RangeSchema, date: DateSchema.nullable() }).nullable(),
  frontMatter: FrontMatterSchema.nullable(),
  sections: z.array(SectionSchema),
  /** Labels that introduce a fact inside a section (see FieldLabelSchema). */
  fields: z.array(FieldLabelSchema),
  summary: SummaryFactsSchema,
  /** "All times in X" lines. */
  allTimesZone: ZoneSchema.nullable(),
  /** A zone stated in the header row of the timeline's (first) table: `| Time (UTC) | Event |`. */
  tableZone: ZoneSchema.nullable().optional(),
  timeline: z.array(TimelineEntrySchema),
  /** Lines in the timeline section that look like entries (list items, rows) but carry no time. */
  untimedEntries: z.array(z.object({ line: z.number().int(), text: z.string(), range: RangeSchema })),
  measures: z.array(ItemSchema),
  tasks: z.array(ItemSchema),
});
export type Postmortem = z.infer<typeof PostmortemSchema>;
