/** Date and duration fixes never replace part of a longer token (`March 11 10000`, `12 minutes2`). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/resolve';

const BODY = (summary: string): string => `## Summary\n\n${summary}\n\n## Timeline\n\n- 10:00 alert\n- 11:00 resolved\n`;

function editsOf(text: string, rules: string[]): { replaced: string; after: string; before: string }[] {
  const lines = text.split('\n');
  const a = analyze(text, { path: 'x-postmortem.md', config: resolveConfig([]), forced: true });
  return a.findings.filter((f) => rules.includes(f.rule)).flatMap((f) => f.fixes.flatMap((fx) => fx.edits)).map((e) => {
    const l = lines[e.range.start.line] ?? '';
    return { replaced: l.slice(e.range.start.character, e.range.end.character), before: l.slice(0, e.range.start.character), after: l.slice(e.range.end.character) };
  });
}

test('no date or duration fix cuts a token', () => {
  const docs = [
    `# Outage on March 11 10000\n\n${BODY('On March 12, 2024 from 10:00 to 11:00 UTC checkout failed.')}`,
    `# Outage\n\n${BODY('On March 12, 2024 from 10:00 to 11:00 UTC the outage lasted 12 minutes2 and checkout failed.')}`,
    `# Outage\n\n${BODY('On March 12, 2024 from 10:00 to 11:00 UTC the outage lasted 5h30m0 and checkout failed.')}`,
  ];
  for (const d of docs) {
    for (const e of editsOf(d, ['date-mismatch', 'duration-mismatch'])) {
      assert.doesNotMatch(e.after, /^[\p{L}\p{N}]/u, `${JSON.stringify(e.replaced)} is followed by ${JSON.stringify(e.after)}`);
      assert.doesNotMatch(e.before, /[\p{L}\p{N}]$/u, `${JSON.stringify(e.replaced)} follows ${JSON.stringify(e.before)}`);
    }
  }
  // A whole token still gets its fix.
  const fine = editsOf(`# Outage on March 11, 2024\n\n${BODY('On March 12, 2024 from 10:00 to 11:00 UTC the outage lasted 12 minutes and checkout failed.')}`, ['date-mismatch', 'duration-mismatch']);
  assert.ok(fine.some((e) => e.replaced === 'March 11, 2024'));
  assert.ok(fine.some((e) => e.replaced === '12 minutes'));
});
