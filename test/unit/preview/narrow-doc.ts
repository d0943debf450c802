/**
 * A postmortem written for the preview's layout tests (no corpus text): 12-hour times in
 * EST, long event texts, one-hour steps and one long overnight-ish gap, a done task listed
 * before the open ones, long owners and a long tracking URL.
 */
export const NARROW_DOC = [
  '# Postmortem: search results went stale for the whole catalogue',
  '',
  '## Summary',
  '',
  'On March 5, 2024, from 9:10 AM to 4:40 PM EST, search results showed prices and stock levels from the previous day for every shopper.',
  '',
  '## Timeline',
  '',
  'All times are EST.',
  '',
  '- 9:10 AM: A merchant wrote to support that a sold-out lamp was still listed as available in search, and support opened a ticket for the search team',
  '- 9:25 AM: The on-call engineer for search acknowledged the page and began to compare the index with the catalogue database row by row',
  '- 10:25 AM: The indexer was found stuck on a single malformed product record with a very long description field that never finished parsing',
  '- 11:25 AM: The malformed record was skipped by hand and the indexer resumed; stale results were mitigated as the backlog drained',
  '- 4:40 PM: The backlog was fully drained, search results matched the catalogue again, and the incident was resolved',
  '',
  '## Corrective and Preventative Measures',
  '',
  '- Make the indexer skip and report a record it cannot parse instead of stopping.',
  '- Alert when the index falls more than fifteen minutes behind the catalogue.',
  '',
  '## Action Items',
  '',
  '- [x] Write down how to skip a record by hand in the search runbook (owner: Alexandra Montgomery-Whitfield, due: 2024-03-08, https://tracker.example.com/browse/SEARCHPLATFORM-12345678)',
  '- [ ] Make the indexer skip and report any record it cannot parse instead of stopping the whole run (owner: @priya, due: 2024-03-20)',
  '- [ ] Alert when the index falls more than fifteen minutes behind the catalogue database (owner: @sam, due: 2024-03-15)',
  '',
].join('\n');
