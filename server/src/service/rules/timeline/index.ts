import type { Rule } from '../types';

/** Timeline, summary and date rules (issue: timeline and summary intelligence). */
export const TIMELINE_RULES: readonly Rule[] = [];
