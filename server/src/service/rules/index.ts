/** Every rule, in catalogue order. Each group's index is owned by the feature that adds it. */
import type { Rule } from './types';
import { STRUCTURE_RULES } from './structure/index';
import { TIMELINE_RULES } from './timeline/index';
import { ACTION_RULES } from './actions/index';
import { createSuppressionUnknownRule } from './suppression/unknown-rule';

const suppressionUnknownRule = createSuppressionUnknownRule(() => KNOWN_NAMES);

export const ALL_RULES: readonly Rule[] = [...STRUCTURE_RULES, ...TIMELINE_RULES, ...ACTION_RULES, suppressionUnknownRule];

export const RULES_BY_NAME: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((r) => [r.meta.name, r]));

const KNOWN_NAMES: ReadonlySet<string> = new Set(RULES_BY_NAME.keys());
