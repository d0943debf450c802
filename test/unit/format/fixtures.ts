/** Shared findings for the format tests (text written for these tests). */
import type { Finding, RuleMeta } from '../../../server/src/service/rules/types';
import { range } from '../../../server/src/service/text/source-text';
import type { FileReport } from '../../../server/src/service/outputs/format/types';

export const RULES: RuleMeta[] = [
  { name: 'timeline-order', description: 'A timeline entry earlier than the one before it.', category: 'timeline', defaultSeverity: 'error', fixable: true },
  { name: 'task-owner', description: 'A task with no owner.', category: 'action-items', defaultSeverity: 'warning', fixable: true },
  { name: 'summary-root-cause', description: 'The summary does not state the root cause.', category: 'summary', defaultSeverity: 'info', fixable: false },
  { name: 'task-tracking', description: 'A task with no ticket or link.', category: 'action-items', defaultSeverity: 'off', fixable: false },
];

export function finding(partial: Partial<Finding> & Pick<Finding, 'rule' | 'severity' | 'range' | 'message'>): Finding {
  return { fixes: [], docsUrl: `https://docs.example.invalid/rules/${partial.rule}`, ...partial };
}

export const SOURCE = ['# Outage of the queue', '', '## Timeline', '- 10:05 alerts fired', '- 09:50 deploy went out', '', '## Action items', '- [ ] Add a canary stage'].join('\n');

export const REPORTS: FileReport[] = [
  {
    file: 'docs/incidents/queue outage.md',
    postmortem: true,
    source: SOURCE,
    findings: [
      finding({
        rule: 'task-owner',
        severity: 'warning',
        range: range(7, 6, 7, 24),
        message: 'The task `Add a canary stage` has no owner; add one, e.g. `(owner: @name)`.',
        fixes: [{ title: 'Add an owner placeholder', snippet: true, edits: [{ range: range(7, 24, 7, 24), newText: ' (owner: ${1:@name})' }] }],
      }),
      finding({
        rule: 'timeline-order',
        severity: 'error',
        range: range(4, 2, 4, 7),
        message: 'The entry `09:50` is earlier than the one before it (`10:05`); sort the timeline.',
        related: [{ range: range(3, 2, 3, 7), message: 'The entry before it' }],
        fixes: [{ title: 'Sort the timeline', safe: true, edits: [{ range: range(3, 0, 4, 23), newText: '- 09:50 deploy went out\n- 10:05 alerts fired' }] }],
      }),
      finding({ rule: 'summary-root-cause', severity: 'info', range: range(0, 0, 0, 21), message: 'The summary does not state the root cause.' }),
      finding({ rule: 'style-thing', severity: 'hint', range: range(2, 0, 4, 3), message: 'Spans lines,\nwith: 100% odd, characters' }),
    ],
  },
  { file: 'README.md', postmortem: false, findings: [] },
];
