/**
 * Which Markdown files are postmortems (FORMAT.md section 1). About 40% of files named like
 * postmortems in real repositories are not (assignment text, a bare link, a stub), so a path
 * match alone does not make a short stub a postmortem.
 */
import picomatch from 'picomatch/posix';
import type { Postmortem } from './model/schema';
import type { DocumentLines } from './model/lines';
import { NAMES_ITSELF_RE } from './model/section-names';
import type { ResolvedConfig } from './config/schema';

export interface Detection { postmortem: boolean; reason: string }

const matcherCache = new Map<string, (p: string) => boolean>();

function globMatcher(globs: readonly string[]): (p: string) => boolean {
  const key = globs.join('\n');
  let m = matcherCache.get(key);
  if (!m) {
    const compiled = globs.length ? picomatch([...globs], { dot: true, nocase: true }) : () => false;
    m = (p: string) => compiled(p);
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
  const known = new Set(model.sections.filter((s) => s.markup !== 'implicit').map((s) => s.kind));
  if (known.size >= 2) return { postmortem: true, reason: `${known.size} known sections` };
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 5; i++) {
    const li = lines.at(i);
    if (!li || li.block === 'blank' || li.block === 'frontmatter' || li.block === 'html') continue;
    seen++;
    if (NAMES_ITSELF_RE.test(li.content.replace(/^#+\s*/, ''))) return { postmortem: true, reason: 'its first lines name it' };
  }
  if (path !== null && globMatcher(config.globs)(path)) {
    // HTML comments (review notes, suppression comments) are not content.
    const contentLines = lines.info.filter((l) => l.block !== 'blank' && l.block !== 'html').length;
    if (contentLines > 3 || known.size > 0 || contentLines === 0) return { postmortem: true, reason: 'path matches postmortem.globs' };
    return { postmortem: false, reason: 'path matches postmortem.globs, but the file is a stub' };
  }
  return { postmortem: false, reason: 'no sign of a postmortem' };
}
