/**
 * The built-in profiles: which sections a postmortem must have, in which order. Each follows
 * the published template it is named after; where a template has a section this model does
 * not know ("Responders", "Messaging", "Five whys"), it is left out, and where a template
 * has an optional appendix ("Supporting information"), it is not required.
 */
import type { Profile } from './schema';

export const DEFAULT_PROFILE_NAME = 'default';

export const DEFAULT_PROFILE: Profile = {
  description: 'The seeds\' format: summary, timeline, root cause, resolution, corrective and preventative measures, action items.',
  sections: ['summary', 'timeline', 'root-cause', 'resolution', 'measures', 'action-items'],
};

/**
 * The one list of built-in profile names is the keys below: the settings' descriptions, the
 * rc schema, the docs, the CLI's help and the templates (language/snippet/profiles.ts, typed
 * by `BuiltinProfileName`, so a profile without a template does not compile) read them here.
 */
const BUILTIN = {
  default: DEFAULT_PROFILE,
  // Google SRE book, appendix "Example Postmortem": Summary, Impact, Root Causes, Trigger
  // (a root cause here), Resolution, Detection, Action Items, Lessons Learned, Timeline,
  // Supporting information (optional links, so not required).
  'google-sre': {
    description: 'The Google SRE book\'s example postmortem: summary, impact, root causes, resolution, detection, action items, lessons learned, timeline.',
    sections: ['summary', 'impact', 'root-cause', 'resolution', 'detection', 'action-items', 'lessons-learned', 'timeline'],
  },
  // PagerDuty's response guide template: Overview, What Happened, Contributing Factors,
  // Resolution, Impact, Responders, Timeline, How'd We Do? (lessons learned), Action Items,
  // Messaging.
  pagerduty: {
    description: 'PagerDuty\'s postmortem template: overview, contributing factors, resolution, impact, timeline, how\'d we do, action items.',
    sections: ['summary', 'root-cause', 'resolution', 'impact', 'timeline', 'lessons-learned', 'action-items'],
  },
  // Atlassian's incident handbook template: Summary, Leadup, Fault, Impact, Detection,
  // Response, Recovery, Timeline, (Five whys, Root cause), Lessons learned, Follow-up tasks.
  atlassian: {
    description: 'Atlassian\'s incident postmortem: summary, leadup, fault, impact, detection, response, recovery, timeline, lessons learned, follow-up tasks.',
    sections: [
      'summary',
      'leadup',
      'root-cause',
      'impact',
      'detection',
      'response',
      'resolution',
      'timeline',
      'lessons-learned',
      'action-items',
    ],
  },
} satisfies Record<string, Profile>;

export type BuiltinProfileName = keyof typeof BUILTIN;
export const BUILTIN_PROFILES: Readonly<Record<string, Profile>> = Object.freeze(BUILTIN);
export const BUILTIN_PROFILE_NAMES = Object.keys(BUILTIN) as BuiltinProfileName[];
