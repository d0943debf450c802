/** mdast + text -> Postmortem model. Pure and deterministic; cached per document version. */
import type { Root } from 'mdast';
import type { SourceText } from '../text';
import { DocumentLines } from './lines';
import { firstContentLine, findSections } from './sections';
import { readFrontMatter } from './frontmatter';
import { findTitle } from './title';
import { extractTimeline, findAllTimesZone } from './timeline';
import { extractItems } from './items';
import { extractSummary, summaryLines } from './summary';
import { lineRange } from '../text';
import type { Postmortem, Section } from './schema';

export interface Analysed {
  lines: DocumentLines;
  model: Postmortem;
}

export function buildModel(source: SourceText, tree: Root): Analysed {
  const lines = new DocumentLines(source, tree);
  const frontMatter = readFrontMatter(tree);
  const bodyStart = frontMatter ? frontMatter.range.end.line + 1 : 0;
  const found = findSections(lines, bodyStart);
  const firstSection = found[0]?.line ?? lines.length;
  const title = findTitle(lines, firstSection);
  const sections = withImplicitSummary(lines, found, title ? title.line + 1 : bodyStart, firstSection);
  const { entries, untimed } = extractTimeline(lines, sections);
  const model: Postmortem = {
    title,
    frontMatter,
    sections,
    summary: extractSummary(lines, summaryLines(lines, sections)),
    allTimesZone: findAllTimesZone(lines),
    timeline: entries,
    untimedEntries: untimed,
    measures: extractItems(lines, sections, 'measures'),
    tasks: extractItems(lines, sections, 'action-items'),
  };
  return { lines, model };
}

/** Content before the first section, after the title, is the summary when none is named. */
function withImplicitSummary(lines: DocumentLines, sections: Section[], from: number, to: number): Section[] {
  if (sections.some((s) => s.kinds.includes('summary'))) return sections;
  const first = firstContentLine(lines, from, to);
  if (first === null) return sections;
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
  };
  return [implicit, ...sections];
}
