/**
 * suppression-unknown-rule: a suppression comment names a rule that does not exist, so it
 * silences nothing (a typo, or a rule renamed). A rule rather than a server-only warning so
 * the CLI reports it too and it can itself be configured or suppressed.
 */
import { closest, distance } from 'fastest-levenshtein';
import type { Rule } from '../types';

export const SUPPRESSION_UNKNOWN_RULE = 'suppression-unknown-rule';

/** `knownNames` is read at check time: the catalogue is assembled after this module loads. */
export function createSuppressionUnknownRule(knownNames: () => ReadonlySet<string>): Rule {
  return {
    meta: {
      name: SUPPRESSION_UNKNOWN_RULE,
      description: 'A suppression comment names a rule that does not exist, so it silences nothing.',
      category: 'metadata',
      defaultSeverity: 'warning',
      fixable: true,
      reads: ['document'],
    },
    check(ctx) {
      const known = knownNames();
      for (const ref of ctx.derived.suppressions.unknownRules(known)) {
        const names = [...known];
        const guess = names.length > 0 ? closest(ref.name, names) : '';
        const near = guess !== '' && distance(guess, ref.name) <= Math.max(2, Math.floor(ref.name.length / 4));
        ctx.report({
          range: ref.range,
          message: near
            ? `\`${ref.name}\` is not a postmortem rule, so this comment silences nothing. Did you mean \`${guess}\`?`
            : `\`${ref.name}\` is not a postmortem rule, so this comment silences nothing. Use a rule name from the docs.`,
          fixes: near ? [{ title: `Change to '${guess}'`, edits: [{ range: ref.range, newText: guess }], preferred: true }] : [],
        });
      }
    },
  };
}
