/**
 * Whether a timeline entry says the service is back (`restores`, rules/timeline/moments.ts)
 * is kept by the entry's text across versions when the entry has text of its own. That rests
 * on the analysis's outcomes of such an entry being readings of its text alone: this test
 * compares the kept answer with the reading through the outcomes, for every timed entry of
 * every fixture and of entries written here, so an outcome that starts reading more than the
 * entry's text fails here instead of leaving a stale answer.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyze } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import type { Rule } from '../../../server/src/service/rules/types';
import { resolved } from '../../../server/src/service/rules/timeline/shared';
import { restores, restoresAsRead } from '../../../server/src/service/rules/timeline/moments';
import { allFixtures } from '../fixture-harness';

const config = resolveConfig([]);

/** Per timed entry of `text`: [line, kept answer, answer read through the outcomes]. */
function readings(text: string): [number, boolean, boolean][] {
  const out: [number, boolean, boolean][] = [];
  const probe: Rule = {
    meta: { name: 'restores-probe', description: 'test', category: 'timeline', defaultSeverity: 'warning', fixable: false, reads: ['document'] },
    check(ctx) {
      for (const r of resolved(ctx).timed) out.push([r.entry.line + 1, restores(ctx, r), restoresAsRead(ctx, r)]);
    },
  };
  analyze(text, { path: 'postmortems/x.md', config, forced: true, rules: [probe] });
  return out;
}

const WRITTEN = `# Postmortem: checkout errors

## Timeline

- 10:00 UTC: Errors began on checkout.
- 10:05 UTC: The restart did not fix it.
- 10:10 UTC: Mitigation applied without resolution.
- 10:20 UTC: Service restored for all customers.
- 10:30 UTC: Monitoring shows a return to normal error rates.
- 10:40 UTC: Incident closed.
- **10:50 UTC:**
  Checkout is back to normal.
`;

test('restores: an entry of the timeline written here is read the same kept and through its outcomes', () => {
  const r = readings(WRITTEN);
  assert.ok(r.length >= 6, `the timeline should have its timed entries (${r.length})`);
  for (const [line, kept, read] of r) assert.equal(kept, read, `line ${line}`);
  // The readings themselves: the restoration and the closing are told apart.
  const at = (line: number): boolean | undefined => r.find((x) => x[0] === line)?.[1];
  assert.equal(at(8), true, 'the service restored');
  assert.equal(at(6), false, 'a restart that did not fix it');
  assert.equal(at(10), false, 'the incident closed');
});

test('restores: every timed entry of every fixture is read the same kept and through its outcomes', () => {
  let entries = 0;
  const wrong: string[] = [];
  for (const { fixture: f } of allFixtures(join(__dirname, '..', '..', 'fixtures'))) {
    for (const [line, kept, read] of readings(f.text)) {
      entries++;
      if (kept !== read) wrong.push(`${f.name}:${line} kept ${kept}, read ${read}`);
    }
  }
  assert.ok(entries > 500, `the fixtures should hold many timed entries (${entries})`);
  assert.deepEqual(wrong, []);
});
