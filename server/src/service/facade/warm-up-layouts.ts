/**
 * Postmortems laid out otherwise than the main warm-up sample (warm-up.ts), written for the
 * warm-up (not from any real report). Teams write the same report in several layouts, and
 * each takes its own paths through the readers and rules: a timeline as a table or under
 * day headings with 24-hour times, summary facts as bold labels, a timeline of bold or bare
 * times without zones, measures as a numbered list, owners written after a dash. A path the
 * warm-up never took runs cold in the first real document that takes it.
 *
 * Measured through the LSP harness (a server per run, interleaved with the build before
 * these, one pair per document): the first diagnostics of 12 postmortems of the team's corpus
 * went from a median of 58 to 52 ms; per document the median change was -12 ms, and the
 * slowest gained most (127 -> 78, 142 -> 53, 100 -> 48 ms). The price is paid once, before
 * `initialize` is answered: ~100-180 ms, which is why the layouts run in the first round only.
 */

/** A timeline table in UTC, bold-label summary facts, a numbered list of measures, owners after a dash. */
export const WARM_UP_TABLE_LAYOUT = `# Incident report: search-api latency, 2024-02-14

**Date:** 2024-02-14
**Authors:** Priya N., Tom W.
**Status:** Complete
**Duration:** 47 minutes
**Impact:** p99 latency of \`search-api\` above 3 s for 35% of queries in eu-west-1.
**Root cause:** an index rebuild started during peak traffic saturated the disk I/O.

## Summary

Between 09:12 and 09:59 UTC on February 14, 2024, searches in eu-west-1 were slow or timed out.
The nightly index rebuild had been rescheduled to the morning by mistake.

## Timeline (all times UTC)

| Time | Event |
|------|-------|
| 09:05 | Index rebuild job starts on \`search-eu-1\` |
| 09:12 | Latency alert fires; on-call acknowledges |
| 09:20 | Traffic shifted to us-east-1 for half of the users |
| 09:41 | Rebuild job paused |
| 09:59 | Latency back to normal; incident resolved |

### 2024-02-15

- 10:30 UTC - Review meeting held with the search team.

## Root Cause

The rebuild shares disks with the serving path; its schedule moved from 02:00 to 09:00 in a config change (SRCH-881).

## Resolution and Recovery

1. Paused the rebuild.
2. Moved traffic back once latency recovered.

## Corrective and Preventative Measures

1. Run index rebuilds on dedicated nodes.
2. Alert when a rebuild starts outside its window.

## Action Items

| Action | Owner | Due | Ticket |
|---|---|---|---|
| Move rebuilds to dedicated nodes | Priya N. | 2024-03-01 | SRCH-902 |
| Alert on out-of-window rebuilds | Tom W. | end of Q1 | SRCH-903 |

* [ ] Document the rebuild schedule — Tom W. (by March 15)

## What went well

- The latency alert fired within seven minutes.

## What went wrong

- Nobody noticed the schedule change in review.
`;

/** Plain summary labels, a timeline of bold and bare times with am/pm and no zone, day headings, nested notes. */
export const WARM_UP_PLAIN_LAYOUT = `Postmortem - Login outage (March 3rd 2023)

Issue Summary:
Duration: 10:15am to 11:05am (50 minutes), March 3, 2023
Impact: users could not log in to the mobile app; about 60% of login attempts failed.
Root cause: an expired TLS certificate on the auth gateway.

### Timeline

**March 3**

- **10:15 am** - Monitoring alert: login error rate over 50%.
- **10:22 am** - Engineer on call starts investigating the auth service
    - suspected a bad deploy at first
- 10:40 am: certificate expiry found on the gateway
- 10:52 am: new certificate deployed
- 11:05 am: error rate back to normal, incident closed

### Root cause and resolution

The certificate was renewed by hand last year and the renewal reminder went to a former employee.
The fix was to deploy a new certificate and restart the gateway pods.

### Corrective and preventative measures

- Automate certificate renewal
- Add an alert 30 days before any certificate expires
- TODO: move reminders to a team mailing list (assigned to @maria, due next sprint)
- Add a runbook entry for certificate problems -- owner: Sam, deadline April 1

> Lesson: a manual renewal is a future outage.
`;
