/**
 * Postmortem templates, one per built-in profile, for the "New Postmortem" command and the
 * snippets. This module is the single source of truth: `scripts/gen-snippets.mjs` writes
 * snippets/postmortem.code-snippets from `buildSnippetFile()`, and a unit test fails when the
 * file on disk differs.
 */
import { TITLE_STOP, ZONE_STOP } from './snippet/builder';
import { PART_SNIPPETS } from './snippet/parts';
import { atlassianTemplate, defaultTemplate, googleSreTemplate, pagerdutyTemplate, type TemplateProfile } from './snippet/profiles';
import { expandSnippet } from './snippet/syntax';

export type { TemplateProfile } from './snippet/profiles';
export { TITLE_STOP, ZONE_STOP } from './snippet/builder';

export interface Template {
  description: string;
  /** VS Code snippet syntax. Tab stop 1 is the title, 2 the time zone. */
  body: string;
  /** The snippet prefix that inserts it. */
  prefix: string;
}

export const TEMPLATES: Record<TemplateProfile, Template> = {
  default: {
    description: 'Postmortem in the default format: issue summary, timeline, root cause and resolution, corrective and preventative measures, tasks.',
    body: defaultTemplate(),
    prefix: 'pm-template',
  },
  'google-sre': {
    description: "Postmortem in Google's SRE format: summary, impact, root causes, trigger, resolution, detection, action items, lessons learned, timeline, supporting information.",
    body: googleSreTemplate(),
    prefix: 'pm-template-google',
  },
  pagerduty: {
    description: "Postmortem in PagerDuty's format: overview, what happened, impact, responders, timeline, root cause, resolution, what went well and not, action items, messaging.",
    body: pagerdutyTemplate(),
    prefix: 'pm-template-pagerduty',
  },
  atlassian: {
    description: "Postmortem in Atlassian's format: summary, leadup, fault, impact, detection, response, recovery, timeline, five whys, root cause, lessons learned, follow-up tasks.",
    body: atlassianTemplate(),
    prefix: 'pm-template-atlassian',
  },
};

export interface TemplateVars {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** 24-hour time, HH:MM. */
  time: string;
  title: string;
  /** Replaces the zone choice's default (UTC). */
  zone?: string;
}

/**
 * Resolves a snippet body to plain text: date and time variables from `vars`, the title and
 * zone tab stops from `vars`, every other placeholder keeps its default.
 */
export function expandTemplate(body: string, vars: TemplateVars): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(vars.date);
  const time = /^(\d{2}):(\d{2})$/.exec(vars.time);
  if (!date || !time) throw new RangeError(`expandTemplate wants date YYYY-MM-DD and time HH:MM, got "${vars.date}" and "${vars.time}"`);
  const [, year = '', month = '', day = ''] = date;
  const [, hour = '', minute = ''] = time;
  const tabstops: Record<number, string> = { [TITLE_STOP]: vars.title };
  if (vars.zone) tabstops[ZONE_STOP] = vars.zone;
  return expandSnippet(body, {
    variables: {
      CURRENT_YEAR: year,
      CURRENT_YEAR_SHORT: year.slice(2),
      CURRENT_MONTH: month,
      CURRENT_DATE: day,
      CURRENT_HOUR: hour,
      CURRENT_MINUTE: minute,
      CURRENT_SECOND: '00',
    },
    tabstops,
  });
}

/** One entry of a VS Code `.code-snippets` file. */
export interface SnippetFileEntry {
  prefix: string;
  description: string;
  body: string[];
}

/** The content of snippets/postmortem.code-snippets: the templates, then the small snippets. */
export function buildSnippetFile(): Record<string, SnippetFileEntry> {
  const out: Record<string, SnippetFileEntry> = {};
  for (const [profile, t] of Object.entries(TEMPLATES)) {
    out[`Postmortem template (${profile})`] = { prefix: t.prefix, description: t.description, body: t.body.split('\n') };
  }
  for (const s of PART_SNIPPETS) out[s.name] = { prefix: s.prefix, description: s.description, body: s.body.split('\n') };
  return out;
}
