import { lineRange } from '../../text/source-text';
import { FrontMatterDataSchema } from '../../model/frontmatter-schema';
import type { Rule } from '../types';

/** A value as the author wrote it, on one short line (an object printed as `[object Object]`). */
function shown(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().replace(/T00:00:00\.000Z$/, '');
  let text: string;
  if (value !== null && typeof value === 'object') {
    try { text = JSON.stringify(value) ?? String(value); } catch { text = Array.isArray(value) ? 'a list' : 'a mapping'; }
  } else text = String(value);
  text = text.replace(/\s+/g, ' ').replace(/`/g, "'");
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** Front matter that breaks the schema: unknown severity, bad date, wrong type, bad YAML. */
export const frontMatterSchema: Rule = {
  meta: {
    name: 'front-matter-schema',
    description: 'The YAML front matter breaks the schema (unknown severity, bad date, wrong type) or is not valid YAML.',
    category: 'metadata',
    defaultSeverity: 'error',
    fixable: false,
    reads: ['document'],
  },
  check(ctx) {
    const fm = ctx.model.frontMatter;
    if (!fm) return;
    if (fm.error) {
      ctx.report({ range: ctx.source.lineRange(fm.error.line), message: `The front matter is not valid YAML: ${fm.error.message}. Fix the YAML syntax.` });
      return;
    }
    const result = FrontMatterDataSchema.safeParse(fm.data ?? {});
    if (result.success) return;
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      let line = fm.range.start.line;
      for (let i = fm.range.start.line + 1; i < fm.range.end.line; i++) {
        if (new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(ctx.source.lineAt(i))) { line = i; break; }
      }
      const raw = ctx.source.lineAt(line);
      const value = fm.data?.[key];
      ctx.report({
        range: lineRange(line, raw.length - raw.trimStart().length, raw.length),
        message: `Front matter \`${key}\`${value !== undefined ? ` (\`${shown(value)}\`)` : ''} ${issue.message.replace(/^Invalid input: /, '')}. Correct the value.`,
      });
    }
  },
};
