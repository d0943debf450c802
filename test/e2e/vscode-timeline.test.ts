// End to end in a real VS Code: the timeline-order quick fix sorts the timeline and keeps
// every line; the figures lens, the step inlay hints and the hover reach VS Code. The
// scenario runs inside VS Code: scenarios/timeline-order.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { z } from 'zod';
import { chromiumInstalled, codeServerInstalled, e2eDir, e2eGate, extensionBuilt, failIfMissing } from './support/prereqs';
import { runVscode, scenarioResult } from './support/run';

const resultSchema = z.object({
  textBefore: z.string(),
  diagnostic: z.object({ line: z.number(), message: z.string() }),
  actions: z.array(z.string()),
  applied: z.boolean(),
  textAfter: z.string().nullable(),
  codesAfter: z.array(z.string()),
  lenses: z.array(z.string()),
  hints: z.array(z.string()),
  hover: z.array(z.string()),
});

const gate = e2eGate([codeServerInstalled, chromiumInstalled, extensionBuilt], 300_000);

test('VS Code: the timeline-order fix sorts the timeline keeping every line; lens, inlay hints and hover show', gate.options, async () => {
  failIfMissing(gate.missing);
  const run = await runVscode({ name: 'vscode-timeline', scenario: join(e2eDir, 'scenarios', 'timeline-order.js'), workspace: join(e2eDir, 'workspace') });
  const { r } = scenarioResult(run, resultSchema);
  assert.equal(r.diagnostic.line, 10, r.diagnostic.message);
  assert.ok(r.actions.some((a) => a.startsWith('Sort the timeline')), `actions: ${r.actions.join(' | ')}`);
  assert.equal(r.applied, true);
  assert.ok(r.textAfter !== null);
  const lines = (t: string): string[] => t.split('\n');
  assert.deepEqual([...lines(r.textAfter)].sort(), [...lines(r.textBefore)].sort(), 'the same lines, moved');
  assert.deepEqual(lines(r.textAfter).filter((l) => l.startsWith('- 09')).map((l) => l.slice(2, 7)), ['09:00', '09:10', '09:20', '09:30', '09:40']);
  assert.ok(!r.codesAfter.includes('timeline-order'), `after: ${r.codesAfter.join(', ')}`);
  assert.ok(r.lenses.some((l) => /^Start 09:00 UTC · Detected \+0m/.test(l)), `lenses: ${r.lenses.join(' | ')}`);
  assert.deepEqual(r.hints, ['+10m', '+10m', '+10m', '+10m']);
  assert.ok(r.hover.some((h) => /\+10m from the previous entry/.test(h)), `hover: ${r.hover.join(' | ')}`);
});
