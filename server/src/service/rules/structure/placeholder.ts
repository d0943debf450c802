import { lineRange } from '../../text/source-text';
import type { Rule } from '../types';
import { quote } from './shared';

const PATTERNS: { re: RegExp; what: string }[] = [
  { re: /\b(?:TODO|TBD|TBA|FIXME)\b/g, what: 'a placeholder word' },
  { re: /\b(?:XXX+|YYY+|ZZZ+)\b/g, what: 'a placeholder value' },
  // Question marks standing for a value (`Time to detect: ?`, `| ??? |`, `at ????`), not a
  // question's own marks (`why is this in the config????`).
  { re: /(?<=[:|][ \t]{0,40})\?+(?=\s*(?:$|\|))|(?<=^|[\s(\[])\?{3,}(?=$|[\s)\],.;|])/g, what: 'a placeholder for a value' },
  { re: /\[(?:insert|add|enter|your|describe|link|name|date)\b[^\]]*\]/gi, what: 'a template instruction' },
  { re: /\{\{[^}]*\}\}/g, what: 'a template variable' },
  { re: /\b(?:20xx|yyyy)-(?:mm|xx)-(?:dd|xx)\b/gi, what: 'a placeholder date' },
  { re: /\bhh:mm\b/gi, what: 'a placeholder time' },
  { re: /\b(?:must contain|should contain|is often what executives will read|lorem ipsum)\b/gi, what: 'assignment or template text left in' },
];

// One cheap test per line before the individual patterns: almost no line has any. (Plain
// literals: the patterns' look-behinds, joined into one regex, cost more than the patterns.)
const ANY = /TODO|TBD|TBA|FIXME|XXX|YYY|ZZZ|\?|\[|\{\{|20xx|yyyy|hh:mm|contain|executives|lorem/i;

/** TODO, TBD, XXX, `????` or a lone `?` for a value, `[Insert ...]`, `{{ ... }}`, `20xx-MM-DD`, left-in assignment text. */
export const placeholder: Rule = {
  meta: {
    name: 'placeholder',
    description: 'Placeholder or template text was left in the document.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    reads: ['lines'],
  },
  check(ctx) {
    const headerLines = new Set(ctx.model.sections.filter((s) => s.markup !== 'implicit').map((s) => s.line));
    const itemStarts = new Map<number, number>();
    for (const it of [...ctx.model.tasks, ...ctx.model.measures]) itemStarts.set(it.line, it.textRange.start.character);
    for (let i = 0; i < ctx.lines.length; i++) {
      const li = ctx.lines.at(i);
      if (!li || li.block === 'blank' || li.block === 'code' || li.block === 'frontmatter') continue;
      const raw = ctx.source.lineAt(i);
      if (!ANY.test(raw)) continue;
      for (const { re, what } of PATTERNS) {
        re.lastIndex = 0;
        for (let m = re.exec(raw); m; m = re.exec(raw)) {
          const word = m[0];
          // `TODO` as a section name or as a task's status word is meaning, not a placeholder.
          if (/^todo$/i.test(word) && (headerLines.has(i) || itemStarts.get(i) === m.index)) continue;
          ctx.report({
            range: lineRange(i, m.index, m.index + word.length),
            message: `${quote(word)} is ${what}. Replace it with the real content before the review.`,
          });
        }
      }
    }
  },
};
