/** mdast + text -> Postmortem model. Pure and deterministic; cached per document version. */
import type { Root } from 'mdast';
import type { SourceText } from '../text/source-text';
import { DocumentLines } from '../parse/document-lines';
import { findSections, type SectionsRead } from './sections';
import { firstContentLine } from './line-shapes';
import { matchHeader } from './headers';
import { inferKinds } from './infer';
import { readFrontMatter } from './frontmatter';
import { findTitle } from './title';
import { findAllTimesZone, type TimelineExtract } from './timeline';
import { readTimeline } from './incremental-timeline';
import { extractItems } from './items';
import { findTableZone } from './table-zone';
import { extractSummary, summaryLines } from './summary';
import { lineRange } from '../text/source-text';
import type { Item, Postmortem, Section } from './schema';

export interface Analysed {
  lines: DocumentLines;
  model: Postmortem;
}

export function buildModel(source: SourceText, tree: Root): Analysed {
  const lines = new DocumentLines(source, tree);
  return { lines, model: modelOf(lines, tree) };
}

/** The model of a document's lines, read in full. */
export function modelOf(lines: DocumentLines, tree: Root): Postmortem {
  const structure = structureOf(lines, tree);
  return assemble(lines, structure, extractParts(lines, structure.sections));
}

/** The document-wide reading: front matter, title, sections and field labels. */
export interface Structure {
  frontMatter: Postmortem['frontMatter'];
  title: Postmortem['title'];
  sections: Section[];
  fields: Postmortem['fields'];
}

/** What is read section by section: the timeline's entries and the items. */
export interface Parts {
  timeline: TimelineExtract;
  measures: Item[];
  tasks: Item[];
}

export function structureOf(lines: DocumentLines, tree: Root): Structure {
  const frontMatter = readFrontMatter(tree);
  const bodyStart = frontMatter ? frontMatter.range.end.line + 1 : 0;
  // The title comes first: the first heading (or self-naming line) before any known section.
  // Its heading is not a section, nor is what follows it part of one: sections start after it.
  const title = findTitle(lines, firstKnownHeader(lines, bodyStart));
  const titled = findSections(lines, title ? title.line + 1 : bodyStart);
  const firstSection = titled.sections[0]?.line ?? lines.length;
  const implicit = withImplicitSummary(lines, titled, title ? title.line + 1 : bodyStart, firstSection);
  return { frontMatter, title, sections: inferKinds(lines, implicit.sections), fields: implicit.fields };
}

/** The timeline read in full (its checkpoints kept for the incremental model). */
export function extractTimelinePart(lines: DocumentLines, sections: readonly Section[]): TimelineExtract {
  return readTimeline(lines, sections);
}

export function extractItemParts(lines: DocumentLines, sections: readonly Section[]): Pick<Parts, 'measures' | 'tasks'> {
  return { measures: extractItems(lines, sections, 'measures'), tasks: extractItems(lines, sections, 'action-items') };
}

function extractParts(lines: DocumentLines, sections: readonly Section[]): Parts {
  return { timeline: extractTimelinePart(lines, sections), ...extractItemParts(lines, sections) };
}

/** The model from its structure and parts; the document-wide facts (summary, zones) are read here. */
export function assemble(lines: DocumentLines, structure: Structure, parts: Parts): Postmortem {
  const { sections } = structure;
  const { entries, untimed } = parts.timeline;
  return {
    title: structure.title,
    frontMatter: structure.frontMatter,
    sections,
    fields: structure.fields,
    summary: extractSummary(lines, summaryLines(lines, sections)),
    allTimesZone: findAllTimesZone(lines),
    tableZone: findTableZone(lines, entries),
    timeline: entries,
    untimedEntries: untimed,
    measures: parts.measures,
    tasks: parts.tasks,
  };
}

/** The first line that is a header of a known kind (the title is looked for above it). */
function firstKnownHeader(lines: DocumentLines, from: number): number {
  for (let i = from; i < lines.length; i++) {
    const li = lines.at(i);
    if (!li || li.block === 'blank') continue;
    const h = matchHeader(lines, i);
    if (h && !h.kinds.includes('other')) return i;
  }
  return lines.length;
}

/** Content before the first section, after the title, is the summary when none is named. */
function withImplicitSummary(lines: DocumentLines, read: SectionsRead, from: number, to: number): SectionsRead {
  const sections = read.sections;
  if (sections.some((s) => s.kinds.includes('summary'))) return read;
  const first = firstContentLine(lines, from, to);
  if (first === null) return read;
  const implicit: Section = {
    kind: 'summary',
    kinds: ['summary'],
    name: '',
    markup: 'implicit',
    level: null,
    line: first,
    headerRange: lineRange(first, 0, 0),
    inlineText: '',
    contentStart: first,
    end: to,
    zone: null,
    parent: null,
  };
  const shift = (k: number | null): number | null => (k === null ? null : k + 1);
  return {
    sections: [implicit, ...sections.map((s) => ({ ...s, parent: shift(s.parent) }))],
    // Fields before any section are the implicit summary's.
    fields: read.fields.map((f) => ({ ...f, section: f.section === null ? (f.line >= first ? 0 : null) : f.section + 1 })),
  };
}
