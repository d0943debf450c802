import type { Rule } from '../types';
import type { DocumentLines } from '../../parse/document-lines';
import type { Postmortem } from '../../model/schema';
import { labelLines } from '../structure/presence';
import { extractSummary, leadLines, summaryLines } from '../../model/summary';
import { summaryAnchor } from '../timeline/shared';
import { isTemplate } from '../structure/template';

/** Text of a line after its label (`Impact: most users`, `Who was affected? One user.`), markup removed. */
function afterLabel(content: string): string {
  const text = content.replace(/<[^>]*>/g, ' ').replace(/[*_`#]+/g, '').trim();
  const colon = /[:?]/.exec(text);
  return colon ? text.slice(colon.index + 1).trim() : '';
}

const WHO_OR_WHAT = /\b(?:users?|customers?|clients?|visitors?|students?|members?|people|employees|staff|developers|engineers|teams?|merchants|subscribers|players|tenants|everyone|anyone|no one|websites?|sites?|services?|apps?|applications?|api|apis|servers?|systems?|databases?|pages?|platforms?|features?|requests?|jobs?|builds?|deployments?|clusters?|pipelines?|nodes?|pods?|traffic|transactions?|orders?|payments?|logins?|uploads?|downloads?|emails?|messages?|files?|reports?|partners?|queries|query|search(?:es)?|shoppers?|buyers?|writers?|readers?|visits?|sessions?|laptop|machine|project|sso|auth\w*|logins?|sign-?ins?|checkout|portal|dashboard|environments?|tools?|programs?|editors?|we|our company|[\w-]+\.(?:com|org|net|io|dev|app))\b/i;
const EFFECT = /\b(?:stall\w*|halt\w*|outage|downtime|unavailab\w*|inaccessible|unreachable|unresponsive|down|offline|degraded|degradation|disrupt\w*|slow\w*|errors?|fail\w*|crash\w*|unable|could not|couldn['’]t|not able|prevented|impact\w*|affect\w*|broke\w*|stopped|hung|timed? out|timeouts?|lost|delayed|late|empty|missing|dropped|blank|wrong|warnings?|disappear\w*|experienc\w*|encounter\w*|[45]\d\d)\b/i;

// "caused 40min of total outage": the whole service, said in one word.
const WHOLE_OUTAGE = /\b(?:total|full|complete|partial|major|global|site[\s-]?wide|service|platform)\s+(?:outage|downtime|unavailability)\b/i;

/** A sentence of the summary that says who or what suffered what ("the websites could not serve pages"). */
function effectStated(model: Postmortem, lines: DocumentLines): boolean {
  for (const i of [...leadLines(lines, model.sections, model.title), ...summaryLines(lines, model.sections)]) {
    const text = lines.at(i)?.content ?? '';
    if (WHOLE_OUTAGE.test(text)) return true;
    for (const sentence of text.split(/(?<=[.!?])\s+/)) if (EFFECT.test(sentence) && WHO_OR_WHAT.test(sentence)) return true;
  }
  return false;
}

/**
 * An Impact section, field or label that says something: a reader has the impact there,
 * whether or not it is a share or a count. The label's own line, or the next line with
 * content that opens no section, is what it says. An Impact heading left empty is a slot
 * to fill (section-empty speaks about it), not an absence.
 */
function impactWritten(model: Postmortem, lines: DocumentLines): boolean {
  const starts = new Set(model.sections.map((s) => s.line));
  for (const i of labelLines(lines, 'impact')) {
    const li = lines.at(i);
    if (li && afterLabel(li.content) !== '') return true;
    for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
      const lj = lines.at(j);
      if (!lj || lj.block === 'blank' || lj.block === 'thematic') continue;
      if (starts.has(j)) break;
      if (lj.content.trim() !== '') return true;
    }
    // An empty `Customer impact` slot (a template): asked for, to be filled in; not absent.
    if (model.sections.some((s) => s.line === i)) return true;
  }
  return false;
}

/**
 * The summary should say the impact: a share, a count, or the affected service. Reported
 * only when a reader finds no impact at all (no Impact section, field or label, and no
 * sentence of the summary saying who or what suffered what); an impact stated in words but
 * not quantified is left alone, since no rule can tell a vague impact from a small one.
 */
export const summaryImpact: Rule = {
  meta: {
    name: 'summary-impact',
    description: 'The summary gives no quantified impact (a share of users, a count, or the affected service).',
    category: 'summary',
    defaultSeverity: 'warning',
    fixable: false,
    reads: ['document'],
  },
  check(ctx) {
    if (ctx.model.summary.impact || impactWritten(ctx.model, ctx.lines) || effectStated(ctx.model, ctx.lines)) return;
    if (extractSummary(ctx.lines, leadLines(ctx.lines, ctx.model.sections, ctx.model.title)).impact) return;
    const at = summaryAnchor(ctx.model, ctx.lines);
    if (!at) return;
    // A summary of some length may state its impact in words no list knows ("the chain
    // stalled at block 4779033"): then the absence is a guess, said below a warning.
    const words = summaryLines(ctx.lines, ctx.model.sections).reduce((n, i) => n + (ctx.lines.at(i)?.content.split(/\s+/).filter(Boolean).length ?? 0), 0);
    // A template's summary is a slot to fill (the placeholder rule names what is left in).
    ctx.report({
      ...(words >= 25 || isTemplate(ctx.model, ctx.lines, ctx.source) ? { uncertain: true } : {}),
      range: at,
      message: 'The summary does not say who or what was affected. Quantify the impact, e.g. `25% of users saw errors` or `1,200 orders were delayed`, and name the service.',
    });
  },
};
