/** A preview payload written for these tests (no corpus text), with hostile strings in it. */
import type { PreviewData } from '../../../server/src/service/outputs/preview/data';

export const XSS = '<img src=x onerror=alert(1)>';

export const sample: PreviewData = {
  uri: 'file:///work/incidents/2024-03-12-queue.md',
  version: 7,
  title: 'Postmortem: order queue stalled on 12 March 2024',
  figures: {
    date: '2024-03-12', start: '09:05 UTC', end: '10:50 UTC', duration: '1h45m',
    timeToDetect: '10m', timeToMitigate: '55m', timeToResolve: '1h45m',
    impact: '18% of checkouts failed for EU customers',
  },
  timeline: [
    { line: 12, time: '08:58', minutesFromStart: -7, text: 'Deploy of consumer v2.3 starts', kind: null },
    { line: 13, time: '09:05', minutesFromStart: 0, text: 'Queue depth alert fires; on-call paged', kind: 'detection' },
    { line: 14, time: '09:15', minutesFromStart: 10, text: 'On-call acknowledges & opens the incident channel', kind: null },
    { line: 15, time: '09:20', minutesFromStart: 15, text: 'Suspect <script> tags in payloads, rule that out', kind: null },
    { line: 16, time: '10:00', minutesFromStart: 55, text: 'Rolled back to consumer v2.2; queue starts draining', kind: 'mitigation' },
    { line: 17, time: null, minutesFromStart: null, text: 'Support notified affected merchants', kind: null },
    { line: 18, time: '10:50', minutesFromStart: 105, text: 'Queue empty, error rate back to baseline', kind: 'resolution' },
  ],
  measures: [
    { line: 30, text: 'Alert on consumer lag before customers notice.', covered: true, taskLines: [40] },
    { line: 31, text: 'Make consumer deploys reversible in one step.', covered: true, taskLines: [41, 42] },
    { line: 32, text: 'Improve how support hears about incidents.', covered: false, taskLines: [] },
  ],
  tasks: [
    { line: 40, text: 'Add a lag alert at 5 minutes for the order consumer', status: 'open', owner: '@dana', due: '2024-04-01', priority: 'P1', tracking: { text: 'OPS-311', href: 'https://tracker.example.com/OPS-311' }, checkbox: true },
    { line: 41, text: 'Write the one-step rollback script', status: 'done', owner: 'Sam Lee', due: null, priority: 'High', tracking: { text: '#88', href: null }, checkbox: true },
    { line: 42, text: XSS, status: null, owner: null, due: null, priority: null, tracking: { text: 'evil', href: 'javascript:alert(2)' }, checkbox: false },
  ],
};
