/**
 * Document links: ticket references (`ABC-123`, `#123`) through the tracker's URL template,
 * and `@owners` through the people template. No template, no link: a reference is never
 * guessed into a URL.
 */
import type { Range } from '../text/source-text';
import type { DocumentLines } from '../parse/document-lines';
import { ticketReferences } from '../lex/items/labels';
import { handleMentions, inCode, inlineCodeSpans } from './owners';

export interface LinkTemplates {
  /** `https://tracker.example/browse/{id}`: `{id}` is `ABC-123`, or `123` for `#123`. */
  trackerUrl: string | null;
  /** `https://people.example/{handle}`: `{handle}` is the owner without `@`. */
  peopleUrl: string | null;
}

export interface DocumentLink { range: Range; target: string; tooltip: string }

function fill(template: string, key: string, value: string): string | null {
  if (!template.includes(`{${key}}`)) return null;
  const url = template.split(`{${key}}`).join(encodeURIComponent(value));
  return /^https?:\/\//i.test(url) ? url : null;
}

export function documentLinks(lines: DocumentLines, templates: LinkTemplates): DocumentLink[] {
  const { trackerUrl, peopleUrl } = templates;
  if (!trackerUrl && !peopleUrl) return [];
  const out: DocumentLink[] = [];
  const source = lines.source;
  const code = inlineCodeSpans(lines);
  for (let l = 0; l < source.lineCount; l++) {
    if (lines.isCode(l)) continue;
    const text = source.lineAt(l);
    if (trackerUrl) {
      for (const t of ticketReferences(text)) {
        if (inCode(code, l, t.start, t.end)) continue;
        const target = fill(trackerUrl, 'id', t.text.replace(/^#/, ''));
        if (target) out.push({ range: { start: { line: l, character: t.start }, end: { line: l, character: t.end } }, target, tooltip: `Open ${t.text} in the tracker` });
      }
    }
    if (peopleUrl) {
      for (const m of handleMentions(text)) {
        if (inCode(code, l, m.start - 1, m.end)) continue;
        const target = fill(peopleUrl, 'handle', m.handle);
        if (target) out.push({ range: { start: { line: l, character: m.start - 1 }, end: { line: l, character: m.end } }, target, tooltip: `Open @${m.handle}` });
      }
    }
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
