import type { Rule } from '../types';

/** Kilobytes (of 1024 characters), shown with one decimal above 1 MB. */
export function sizeLabel(chars: number): string {
  const kb = chars / 1024;
  return kb >= 1024 ? `${(kb / 1024).toFixed(1).replace(/\.0$/, '')} MB` : `${Math.ceil(kb)} KB`;
}

/** The message of the one finding on a document over the size budget. */
export function fileTooLargeMessage(chars: number, limitKb: number): string {
  return `This document is ${sizeLabel(chars)}, over the size budget of ${sizeLabel(limitKb * 1024)} (\`maxFileSize\`): it is not linted. Raise \`maxFileSize\` (setting \`postmortem.maxFileSize\` or \`.postmortemrc.json\`) to lint it, or split the document.`;
}

/**
 * A document over the size budget (`maxFileSize`). Such a document is never parsed: the
 * finding is made by analysis.ts (`budgetedAnalysis`) before any parsing, with this rule's
 * name, severity and docs page. `check` runs only on parsed documents, which are within the
 * budget, so it has nothing to report.
 */
export const fileTooLarge: Rule = {
  meta: {
    name: 'file-too-large',
    description: 'The document is larger than the size budget (`maxFileSize`, 1 MB by default), so it is not linted.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    reads: ['document'],
  },
  check() {
    // Reported before parsing (see above).
  },
};
