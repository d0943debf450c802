// End to end in a real VS Code: a finding's code links to its rule page, which opens rendered
// in the Markdown preview (client/src/rule-docs.ts), not as raw text. The scenario clicks the
// link in the Problems panel with the real mouse: scenarios/rule-docs.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { z } from 'zod';
import { chromiumInstalled, codeServerInstalled, e2eDir, e2eGate, extensionBuilt, failIfMissing } from './support/prereqs';
import { runVscode, scenarioResult } from './support/run';

const resultSchema = z.object({
  target: z.string(),
  linkTexts: z.array(z.string()),
  tabs: z.array(z.object({ label: z.string(), kind: z.string(), uri: z.string().nullable() })),
  headings: z.array(z.string()),
});
const gate = e2eGate([codeServerInstalled, chromiumInstalled, extensionBuilt], 300_000);

test('VS Code: the rule docs link of a finding opens the page in the Markdown preview', gate.options, async () => {
  failIfMissing(gate.missing);
  const run = await runVscode({ name: 'vscode-rule-docs', scenario: join(e2eDir, 'scenarios', 'rule-docs.js'), workspace: join(e2eDir, 'workspace') });
  const { r, see } = scenarioResult(run, resultSchema);
  assert.match(r.target, /^file:\/\/.*\/docs\/rules\/heading-empty\.md$/, see);
  assert.ok(r.linkTexts.includes('heading-empty'), `Problems shows the code as a link ${see}`);
  assert.ok(!r.tabs.some((t) => t.kind === 'text' && t.uri === r.target), `no raw tab: ${JSON.stringify(r.tabs)} ${see}`);
  assert.ok(r.headings.includes('heading-empty'), `the preview renders the page's title: ${r.headings.join(' | ')} ${see}`);
});
