/**
 * A section the reading does not name, whose own words say it holds a required one: "What
 * proves it is over" tells the resolution, "What set it off" the root cause. `section-missing`
 * then says that section seems to hold it and asks for the heading, at info: the content is
 * there for a reader, only the name is not, and a free-worded heading is a guess either way.
 */
import type { ModelSectionKind, Postmortem, Section } from '../../model/schema';

// Words a heading uses for what the section of that kind tells. A heading that opens with
// "Also", "Other", "Additional" or "Further" tells a side matter ("Also found and fixed"),
// not the incident's own resolution or cause.
const HOLDS: Partial<Record<ModelSectionKind, RegExp>> = {
  resolution: /\b(?:fix(?:ed|es|ing)?|recover(?:y|ed|ing)?|restor\w*|resolv\w*|mitigat\w*|remed\w*|repair\w*|solv\w*|back (?:up|online|to normal|in service)|(?:it|incident|outage|issue|problem|service)\s+(?:is|was|got)\s+(?:over|back|fixed|resolved|ended))\b/i,
  'root-cause': /(?:\bcaus(?:e|ed|es)\b|\btrigger(?:ed|s)?\b|\bculprit\b|\bwent wrong\b|\bset (?:it|this) off\b)/i,
  measures: /\b(?:prevent\w*|never again|going forward|safeguards?|harden\w*|what we (?:will|are going to) change)\b/i,
  'action-items': /\b(?:next steps?|follow[- ]?ups?|to-?dos?|what we will do|who does what)\b/i,
  timeline: /\b(?:chronolog\w*|sequence of events|how it unfolded|minute by minute|hour by hour)\b/i,
};
const SIDE_MATTER = /^(?:also|other|additional|further|more|misc\w*)\b/i;

/** The first section the reading left unnamed whose heading says it holds the kind, if any. */
export function heldBy(model: Postmortem, kind: ModelSectionKind): Section | null {
  const words = HOLDS[kind];
  if (!words) return null;
  for (const s of model.sections) {
    if (s.markup === 'implicit' || s.kinds.length !== 1 || s.kinds[0] !== 'other') continue;
    const name = s.name.replace(/[*_`#]+/g, ' ').trim();
    if (name !== '' && !SIDE_MATTER.test(name) && words.test(name)) return s;
  }
  return null;
}
