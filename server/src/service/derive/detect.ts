/**
 * Which Markdown files are postmortems (FORMAT.md section 1). About 40% of files named like
 * postmortems in real repositories are not (assignment text, a bare link, a stub), so a path
 * match alone does not make a short stub a postmortem.
 */
import { globListMatcher } from '../config/glob';
import type { Postmortem } from '../model/schema';
import type { DocumentLines } from '../parse/document-lines';
import { NAMES_ITSELF_RE } from '../lex/section-names';
import type { ResolvedConfig } from '../config/schema';

export interface Detection { postmortem: boolean; reason: string }

const matcherCache = new Map<string, (p: string) => boolean>();

function globMatcher(globs: readonly string[]): (p: string) => boolean {
  const key = globs.join('\n');
  let m = matcherCache.get(key);
  if (!m) {
    // Globs come from a repository's rc file: matched in bounded time (config/glob.ts).
    m = globListMatcher(globs);
    matcherCache.set(key, m);
  }
  return m;
}

/** `path` is relative to the workspace folder (POSIX separators), or null for untitled. */
export function detectPostmortem(path: string | null, model: Postmortem, lines: DocumentLines, config: ResolvedConfig, forced?: boolean): Detection {
  if (forced) return { postmortem: true, reason: 'marked as a postmortem' };
  if (config.enable === 'always') return { postmortem: true, reason: 'postmortem.enable is "always"' };
  if (config.enable === 'never') return { postmortem: false, reason: 'postmortem.enable is "never"' };
  const fm = model.frontMatter?.data;
  if (fm) {
    if (typeof fm.type === 'string' && /^post[\s-]?mortem$/i.test(fm.type)) return { postmortem: true, reason: 'front matter type' };
    if ('postmortem' in fm) return { postmortem: true, reason: 'front matter postmortem key' };
  }
  const body = bodyEvidence(model, lines);
  // Structure alone: three kinds of section at the top level, or two of them as headings.
  if (body.structureKinds >= 3 || (body.topKinds >= 2 && body.headed >= 2)) return { postmortem: true, reason: `${body.structureKinds} known sections` };
  // A name is a hint; the body decides. The assignment text, a link to the real document, a
  // guide with an example postmortem inside it all name themselves "Postmortem".
  const named = namesItself(lines) || (model.title !== null && INCIDENT_TITLE.test(model.title.text));
  const globbed = path !== null && globMatcher(config.globs)(path);
  if (!named && !globbed) {
    if (body.topKinds >= 2 && body.entries >= 2) return { postmortem: true, reason: `${body.topKinds} known sections and a timeline` };
    return { postmortem: false, reason: 'no sign of a postmortem' };
  }
  const why = named ? 'its first lines name it' : 'path matches postmortem.globs';
  if (body.topKinds >= 2 || body.entries >= 2 || (body.topKinds >= 1 && (body.entries >= 1 || body.facts || body.dated))) return { postmortem: true, reason: why };
  // It names itself and states when the incident began and ended (or how long it lasted),
  // or has a section of an incident's own and says when it began (`an outage occurred at
  // approximately 00:07 PST`, then `## Debugging Process`).
  if (named && (body.facts || (body.topKinds >= 1 && body.when))) return { postmortem: true, reason: why };
  // HTML comments (review notes, suppression comments) are not content.
  const contentLines = lines.info.filter((l) => l.block !== 'blank' && l.block !== 'html').length;
  if (globbed && contentLines === 0) return { postmortem: true, reason: 'path matches postmortem.globs' };
  return { postmortem: false, reason: `${named ? 'it names itself a postmortem' : 'its path matches postmortem.globs'}, but holds no incident (no sections, timeline or incident facts)` };
}

/** Words in a title that say it reports an incident (`The auth outage of 2026-08-03`). */
const INCIDENT_TITLE = /\b(?:outage|incident|downtime|disruption|degradation|halt(?:ed)?|breach|went down)\b/i;

function namesItself(lines: DocumentLines): boolean {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 5; i++) {
    const li = lines.at(i);
    if (!li || li.block === 'blank' || li.block === 'frontmatter' || li.block === 'html') continue;
    seen++;
    if (NAMES_ITSELF_RE.test(li.content.replace(/^#+\s*/, ''))) return true;
  }
  return false;
}

/** A heading that introduces an illustration or a brief, not the document's own incident. */
const EXAMPLE_HEADING = /\b(?:example|sample|template|format|structure|how to|requirements?|instructions|guidelines|objectives|(?:key\s+)?(?:components|elements|parts|sections) of|anatomy of|what to include|tips for)\b/i;

interface BodyEvidence {
  /** Kinds of the known sections at the top (not inside a guide's "Example" heading), with content. */
  topKinds: number;
  /** Kinds of the known sections at the top, with content or not (a template's are empty). */
  structureKinds: number;
  /** How many of those are written as headings. */
  headed: number;
  /** Timeline entries with a clock time. */
  entries: number;
  /** The summary states when or how long. */
  facts: boolean;
  /** The summary dates the incident. */
  dated: boolean;
  /** The summary says when the incident began or ended (one end is enough). */
  when: boolean;
}

function bodyEvidence(model: Postmortem, lines: DocumentLines): BodyEvidence {
  const top = (k: number): boolean => {
    for (let p = model.sections[k]?.parent ?? null; p !== null; p = model.sections[p]?.parent ?? null) {
      const ps = model.sections[p];
      if (ps?.kind === 'other' && EXAMPLE_HEADING.test(ps.name)) return false;
    }
    return true;
  };
  const kinds = new Set<string>();
  const structure = new Set<string>();
  const headed = new Set<string>();
  model.sections.forEach((s, k) => {
    if (s.markup === 'implicit') return;
    if (s.kind === 'other' || s.inferred === true) return;
    let hasContent = s.inlineText !== '' || model.sections.some((c) => c.parent === k);
    for (let i = s.contentStart; i < s.end && !hasContent; i++) hasContent = (lines.at(i)?.block ?? 'blank') !== 'blank';
    if (!top(k)) return;
    structure.add(s.kind);
    if (!hasContent) return;
    kinds.add(s.kind);
    if (s.level !== null) headed.add(s.kind);
  });
  const topTimelines = model.sections.filter((s, k) => s.kinds.includes('timeline') && top(k));
  const entries = model.timeline.filter((e) => e.status === 'ok' && topTimelines.some((s) => s.contentStart <= e.line && e.line < s.end)).length;
  // Facts stated inside a guide's example are the example's.
  const mine = (fact: { range: { start: { line: number } } } | null): boolean => {
    if (!fact) return false;
    const k = model.sections.findIndex((s) => s.line <= fact.range.start.line && fact.range.start.line < Math.max(s.end, s.line + 1));
    return k < 0 || top(k);
  };
  const facts = (mine(model.summary.start) && mine(model.summary.end)) || mine(model.summary.duration);
  const dated = mine(model.summary.date);
  const when = mine(model.summary.start) || mine(model.summary.end);
  return { dated, when, structureKinds: structure.size, topKinds: kinds.size, headed: headed.size, entries, facts };
}
