/** Small postmortems written for the parser tests, one per Markdown shape a timeline takes. */

export const listTimeline = `# Postmortem: login outage on 2024-02-11

## Summary

Logins failed for 42 minutes. About 3% of users saw \`HTTP 502\` errors.

## Timeline

- 09:02 UTC: Error rate alert fired for \`auth-gateway\`.
- 09:05 UTC: The on-call engineer acknowledged the page.
- 09:11 UTC: Rolled back release **v3.2.1**.

  The rollback took longer than usual.
- 09:30 UTC: Error rate back to normal.
- 09:44 UTC: Incident closed.

## Action items

1. Add a canary stage (owner: @kim)
2. Alert on gateway saturation (owner: @lee)
3. Document the rollback
`;

export const tableTimeline = `# Incident report: queue backlog

| Time (UTC) | Event | Who |
|:-----------|:-----:|----:|
| 14:00 | Backlog alert | pager |
| 14:07 | Consumers scaled to 12 | @ana |
| 14:20 | Backlog draining | @ana |
| 14:52 | Backlog cleared | @raj |

Root cause: a consumer deploy halved throughput.
`;

export const blockquoteTimeline = `# Postmortem: DNS failure

## Timeline

> **10:01** Resolver errors start.

> **10:04** Pager fires.
> Second line of the same note.

> **10:15** Fallback resolver enabled.

> **10:40** Resolved.

## Impact

Internal services could not resolve names for 39 minutes.
`;

export const plainLines = `Incident 2023-11-02: search degraded
10:00 indexing lag noticed
10:12 replica restarted
10:30 lag back under a minute
11:00 closed
`;

export const frontMatter = `---
title: Cache stampede
date: 2024-05-01
severity: SEV2
---

# Cache stampede

## Timeline

* 08:00 Cache flushed by a deploy
* 08:03 Database CPU at 100%
* 08:20 Cache warmed

Setext heading
--------------

Closing notes.
`;

export const nestedLists = `## Timeline

- Day one
  - 09:00 first alert
  - 09:30 mitigation
    1. drained node a
    2. drained node b
- Day two
  - 10:00 root cause found

- [ ] Write the runbook
- [x] Rotate the keys
`;

export const codeFences = `# Postmortem

## What happened

\`\`\`sh
kubectl rollout undo deploy/api
\`\`\`

- 12:00 deploy started
- 12:05 errors

~~~
log line 1

log line 2
~~~

    indented code

Done.
`;

export const all: Record<string, string> = { listTimeline, tableTimeline, blockquoteTimeline, plainLines, frontMatter, nestedLists, codeFences };
