/**
 * Warming the engines before the first document arrives. Measured (node --cpu-prof on the
 * bundled server, a 60-line postmortem): the first analysis of a session took ~340 ms and the
 * second ~40 ms. The difference is the first use of the engines, not the document:
 * chrono-node ~170 ms (V8 compiles its parsers' large regular expressions to machine code
 * on their second run: ~40-60 ms on the first parse, ~190-280 ms on the second, 0.3 ms after),
 * micromark's first parse ~60 ms, the first zone (luxon and Intl's zone data) ~35 ms, the rules'
 * first run ~60 ms. A short postmortem of our own (below: every engine a real one reaches,
 * at least two due dates and two written dates so each regular expression runs twice) analysed
 * a few times brings the first real document to its warm cost.
 *
 * The host calls this while the server starts (the language server: during `initialize`, so it
 * is done before the server answers); it costs that startup ~0.4-0.5 s of CPU, once (measured:
 * the first round ~350 ms, the next two ~25 ms each).
 * Lazy loading would not help: the cost is in first use, not in loading (chrono-node's
 * bundled modules load in ~40 ms; its first two parses take ~180 ms), and nearly every
 * postmortem reaches chrono (month-name dates, due dates). Nothing is kept: the service and
 * its analyses are dropped.
 */
import type { FileSystem, Workspace } from '../ports';
import { createPostmortemService, type PostmortemService } from '../service';
import { WARM_UP_PLAIN_LAYOUT, WARM_UP_TABLE_LAYOUT } from './warm-up-layouts';

const OTHER_LAYOUTS = [WARM_UP_TABLE_LAYOUT, WARM_UP_PLAIN_LAYOUT];

/** Written for this purpose (not from any real report). */
export const WARM_UP_SAMPLE = `---
type: postmortem
date: 2023-03-08
severity: SEV-2
service: payments-api
---

# Postmortem: payments-api outage on March 8, 2023

## Issue Summary

On Wednesday, March 8, 2023 from 12:30 PM EST to 2:10 PM EST (about 1 hour 40 minutes),
12% of payment requests to \`payments-api\` failed. See https://status.example.com/incidents/42.
The root cause was a connection pool limit lowered by a **configuration change** (ABC-123),
*not* the deploy itself; see [the change](https://example.com/changes/7) and \`pool.max\`.

> Customers could not pay for about 1 hour 40 minutes.

## Impact

| Service | Error rate | Customers |
|---|---|---|
| payments-api | 12% | about 4,000 |

## Timeline

- 12:30 PM EST: A configuration change lowered the pool limit of \`payments-api\`.
- 12:41 PM EST: An alert fired: error rate above 5%; the on-call engineer was paged.
- 12:55 PM EST: The team identified the pool limit as the cause; **status page** updated.
  - 12:58 PM EST: _Support_ was notified by a Slack report.
- 1:20 PM EST: The change was rolled back.
- 2:10 PM EST: Error rates returned to baseline; the incident was resolved.
- 2023-03-09 09:00 PST: Follow-up review held.

## Root Cause

The pool limit was read from a default lower than the production value.

## Resolution

The configuration change was rolled back and the pods restarted.

1. Roll back the change.
2. Restart the pods.

<!-- postmortem-disable-next-line line-too-long -->

## Corrective and Preventative Measures

- Alert on \`payments-api\` pool saturation before customers notice.
- Require a second reviewer for production configuration changes.

## Action Items

- [ ] Add a pre-deploy check for pool limits (owner: @dana, due 2023-04-01)
- [x] Alert on pool saturation (owner: @lee, due by next Friday)
- [ ] Document pool sizing in the runbook (owner: @sam, by April 14, 2023) PAY-42
- [ ] Rehearse the failover (owner: @kim, due: end of Q2)
- Review alert thresholds before March 31

## Lessons Learned

Configuration defaults should be checked against production before a deploy.
`;

const NO_FILES: FileSystem = { readFile: async () => undefined, stat: async () => undefined, readDirectory: async () => [] };
const NO_WORKSPACE: Workspace = { folders: async () => ['memory:/warm-up'], trusted: true, settings: async () => ({ timeZone: 'America/New_York' }), findFiles: async () => [] };

/** What the last round reached: the sample's findings and the code actions offered for them. */
export interface WarmUpReach { findings: number; actions: number }

/**
 * Opens the sample in a service of its own (no files, no settings, nothing shared with the
 * host's) and asks for its diagnostics and its code actions, `rounds` times, so the path a
 * real document takes (store, configuration, analysis, results, actions) runs warm too. The
 * first round also reads the postmortems of other layouts (warm-up-layouts.ts).
 */
export async function warmUp(rounds: number): Promise<WarmUpReach> {
  const service = createPostmortemService({ fs: NO_FILES, workspace: NO_WORKSPACE, log: () => undefined, docsUrl: (rule) => rule });
  const uri = 'memory:/warm-up/postmortems/warm-up.md';
  const reach: WarmUpReach = { findings: 0, actions: 0 };
  try {
    for (let n = 0; n < rounds; n++) {
      if (n === 0) await readOtherLayouts(service);
      service.open(uri, 1, WARM_UP_SAMPLE);
      const r = await service.diagnostics(uri);
      const diagnostics = r?.findings.map((f, index) => ({ rule: f.rule, result: r.result, index, line: f.range.start.line })) ?? [];
      const actions = await service.codeActions(uri, { diagnostics, quickFix: true, convert: true, fixAll: true });
      reach.findings = diagnostics.length;
      reach.actions = actions?.actions.length ?? 0;
      if (n === rounds - 1) await typeInto(service, uri);
      service.close(uri);
    }
  } finally {
    service.dispose();
  }
  return reach;
}

/** The postmortems of other layouts (warm-up-layouts.ts), each opened, diagnosed and closed. */
async function readOtherLayouts(service: PostmortemService): Promise<void> {
  for (const [i, text] of OTHER_LAYOUTS.entries()) {
    const uri = `memory:/warm-up/postmortems/layout-${i}.md`;
    service.open(uri, 1, text);
    await service.diagnostics(uri);
    service.close(uri);
  }
}

/** Where the warm-up types: the end of a timeline entry, of a task and of the summary's first line. */
export const WARM_UP_TYPED_AT = ['- 12:41 PM EST', '- [ ] Add a pre-deploy', 'On Wednesday'];
/** What it types at each: a character, a newline (removed again at once) and one more character. */
const TYPED = ['a', '\n', 'b'];

/**
 * Types into the open sample, diagnostics after each edit, so the incremental path (a window
 * re-parsed, sections and findings kept) is compiled before the first real keystroke. Measured
 * (bundled, CPU, 10,000-line document opened after the warm-up, 3 interleaved runs): keystrokes
 * 2-5 went from ~130-210 ms to ~65-105 ms, the first 20 from ~2.0 s to ~1.5 s in all; the
 * warm-up from ~475 to ~560 ms. Five edits per place warmed a little more (~1.4 s) for ~+190 ms
 * of startup. Bounded: 3 places x 3 edits, in the last round only.
 */
async function typeInto(service: PostmortemService, uri: string): Promise<void> {
  const lines = WARM_UP_SAMPLE.split('\n');
  let version = 1;
  for (const prefix of WARM_UP_TYPED_AT) {
    const line = lines.findIndex((l) => l.startsWith(prefix));
    if (line < 0) continue;
    const end = lines[line]?.length ?? 0;
    let character = end;
    for (const text of TYPED) {
      service.change(uri, ++version, [{ range: { start: { line, character }, end: { line, character } }, text }]);
      character += text.length;
      if (text === '\n') {
        // Joins the line back, dropping what was typed on it: the sample's lines stay where they were.
        service.change(uri, ++version, [{ range: { start: { line, character: end }, end: { line: line + 1, character: 0 } }, text: '' }]);
        character = end;
      }
      await service.diagnostics(uri);
    }
  }
}
