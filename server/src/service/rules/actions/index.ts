import type { Rule } from '../types';

/** Action-item and language rules (issue: action items). */
export const ACTION_RULES: readonly Rule[] = [];
